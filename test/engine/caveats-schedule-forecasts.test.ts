/**
 * A forecast of when something will happen, in the reporter's words ("A ruling is unlikely before
 * the end of the year", "the report will likely be published next month"), is the news register's
 * schedule, not the author's opinion (caveats/schedule-forecasts.ts); a guess with no time of the
 * calendar stays speculation. Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('forecasts of a schedule', () => {
  it('leaves a forecast of when an event falls', () => {
    expect(author('A decision on the Dunmore bypass is unlikely before the end of the year.')).toEqual([]);
    expect(author('The inspectors’ report will likely be published next month.')).toEqual([]);
    expect(author('The harbour works will probably not finish until after Easter.')).toEqual([]);
    expect(author('The vote is possibly not until after the council elects a new chair.')).toEqual([]);
  });

  it('still flags a guess with no time of the calendar', () => {
    expect(author('The new levy will probably drive the bakers out of town.').join()).toContain('probably');
    expect(author('The mayor is unlikely to survive this scandal.').join()).toContain('unlikely');
  });
});
