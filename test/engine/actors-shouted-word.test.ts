/**
 * An all-capital word the article also writes in lower case is a shouted common word ("NEW:", "a
 * HUGE crowd"), not an acronym, so no organisation; an acronym the article never writes in lower
 * case ("the ACLU") and a known body spelled like a word ("WHO", "ICE") stay. Issue 16 (headline
 * and ALL CAPS words as actors), found reading briefs of unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const actorsOf = (text: string) =>
  brief({ text })
    .actors.map((a) => a.name)
    .sort();

describe('actors: shouted common words', () => {
  it('are not organisations', () => {
    expect(actorsOf('NEW: The council met again. A HUGE crowd, a huge one, watched the new vote.')).toEqual([]);
  });

  it('make no speaker of a lone label before a colon', () => {
    const text =
      'The mayor met voters.\nNEW: The honesty of the campaign staff on video is refreshing.\nThe vote is in May.';
    expect(brief({ text }).claims).toEqual([]);
  });

  it('leave acronyms and known bodies', () => {
    expect(actorsOf('The ACLU sued. The WHO and ICE said they would ask who knew about the ice.')).toEqual([
      'ACLU',
      'ICE',
      'WHO',
    ]);
  });
});
