/**
 * "Call for" as one demand cue (PolNeAR dev, the demands the cue pass missed or cut): its -ing form
 * after a comma reports for the sentence's subject ("..., calling for X"), which "calling" alone
 * (mostly a noun) did not; a time word may stand inside the cue ("called Friday for X", rule
 * cue/time-inside-cue); and the content starts after "for", as the cue's own word. Each with a
 * made-up sentence and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { claimsOf, claimWith } from './claims';

describe('claims: "call for" as one cue', () => {
  it('reads "..., calling for X" for the sentence subject', () => {
    const c = claimWith(
      claimsOf('A group of nurses in 2019 sent a letter to the hospital board, calling for his resignation.'),
      'his resignation',
    );
    expect(c.text).toBe('his resignation');
    expect(c.cue).toBe('calling for');
    expect(c.speaker?.name).toContain('nurses');
  });

  it('starts the content of "X called for Y" after "for"', () => {
    const c = claimWith(claimsOf('Mayor Tom Hale called for an inquiry into the fire.'), 'an inquiry');
    expect(c.text).toBe('an inquiry into the fire');
    expect(c.cue).toBe('called for');
  });

  it('reads a time word inside the cue ("X called Friday for Y"), and the participle after it', () => {
    const claims = claimsOf(
      'Mayor Tom Hale, the governor’s rival in the coming race, called Friday for releasing the audit, as well, saying that it was overdue.',
    );
    const c = claimWith(claims, 'releasing the audit');
    expect(c.text.startsWith('releasing the audit')).toBe(true);
    expect(c.cue).toBe('called Friday for');
    expect(c.speaker?.name).toContain('Tom Hale');
    expect(claimWith(claims, 'it was overdue').cue).toBe('saying');
  });

  it('names cue/time-inside-cue in the trace', () => {
    const text = 'Mayor Tom Hale called Friday for new talks.';
    const trace = brief({ text }, { trace: true }).trace ?? [];
    const at = text.indexOf('new talks');
    const entry = trace.find((e) => e.kind === 'claim' && e.start === at);
    expect(entry?.rules).toContain('cue/time-inside-cue');
  });

  it('leaves a time phrase\'s opener alone ("pointed this out", "called last for")', () => {
    expect(claimsOf('Coach Lena Ortiz called last for a taxi.').filter((c) => c.cue?.includes('last'))).toEqual([]);
  });

  it('leaves a bare "calling" noun alone ("a calling for the young")', () => {
    expect(claimsOf('Teaching was a calling for the young priest.')).toEqual([]);
  });

  it('reads "are calling for" as the progressive: a second report after "and"', () => {
    const claims = claimsOf(
      'Some members of his party said that his apology was not enough and are calling for him to resign.',
    );
    expect(claimWith(claims, 'not enough').text).toBe('his apology was not enough');
    expect(claimWith(claims, 'him to resign').cue).toBe('calling for');
  });

  it('keeps a relative clause\'s "called for" off the quotation ("X, who had called for Y, said: “...”")', () => {
    const claims = claimsOf(
      'Ann Moss, chair of the panel, who had called for the bloggers to be barred from the city, said: "I welcome the ban on them."',
    );
    expect(claimWith(claims, 'barred from the city').cue).toBe('called for');
    expect(claimWith(claims, 'I welcome the ban').cue).toBe('said');
  });

  it('leaves a capitalised "Call For" in a Title Case headline alone', () => {
    expect(claimsOf('Big City Mayors Call For More Bike Lanes\n\nThe mayors met on Monday.')).toEqual([]);
  });
});
