// Standard output is written to file descriptor 1 synchronously (src/cli/io.ts writeStdout): all of
// it, in as many writes as the descriptor takes, and what a full non-blocking pipe refuses (EAGAIN)
// goes on through process.stdout.
import { describe, expect, it } from 'vitest';
import { writeThrough } from '../../src/cli/io.js';

const text = Buffer.from('Kế hoạch cải cách hành chính năm 2022\n'.repeat(500), 'utf8');
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeThrough', () => {
  it('writes everything, however little each write takes', () => {
    const written: Buffer[] = [];
    const write = (bytes: Uint8Array, at: number) => {
      const n = Math.min(1000, bytes.length - at);
      written.push(Buffer.from(bytes.subarray(at, at + n)));
      return n;
    };
    writeThrough(text, write, () => expect.unreachable('nothing is left over'));
    expect(Buffer.concat(written).equals(text)).toBe(true);
    expect(written.length).toBe(Math.ceil(text.length / 1000));
  });

  it('hands what a full descriptor refuses (EAGAIN) to the stream, nothing twice, nothing lost', () => {
    const written: Buffer[] = [];
    let calls = 0;
    const write = (bytes: Uint8Array, at: number) => {
      if (++calls > 3) throw errno('EAGAIN');
      written.push(Buffer.from(bytes.subarray(at, at + 4096)));
      return 4096;
    };
    const rest: Buffer[] = [];
    writeThrough(text, write, (bytes) => rest.push(Buffer.from(bytes)));
    expect(rest).toHaveLength(1);
    expect(written.reduce((n, b) => n + b.length, 0)).toBe(3 * 4096);
    expect(Buffer.concat([...written, ...rest]).equals(text)).toBe(true);
  });

  it('lets any other error through (EPIPE: the caller ends quietly)', () => {
    expect(() =>
      writeThrough(
        text,
        () => {
          throw errno('EPIPE');
        },
        () => undefined,
      ),
    ).toThrow('EPIPE');
  });
});
