/**
 * "told viewers the company broke the law", "told the crowd the plan was dead": the audience after
 * "told" is its addressee, so the content starts after it. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('claims: an audience after "told" is no part of the content', () => {
  it('starts the content after a bare or determined audience noun', () => {
    for (const s of [
      'The anchor told viewers the company broke the law.',
      'The mayor told the crowd the company broke the law.',
      'The chief told his staff the company broke the law.',
    ])
      expect(claimsOf(s).map((c) => c.text)).toEqual(['the company broke the law']);
  });
});
