/** boundBrief keeps an item nothing is cut from as it is (no copy), and still copies one it changes. */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { boundBrief } from '../../src/engine/bound';
import type { Brief } from '../../src/schema/brief';

const ID = '0'.repeat(64);

describe('boundBrief reuse', () => {
  const base = brief(
    { text: 'Mayor Tessa Grindle said the bridge would reopen in May, the council said on Friday.' },
    { id: ID },
  );

  it('returns the very actors, sources and claims it had nothing to cut from', () => {
    expect(base.actors.length).toBeGreaterThan(0);
    expect(base.claims.length).toBeGreaterThan(0);
    const out = boundBrief(base, 10_000);
    out.actors.forEach((a, i) => expect(a).toBe(base.actors[i]));
    out.sources.forEach((s, i) => expect(s).toBe(base.sources[i]));
    out.claims.forEach((c, i) => expect(c).toBe(base.claims[i]));
  });

  it('copies an item it cuts, and leaves the original alone', () => {
    const long = 'Grindle '.repeat(20).trim();
    const actor = { ...base.actors[0], aliases: [long, 'grindle', 'Grindle'] };
    const b: Brief = { ...base, actors: [actor] };
    const out = boundBrief(b, 10_000);
    expect(out.actors[0]).not.toBe(actor);
    expect(out.actors[0].aliases[0].length).toBeLessThanOrEqual(80);
    expect(actor.aliases[0]).toBe(long);
  });
});
