/**
 * The speaker passes on claim-dense text. The speaker check (speakers/speaker-slot.ts) searched the
 * whole text per claim for "@name" (a headless speaker such as "The final") and scanned every
 * mention of the speaker's actor ("..., he said of John Smith.") and read a claim's whole line back
 * for a "Label:" heading ("Lawyer: “...”" over and over on one line); the role-anaphor pass
 * (speakers/role-anaphor.ts) scanned every role holder's mentions per "the senator said", folded
 * the phrase's mentions into the actor's source again per claim and re-sorted the actor's
 * mentions per new one: quadratic and worse in the claims.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/engine/actors';
import { refineActors } from '../../src/engine/actor-passes';
import { findAttribution } from '../../src/engine/attribution';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import { filterFurniture } from '../../src/engine/furniture-filter';
import { creditSources } from '../../src/engine/sources/credits';
import { dropFalseSources } from '../../src/engine/sources/false-sources';
import { checkSpeakers } from '../../src/engine/speakers/speaker-slot';
import { resolveRoleAnaphors } from '../../src/engine/speakers/role-anaphor';
import { brief } from '../../src/engine';
import type { Claim } from '../../src/schema/brief';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

/** The document and the items the speaker check receives, as brief() makes them. */
function extracted(text: string) {
  const doc = analyse(text);
  const actors = refineActors(doc, findActors(doc));
  const attribution = creditSources(doc, dropFalseSources(doc, findAttribution(doc, actors)));
  return { doc, items: filterFurniture(doc, { actors, ...attribution, caveats: findCaveats(doc, attribution) }) };
}

describe('speaker check on claim-dense text', () => {
  it('nulls a headless speaker ("The final said ...") thousands of times in linear time', () => {
    const unit = 'The final said "we must act now." ';
    const b = brief({ text: unit.repeat(3) });
    expect(b.claims).toHaveLength(3);
    expect(b.claims.every((c) => c.speaker === null)).toBe(true);
    // The claims as attribution makes them, built by hand: only the check is timed, on 400 and 800 KB.
    const make = (n: number) => {
      const text = unit.repeat(n);
      const claims: Claim[] = [];
      for (let k = 0; k < n; k++) {
        const start = k * unit.length + 15;
        const end = start + 18;
        const speaker = { name: 'The final', actorId: null, anonymous: false };
        claims.push({
          id: `c${k + 1}`,
          text: text.slice(start, end),
          start,
          end,
          kind: 'direct',
          cue: 'said',
          speaker,
          sourceIds: [],
        });
      }
      return { doc: analyse(text), items: { actors: [], claims, sources: [], caveats: [] } };
    };
    expect(growthRatio(make, ({ doc, items }) => checkSpeakers(doc, items), 12_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('keeps a lower-case handle written with its "@" as a speaker', () => {
    // (The same question, now answered from an index of the "@" signs.)
    const text = 'Follow @nycsouthpaw for more. nycsouthpaw said "we must act now." The final said "we act."';
    const b = brief({ text });
    expect(b.claims.find((c) => c.text.includes('must'))?.speaker?.name).toBe('nycsouthpaw');
    expect(b.claims.find((c) => c.text === '"we act."')?.speaker ?? null).toBeNull();
  });

  it('reads "..., he said of John Smith." thousands of times in linear time', () => {
    const unit = 'John Smith said "we act." "We act," he said of John Smith. ';
    const b = brief({ text: unit.repeat(3) });
    expect(b.claims.filter((c) => c.text === '"We act,"').every((c) => c.speaker?.name !== 'John Smith')).toBe(true);
    const make = (n: number) => extracted(unit.repeat(n));
    expect(growthRatio(make, ({ doc, items }) => checkSpeakers(doc, items), 4_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('points thousands of "the senator said" back to the senator in linear time', () => {
    const unit = 'Sen. John Smith spoke. "We act," the senator said. ';
    const b = brief({ text: unit.repeat(3) });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['John Smith', 'John Smith', 'John Smith']);
    expect(b.sources.map((s) => [s.name, s.mentions.length])).toEqual([['John Smith', 3]]);
    const make = (n: number) => {
      const { doc, items } = extracted(unit.repeat(n));
      return { doc, items: checkSpeakers(doc, items) };
    };
    expect(growthRatio(make, ({ doc, items }) => resolveRoleAnaphors(doc, items), 400)).toBeLessThan(
      LINEAR_GROWTH_LIMIT,
    );
  }, 60_000);

  it('reads one long line of "Lawyer: “...”" claims in linear time', () => {
    const unit = 'Lawyer: "we must act now." ';
    const make = (n: number) => extracted(unit.repeat(n));
    expect(growthRatio(make, ({ doc, items }) => checkSpeakers(doc, items), 6_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);
});
