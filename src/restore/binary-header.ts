// The header both model files open with (lm.bin, candidates.bin): 8 bytes of magic, a
// little-endian uint32 length, then that many bytes of JSON. Damage is reported through
// `fail`, so each file keeps its own error type and wording.
export function readBinaryHeader<T>(bytes: Buffer, magic: string, what: string, fail: (why: string) => Error): T {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== magic) throw fail(`not a cchc ${what} (bad magic)`);
  const headerLength = bytes.readUInt32LE(8);
  if (12 + headerLength > bytes.length) throw fail('truncated header');
  try {
    return JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as T;
  } catch {
    throw fail('unreadable header');
  }
}
