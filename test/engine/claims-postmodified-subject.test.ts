/**
 * Subjects with a post-modifier before a base-form or finite cue (issue 16, PolNeAR dev misses:
 * "observers ... around the country say S", "the report says S" after ", and"): the cue sense
 * rules read the preposition's object as the cue's noun ("the country say" as "a say"), or the
 * speaker walk stepped over the determiner and read "report" as a verb, and the sentence had no
 * claim at all. Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: plural subjects with a prepositional post-modifier', () => {
  it('"Residents near the plant say S": the object of "near" is no noun "say"', () => {
    const c = claimWith(
      claimsOf('The county reopened the plant in May. Residents near the plant say the well water is unsafe.'),
      'the well water is unsafe',
    );
    expect(c.speaker?.name).toBe('Residents near the plant');
  });

  it('"Advisers to the governor say S", "Farmers across the valley say S"', () => {
    const claims = claimsOf(
      'Advisers to the governor say the budget will pass. Farmers across the valley say the canal is dry.',
    );
    expect(claimWith(claims, 'the budget will pass').speaker?.name).toBe('Advisers to the governor');
    expect(claimWith(claims, 'the canal is dry').speaker?.name).toBe('Farmers across the valley');
  });

  it('"Critics of the plan say S": a cue word after "of the" is the object, not the verb', () => {
    const c = claimWith(claimsOf('Critics of the plan say it will raise the fares.'), 'raise the fares');
    expect(c.speaker?.name).toBe('Critics of the plan');
  });

  it('"Officials close to the mayor say S": the "close to" phrase stays in the speaker', () => {
    const c = claimWith(claimsOf('Officials close to the mayor say the ferry contract is void.'), 'contract is void');
    expect(c.speaker?.name).toBe('Officials close to the mayor');
  });
});

describe('claims: a cue-word noun after a determiner inside a longer sentence', () => {
  it('"..., and the report says S": the determiner is not a modifier to step over', () => {
    const c = claimWith(
      claimsOf('The harbor board grew fast, and the report says the board keeps 40 offshore accounts.'),
      '40 offshore accounts',
    );
    expect(c.speaker?.name).toBe('the report');
  });

  it('"Yesterday the report said S"', () => {
    const c = claimWith(claimsOf('Yesterday the report said the ferry deficit had doubled.'), 'deficit had doubled');
    expect(c.speaker?.name).toBe('the report');
  });
});

describe('claims: where the subject walk must stop', () => {
  it('"Observers in the port and across the valley say S": "and" joins two post-modifiers', () => {
    const c = claimWith(
      claimsOf('Observers in the port and across the valley say the ferry plan is dead.'),
      'the ferry plan is dead',
    );
    expect(c.speaker?.name).toBe('Observers in the port and across the valley');
  });

  it('"... blew it off with a joke saying Q": a manner phrase before a participle is no speaker', () => {
    const claims = claimsOf(
      'The host confused the two guests and blew it off with a joke saying, "They all look alike."',
    );
    expect(claims.some((c) => c.speaker?.name.includes('joke'))).toBe(false);
  });

  it('"Nor do the minutes mention X, even though her aide says S": the denied cue does not swallow the report', () => {
    const claims = claimsOf(
      'Nor do the minutes mention the loan, even though her aide says the board approved the loan in May.',
    );
    expect(claimWith(claims, 'the board approved').speaker?.name).toBe('her aide');
    expect(claims.some((c) => c.speaker?.name === 'the minutes')).toBe(false);
  });
});
