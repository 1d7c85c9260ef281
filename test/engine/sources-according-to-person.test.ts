/**
 * Rule source/according-to-person: "According to Baxter" after "Tom Baxter" names that person as
 * the source, not a second source, a body called "Baxter". Issue 16, seen reading a PolNeAR dev
 * article (a source listed twice, once as an organization); made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('sources: "according to" a person already named', () => {
  it('lists the person once, by the full name', () => {
    const b = brief({
      text:
        'Harbor\n\nIn an interview with radio host Dana Fisk, retired Gen. Tom Baxter made it clear he had doubts about the plan.\n\n' +
        'According to Baxter, the base lost half its staff.',
    });
    expect(b.sources.map((s) => [s.name, s.type])).toEqual([['Tom Baxter', 'official']]);
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Tom Baxter', 'Tom Baxter']);
  });

  it('still credits a body nobody named as a person', () => {
    const b = brief({
      text: 'Harbor\n\nTom Baxter runs the base.\n\nAccording to Gallup, the base lost half its staff.',
    });
    expect(b.sources.map((s) => s.name)).toEqual(['Gallup']);
  });
});
