import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles: a forename garbled by a typo at a sentence start, and real namesakes.

const persons = (text: string) =>
  brief({ text })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, aliases: a.aliases }));

describe('garbled forenames', () => {
  it('reads a garbled forename opening a sentence as the one person with that surname', () => {
    const text =
      'Harbour master Marcus Tallis said on Monday that the cables were safe.\n' +
      'The council wanted a second opinion.\n' +
      'Marvus Tallis told reporters the inspection would take a week.\n' +
      'Tallis added that the bridge would reopen in March.';
    expect(persons(text)).toEqual([{ name: 'Marcus Tallis', aliases: ['Tallis'] }]);
    const b = brief({ text });
    expect(b.claims.find((c) => c.text.includes('take a week'))?.speaker?.name).toBe('Marcus Tallis');
  });

  it('names the actor by the surname alone when several people carry it', () => {
    const text =
      'Harbour master Robert Tallis said on Monday that the cables were safe.\n' +
      'The union leader called him "Bob Tallis the optimist" in a speech.\n' +
      'Marvus Tallis told reporters the inspection would take a week.\n' +
      'Tallis added that the bridge would reopen in March.';
    const names = persons(text).flatMap((p) => [p.name, ...p.aliases]);
    expect(names).not.toContain('Marvus Tallis');
    expect(names).toContain('Tallis');
  });

  it('leaves alone a forename the article writes again, and two known forenames', () => {
    const text =
      'Councillor Jane Tallis said on Monday that the cables were safe.\n' +
      'Her brother, the engineer John Tallis, said the inspection would take a week.\n' +
      'Ngozi Tallis told reporters the bridge would reopen in March.\n' +
      'Ngozi has lived in the town for years.';
    expect(persons(text).map((p) => p.name)).toEqual(
      expect.arrayContaining(['Jane Tallis', 'John Tallis', 'Ngozi Tallis']),
    );
  });
});
