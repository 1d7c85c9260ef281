/**
 * Relative-clause subjects and passive agents (issue 16, recall classes of the PolNeAR dev misses):
 * ", which argued that ..." speaks for the noun phrase before the comma
 * (attribution/which-subject.ts, rule cue/which-relative-subject); a passive agent ends at a
 * participle or reason after its head (attribution/passive-cue.ts, rule cue/passive-agent-head),
 * and a passive with "by" after its complement is no stance of its subject. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claims = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'} | ${c.text}`);

function rulesOf(text: string, content: string): string[] {
  const b = brief({ text }, { trace: true });
  const at = text.indexOf(content);
  return b.trace?.find((e) => e.kind === 'claim' && e.start === at && e.end === at + content.length)?.rules ?? [];
}

describe('cue/which-relative-subject', () => {
  it('credits ", which argued that ..." to the name before the comma, content ending at the main verb', () => {
    const text =
      'The fine set by the Harbor Trade Board, which argued that the ferry firm had cheated riders, is the largest yet.';
    expect(claims(text)).toEqual(['Harbor Trade Board | the ferry firm had cheated riders']);
    expect(rulesOf(text, 'the ferry firm had cheated riders')).toContain('cue/which-relative-subject');
  });

  it('takes only the noun phrase before the comma, not the clause it ends', () => {
    const got = claims('Most rumours lean heavily on the Dovecote Gazette, which says that the pier will close.');
    expect(got).toContain('Dovecote Gazette | the pier will close');
  });

  it('reads an evidence noun with a finding verb', () => {
    const got = claims('Officials cited a survey of tenants, which found that rents had doubled.');
    expect(got).toContain('a survey of tenants | rents had doubled');
  });

  it('gives nothing to a "which" that takes up a whole clause', () => {
    expect(claims('Rents rose again in May, which shows that the freeze failed.')).toEqual([]);
    expect(claims('Rents rose again, which shows that the freeze failed.')).toEqual([]);
  });
});

describe('cue/passive-agent-head', () => {
  it('ends the agent before a participle describing it', () => {
    const text = 'The mayor has been endorsed by dozens of papers ranging from the Dovecote Gazette to the Ledger.';
    expect(claims(text)).toEqual(['dozens of papers | The mayor']);
    expect(rulesOf(text, 'The mayor')).toContain('cue/passive-agent-head');
  });

  it('ends the agent before "for" and a participle, and the subject holds no stance', () => {
    const got = claims('Dana Fisk has been called a fraud by fellow doctors for selling pills.');
    expect(got[0]).toBe('fellow doctors | Dana Fisk');
    expect(got.some((c) => c.startsWith('Dana Fisk | a fraud'))).toBe(false);
  });

  it('makes no stance of a passive subject when the agent cannot speak', () => {
    expect(claims('Dana Fisk has been called a fraud by the 2019 audit.')).toEqual([]);
  });
});
