/**
 * Speed-round shortcuts in attribution's scans, each held to the plain definition it replaced:
 * `mayAttribute` reads a run of letters in an inner loop (and white space first) instead of
 * asking every character everything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTriggerRun, mayAttribute } from '../../src/engine/attribution/text-scan';

/** The definition: a quotation mark, colon or dash, two apostrophes, or a run of 2+ ASCII letters that hashes as a trigger word. */
function mayAttributePlain(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  if (/["\u201c\u201d:\u2014\u2013\u2015]/.test(s)) return true;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 39 && text.charCodeAt(i + 1) === 39) return true;
  for (const run of s.match(/[A-Za-z]+/g) ?? []) if (run.length >= 2 && isTriggerRun(run)) return true;
  return false;
}

describe('mayAttribute', () => {
  it('answers as the plain definition does', () => {
    const units = [
      'said',
      'Said',
      'SAID',
      'x',
      'the',
      'pier',
      'according',
      'officials',
      ' ',
      '  ',
      ',',
      '.',
      "'",
      '"',
      ':',
      '\u201c',
      '\u2014',
      '\u2013',
      'é',
      '1',
      '-',
      '\n',
      'sources',
      'told',
      'rumours',
      'a',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 12 }), fc.nat(3), fc.nat(3), (parts, a, b) => {
        const text = parts.join('');
        const from = Math.min(a, text.length);
        const to = Math.max(from, text.length - b);
        expect(mayAttribute(text, from, to)).toBe(mayAttributePlain(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a trigger word cut by the stretch end as the run it is', () => {
    // "saidx" is no trigger; "said" is, once the stretch ends before the x.
    const text = 'the clerk saidx';
    expect(mayAttribute(text, 0, text.length)).toBe(false);
    expect(mayAttribute(text, 0, text.length - 1)).toBe(true);
    expect(mayAttribute("it is ''fine", 0, 12)).toBe(true);
  });
});
