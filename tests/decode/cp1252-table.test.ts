// The fixed Windows-1252 table the repair and the VNI reader use (so that a UTF-8 input never
// loads iconv-lite) must say what iconv-lite says for every high byte.
import iconvLite from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cp1252Char } from '../../src/decode/iconv.js';

describe('Windows-1252 table', () => {
  it('matches iconv-lite on bytes 0x80–0xFF', () => {
    const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(bytes.map(cp1252Char).join('')).toBe(iconvLite.decode(Buffer.from(bytes), 'windows-1252'));
  });
});
