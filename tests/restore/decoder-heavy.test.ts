// The heavy-OCR decoder's two readings of what the OCR printed (decoder.ts): a token kept as printed
// that the model never saw pays for its one spelling (unknownCost), and a stop a speck left between
// two words of a line does not end the sentence (straySpeckStops). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { defaultModelPath, loadModelFrom } from '../../src/restore/lm/load.js';
import { Decoder, type DecoderOptions } from '../../src/restore/decoder.js';
import { candidates, type Lexicon } from '../../src/restore/channel/index.js';
import { restore } from '../../src/default-restorer.js';

const { lm, lexicon } = loadModelFrom(defaultModelPath());
const channel = (token: string, lex: Lexicon) => candidates(token, lex, { profile: 'heavy' });
const HEAVY: DecoderOptions = { unknownCost: 6, straySpeckStops: true };

function decoded(text: string, options: DecoderOptions): string {
  let out = text;
  for (const change of new Decoder(lm, lexicon, channel, options).decode(text, { confidence: false }).reverse())
    out = out.slice(0, change.start) + change.restored + out.slice(change.start + change.original.length);
  return out;
}

describe('the heavy-OCR decoder', () => {
  it('reads two misread words side by side instead of keeping them as printed', () => {
    const text = 'Ha Noi. Kinki gti Cong ty TNHH';
    expect(decoded(text, {})).toContain('Kinki gti');
    expect(decoded(text, HEAVY)).toBe('Hà Nội. Kính gửi Công ty TNHH');
  });

  it('reads on across a stop followed by a lowercase word on the same line', () => {
    expect(decoded('hoat dong dau tu xay. dung cong trinh', {})).toContain('xây. dụng');
    expect(decoded('hoat dong dau tu xay. dung cong trinh', HEAVY)).toBe('hoạt động đầu tư xây. dựng công trình');
    expect(decoded('quy:hoach xay dung nong thon moi', {})).toMatch(/^quỹ:/);
    expect(decoded('quy:hoach xay dung nong thon moi', HEAVY)).toBe('quy:hoạch xây dựng nông thôn mới');
  });

  it('still ends the sentence at a stop before a capital, a number or the end of the line', () => {
    const text = 'Ke hoach nay co hieu luc. Dieu 2. 3. cac so nganh';
    expect(decoded(text, HEAVY)).toBe(decoded(text, { unknownCost: 6 }));
  });

  it('is what restore uses on text that lost its marks, and never on text that kept them', () => {
    // OCR that kept a few marks (text with none at all is typed unaccented, another decoder's).
    // (A speck's stop: without the heavy options the decoder reads "xây. dụng", test above.)
    expect(restore('Hà Noi hoat dong dau tu xay. dung cong trinh', 'always').text).toBe('Hà Nội hoạt động đầu tư xây. dựng công trình');
    const clean = 'Các cơ quan liên quan: phối hợp thực hiện. xem Phụ lục kèm theo.';
    expect(restore(clean, 'auto').text).toBe(clean);
  });
});
