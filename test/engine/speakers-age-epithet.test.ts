/**
 * Rule speakers/age-epithet: a wire report's age epithet ("the 71-year-old said", "the 34-year-old
 * mother of three replied") points back to the person named last before it, of the noun's gender
 * when it has one, and is no source of its own; the bare "the 71-year-old" is a speaker at all
 * (before, its claim was lost). Two phrases for one person give one source. Issue 16, seen reading
 * a PolNeAR dev article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('speakers: an age epithet', () => {
  it('is the person named last before it', () => {
    const b = brief({
      text:
        'Harbor\n\nDan Cole, a retired teacher, joined the race on Monday.\n\n' +
        '“It is time,” the 71-year-old said.\n\n“It is done,” the 71-year-old former principal said.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Dan Cole', 'Dan Cole']);
    expect(b.sources.map((s) => s.name)).toEqual(['Dan Cole']);
  });

  it('passes over a man for "mother"', () => {
    const b = brief({
      text:
        'Harbor\n\nAna Ruiz announced her run for mayor on Monday, a week after Mr. Dan Cole did.\n\n' +
        '“I am ready,” the 34-year-old mother of three said.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toContain('Ana Ruiz');
  });
});
