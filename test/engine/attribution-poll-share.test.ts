/**
 * Poll shares as subjects of stance verbs (attribution/poll-share.ts, rule cue/poll-share-stance):
 * each share speaks its own clause, the content ending where the next share's begins. Made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claims = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'} | ${c.text}`);

describe('cue/poll-share-stance', () => {
  it('gives each share its own stance, the content ending before the next share', () => {
    const text = 'Among likely voters, 5 percent prefer Ada Ortiz and 2 percent support the Harbor Party’s Tom Hale.';
    expect(claims(text)).toEqual(['5 percent | Ada Ortiz', '2 percent | the Harbor Party’s Tom Hale']);
    const b = brief({ text }, { trace: true });
    const at = text.indexOf('Ada Ortiz');
    const rules = b.trace?.find((e) => e.kind === 'claim' && e.start === at)?.rules ?? [];
    expect(rules).toContain('cue/poll-share-stance');
  });

  it('reads a share with its "of" phrase and a word of degree', () => {
    expect(claims('Only 12% of independents favor the ferry levy.')).toEqual([
      'Only 12% of independents | the ferry levy',
    ]);
  });

  it('leaves a share of support (a noun) and a share that is no subject alone', () => {
    expect(claims('Hale has just 5 percent support of the rural vote.')).toEqual([]);
    expect(claims('Fares rose 5 percent and the fees oppose nothing.')).toEqual([]);
  });
});
