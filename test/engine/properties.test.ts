/**
 * Properties of brief() over generated news-like text (fast-check; generators and checks shared
 * with `npm run fuzz`, scripts/fuzz.ts, which runs 10^5 cases). A few thousand cases here.
 * A failure prints the shrunk text and the seed to replay it with.
 *
 * The seed is fixed so that `npm test` is reproducible (CI must not pass or fail by luck); set
 * FC_SEED to explore others, and `npm run fuzz` draws a fresh one every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { Brief } from '../../src/schema/brief';
import { longNewsText, newsText, outputOverBound, spanViolations, worstShapeText } from '../../scripts/fuzz';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

const seed = Number(process.env.FC_SEED ?? 20261124);

describe('brief() properties', () => {
  it('never throws, follows the schema, and every span is exact (summary, actor mentions, claims, source mentions, caveats)', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        const b = brief({ text });
        expect(Brief.safeParse(b).success).toBe(true);
        expect(spanViolations(text, b)).toEqual([]);
        expect(b.stats.characters).toBe(text.length);
      }),
      { numRuns: 2_000, seed },
    );
  }, 120_000);

  it('gives the same brief, ids included, for the same input, and a different id for a different title', () => {
    fc.assert(
      fc.property(newsText(30), fc.string({ maxLength: 20 }), (text, title) => {
        const a = brief({ text, title });
        expect(brief({ text, title })).toEqual(a);
        expect(brief({ text, title: `${title}!` }).id).not.toBe(a.id);
      }),
      { numRuns: 500, seed },
    );
  }, 120_000);

  it('keeps the brief JSON within 10x the input + 32 KB, on news-like text and on the worst shapes for output size', () => {
    fc.assert(
      fc.property(fc.oneof(longNewsText(5_000), worstShapeText()), (text) => {
        const b = brief({ text });
        expect(outputOverBound(text, b)).toBeNull();
        expect(spanViolations(text, b)).toEqual([]);
      }),
      { numRuns: 40, seed },
    );
  }, 120_000);

  it('takes about twice as long on twice the text (a growth ratio; the budgets in ms are in npm run bench:engine)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3_000, max: 10_000 }).chain(longNewsText), (text) => {
        // Repeated to about 30,000 characters, so that each timing is tens of ms, well above the noise.
        const n = Math.ceil(30_000 / text.length);
        const ratio = growthRatio(
          (k) => text.repeat(k),
          (t) => brief({ text: t }),
          n,
        );
        expect(ratio, `${text.length} chars`).toBeLessThan(LINEAR_GROWTH_LIMIT);
      }),
      { numRuns: 10, seed },
    );
  }, 180_000);
});

// Bugs `npm run fuzz` found, each kept as the test that would have caught it. A new finding goes here
// as `it.fails` (green while the bug is there, red once fixed, so the fix must drop the `.fails`).
describe('brief() on what the fuzzer found', () => {
  // Fixed: a lone low surrogate at offset 0 made the caveats tokeniser call codePointAt(-1), and
  // String.fromCodePoint(NaN) threw, so POST /v1/briefs answered 500 (74 of 10^5 fuzz cases).
  it('does not throw on a text that starts with a lone low surrogate', () => {
    for (const text of ['\udfff ', '\udc00 A storm hit the coast, officials said.'])
      expect(() => brief({ text }), JSON.stringify(text)).not.toThrow();
  });

  // Fixed: a closing quote mark with no opening one, followed by ", said X", gave a claim with an
  // inverted or empty span ("’ , said the . " -> [2, 1)); 1 to 3 of 10^5 fuzz cases.
  // Fixed: attribution's tokeniser stepped over an emoji one code unit at a time, so the
  // 14-token cap of an "according to" source phrase could end between the two halves of a
  // surrogate pair (10 of 10^5 fuzz cases, seed 241727917).
  it('never ends a source mention inside a surrogate pair', () => {
    const text =
      'Prices rose, according to \u{1F469}\u{1F3FD}\u200d\u2695\ufe0f told coast \u{AF8AF}\u{BB7E2}\u{FDE77}\u{C79BF}\u{CA03D}\u{1CC96}\u{25201} storm.';
    const pair = (i: number) =>
      (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    const b = brief({ text });
    expect(b.sources.length).toBeGreaterThan(0);
    for (const s of b.sources)
      for (const m of s.mentions) expect(pair(m.start) || pair(m.end), `${s.name} [${m.start}, ${m.end})`).toBe(false);
  });

  it('makes no claim of a stray closing quote before a cue, and still finds the real quotation after one', () => {
    // The bug made each of these a claim with an inverted or empty span: a stray mark quotes nothing.
    for (const text of ['\u2019 , said the . ', '\u201d, said Smith.'])
      expect(brief({ text }).claims, JSON.stringify(text)).toEqual([]);
    const text = '\u201d, said Smith. \u201cThe plan works,\u201d Smith said.';
    const claims = brief({ text }).claims;
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['\u201cThe plan works,\u201d', 'Smith']]);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe(claims[0]!.text);
  });
});
