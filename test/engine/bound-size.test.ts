/**
 * The size check of engine/bound.ts skips serialising the brief when an upper bound of its JSON
 * length fits the budget: the bound must never be below the real length, or a brief over its
 * budget would go out uncut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLengthBound } from '../../src/engine/bound';

describe('jsonLengthBound', () => {
  it('is at least the JSON length of any plain data (escapes, lone surrogates, large and odd numbers)', () => {
    const leaf = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0001', '\ud800', 'a', '\u2028') }),
      fc.double(),
      fc.integer(),
      fc.nat(),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(
      fc.property(data, (value) => {
        expect(jsonLengthBound(value)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('bounds the longest number JSON prints (a negative fraction just above 1e-6, 25 characters)', () => {
    const n = -0.0000011695324642504192;
    expect(JSON.stringify(n).length).toBe(25);
    expect(jsonLengthBound(n)).toBeGreaterThanOrEqual(25);
  });

  it('bounds the JSON of a brief-shaped list: mentions as offsets, spans as text', () => {
    const actors = [
      {
        id: 'a1',
        name: 'Dmitry "The Hammer" Medvedev\n',
        mentions: [
          { start: 0, end: 7 },
          { start: 123_456, end: 1_234_567_890 },
        ],
        salience: 0.125,
      },
    ];
    expect(jsonLengthBound(actors)).toBeGreaterThanOrEqual(JSON.stringify(actors).length);
  });
});
