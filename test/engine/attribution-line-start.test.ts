/**
 * The line start the quotation pass reads before each quotation (text-scan.ts lineStartBefore):
 * carried forward in reading order, it gives what a fresh backward search for the last newline
 * gives, for any positions asked in order (and, out of order, it starts again).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStartBefore } from '../../src/engine/attribution/text-scan';
import { brief } from '../../src/engine';

const naive = (text: string, pos: number) => (pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1);

describe('lineStartBefore', () => {
  it('gives the start of the line holding the character before each position', () => {
    const text = 'The mayor spoke.\nShe said, "We are ready."\n\nHe added: "Soon."';
    const cursor = { scanned: 0, start: 0 };
    for (const pos of [0, 5, 17, 18, 30, 43, 44, 50, text.length])
      expect(lineStartBefore(text, pos, cursor)).toBe(naive(text, pos));
  });

  it('matches a backward search for positions in any order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '"', ','), maxLength: 80 }),
        fc.array(fc.nat(80)),
        (text, raw) => {
          const cursor = { scanned: 0, start: 0 };
          for (const p of raw) {
            const pos = Math.min(p, text.length);
            expect(lineStartBefore(text, pos, cursor)).toBe(naive(text, pos));
          }
        },
      ),
    );
  });

  it('keeps a cue clause on its own line before a quotation', () => {
    const text = 'Rain fell all day in the valley town.\nThe forecaster warned, "More is coming tonight."';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['The forecaster']);
  });
});
