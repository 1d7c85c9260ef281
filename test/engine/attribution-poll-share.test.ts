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

describe('source/poll-share', () => {
  const sources = (text: string) => brief({ text }).sources.map((s) => `${s.name} | ${s.type}`);

  it('types a share of those polled as the poll’s finding, a report, not a person', () => {
    const text =
      'The harbour survey asked 900 residents about the ferry. Twelve percent said the fares were fair. ' +
      'A third of riders say the boats are late. Nine percent of islanders said they would move.';
    expect(sources(text)).toEqual(
      expect.arrayContaining([
        'Twelve percent | report',
        'A third of riders | report',
        'Nine percent of islanders | report',
      ]),
    );
    const b = brief({ text }, { trace: true });
    const at = text.indexOf('Twelve percent');
    expect(b.trace?.find((e) => e.kind === 'source' && e.start === at)?.rules).toContain('source/poll-share');
  });

  it('leaves a named group in the share and a person alone', () => {
    const text = 'Nora Finch said the fares were fair. Half of Dorset says the boats are late.';
    expect(sources(text)).toContain('Nora Finch | person');
    expect(sources(text).some((s) => s.endsWith('| report'))).toBe(false);
  });
});
