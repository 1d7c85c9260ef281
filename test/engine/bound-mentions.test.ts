/** boundBrief's mention clean-up: sorted by start, duplicates and nested mentions dropped, in any input order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { boundBrief } from '../../src/engine/bound';
import type { Brief, Range } from '../../src/schema/brief';

const ID = '0'.repeat(64);

/** What the bound keeps: sorted by start (longer first), then every mention ending inside an earlier one dropped. */
function expected(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) if (out.length === 0 || r.end > out[out.length - 1].end) out.push(r);
  return out;
}

describe('boundBrief mentions', () => {
  const base = brief({ text: 'Jane Doe said the plan failed, officials said.' }, { id: ID });
  const actor = base.actors[0];

  it('has an actor to work on', () => expect(actor).toBeDefined());

  it('sorts, dedupes and drops nested mentions whether they come in order or not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 8 })).map(([start, len]) => ({ start, end: start + len })),
          { maxLength: 6 },
        ),
        fc.boolean(),
        (ranges, presorted) => {
          const mentions = presorted ? [...ranges].sort((a, b) => a.start - b.start || b.end - a.end) : ranges;
          const b: Brief = { ...base, actors: [{ ...actor, mentions }] };
          expect(boundBrief(b, 10_000).actors[0].mentions).toEqual(expected(mentions));
        },
      ),
    );
  });

  it('keeps a single role or alias, capped, and none when there are none', () => {
    const b: Brief = { ...base, actors: [{ ...actor, roles: ['x'.repeat(500)], aliases: [] }] };
    const out = boundBrief(b, 10_000).actors[0];
    expect(out.roles).toHaveLength(1);
    expect(out.roles[0].endsWith('…')).toBe(true);
    expect(out.aliases).toEqual([]);
  });
});
