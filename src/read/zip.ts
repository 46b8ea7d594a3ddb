// A zip (the container of a .docx) read from its central directory with limits checked before
// anything is inflated: how many entries, how much they unpack to in all, and how far one entry
// may grow past its compressed size. A small file that unpacks to gigabytes (a zip bomb) is
// refused from the sizes it declares; an entry that lies about its size is cut off at the size it
// declared (zlib's maxOutputLength), so nothing ever inflates past the limits.
import { inflateRawSync } from 'node:zlib';
import { CchcError, messageOf, systemCodeOf } from '../errors.js';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** An entry larger than this may not unpack to more than maxRatio times its compressed size. */
  ratioFloorBytes: number;
  maxRatio: number;
}

// A Word decision is a few hundred kilobytes of XML; a pasted scan adds megabytes of images,
// which barely compress. Deflate itself cannot exceed about 1032:1.
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 200 * 1024 * 1024,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxRatio: 100,
};

/** A zip archive that cannot be unpacked, or would unpack beyond its limits. */
export class ZipError extends CchcError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'corrupt', cause: options.cause });
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class Zip {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array, limits: ZipLimits) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = readCentralDirectory(this.bytes, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, inflated; never more than it declared. */
  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`no ${name} in the zip`);
    if (entry.encrypted) throw new ZipError(`${name} is encrypted`);
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL) throw new ZipError(`${name}: broken local header`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipError(`${name} is cut off`);
    if (entry.method === STORED) return data;
    if (entry.method !== DEFLATED) throw new ZipError(`${name}: unsupported compression method ${entry.method}`);
    try {
      // One byte past the declared size: reaching it means the entry lied.
      const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      if (out.length > entry.size) throw new ZipError(`${name} unpacks to more than the ${entry.size} bytes it declares`);
      return out;
    } catch (error) {
      if (error instanceof ZipError) throw error;
      if (systemCodeOf(error) === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipError(`${name} unpacks to more than the ${entry.size} bytes it declares`, { cause: error });
      }
      throw new ZipError(`${name} cannot be inflated (${messageOf(error)})`, { cause: error });
    }
  }
}

function readCentralDirectory(bytes: Buffer, limits: ZipLimits): Map<string, ZipEntry> {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('a ZIP64 archive (too large to be a Word decision)');
  if (count > limits.maxEntries) throw new ZipError(`${count} entries in the zip (at most ${limits.maxEntries})`);
  if (offset + size > bytes.length) throw new ZipError('the zip is cut off (its directory lies past the end of the file)');
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('broken zip directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
    };
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new ZipError(`unpacks to more than ${mb(limits.maxTotalBytes)} (refused before inflating: a zip bomb?)`);
    }
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new ZipError(
        `${entry.name} would unpack to ${mb(entry.size)} from ${kb(entry.compressedSize)} ` +
          `(more than ${limits.maxRatio} times; refused before inflating: a zip bomb?)`,
      );
    }
    entries.set(entry.name, entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-central-directory record: in the last 22 bytes, or up to 64 KB earlier behind a comment. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipError('not a complete zip (no central directory: cut off?)');
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
