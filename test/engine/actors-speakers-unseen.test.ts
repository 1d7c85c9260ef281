import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, actors and speakers): names and speakers a reader can trust on
// articles the rules were not written for.

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type, a.roles]);
const speakersOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('an office named with "of the" before a person is the role, not the name', () => {
  it('"Former Speaker of the House Nadia Pellworth" is Nadia Pellworth, a former Speaker of the House', () => {
    const text = 'Former Speaker of the House Nadia Pellworth said the budget would fail.';
    expect(actorsOf(text)).toContainEqual(['Nadia Pellworth', 'person', ['Former Speaker of the House']]);
    expect(speakersOf(text)).toEqual([['Nadia Pellworth', 'the budget would fail']]);
  });

  it('an office of several words stays whole ("Chairman of the Joint Chiefs of Staff Mark Ruddle")', () => {
    const names = actorsOf('Chairman of the Joint Chiefs of Staff Mark Ruddle said the drill went well.').map(
      (a) => a[0],
    );
    expect(names).toContain('Mark Ruddle');
  });

  it('the office alone, with no person after it, stays what it was', () => {
    const names = actorsOf('The director of the Central Intelligence Agency said the drill went well.').map(
      (a) => a[0],
    );
    expect(names).toContain('Central Intelligence Agency');
  });
});
