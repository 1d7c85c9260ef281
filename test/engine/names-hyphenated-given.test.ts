import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('a given name romanised in two hyphenated syllables', () => {
  // Rule names/hyphenated-given-name (text/name-joins.ts).
  const actorNames = (text: string) => brief({ text }).actors.map((a) => a.name);

  it('keeps "Ban Ki-moon", "Kim Jong-un" and "Moon Jae-in" whole', () => {
    const names = actorNames(
      'Ban Ki-moon said the talks would resume. Kim Jong-un did not reply, and Moon Jae-in said he would wait.',
    );
    expect(names).toEqual(expect.arrayContaining(['Ban Ki-moon', 'Kim Jong-un', 'Moon Jae-in']));
  });

  it('still cuts a name off a modifier after its hyphen ("Obama-era", "San Diego-area", "Kremlin-led")', () => {
    const names = actorNames(
      'The Obama-era rule stays, San Diego-area officials said. A Kremlin-led group agreed with Tessa Grindle.',
    );
    expect(names).toEqual(expect.arrayContaining(['San Diego', 'Tessa Grindle']));
    expect(names.some((n) => n.includes('-'))).toBe(false);
  });
});
