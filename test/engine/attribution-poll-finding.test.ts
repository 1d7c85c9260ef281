/**
 * A sentence opening or ending with "in" and a poll's phrase (issue 16, recall): the rest of the
 * sentence is the poll's finding, as after "According to the poll,".
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a finding of the poll a sentence opens with (cue/in-poll)', () => {
  it('credits the poll, past a postmodifier set off by commas', () => {
    const claims = claimsOf(
      'The race for mayor is tight. In the latest Harbor Times survey, conducted in early May, Ruth Okafor led Dan Pell by six points among likely voters. In this poll, Pell gained two points since the debate.',
    );
    const led = claimWith(claims, 'led Dan Pell');
    expect(led.text).toBe('Ruth Okafor led Dan Pell by six points among likely voters');
    expect(led.speaker?.name).toContain('survey');
    const gained = claimWith(claims, 'gained two points');
    expect(gained.text).toBe('Pell gained two points since the debate');
    expect(gained.speaker?.name).toBe('this poll');
  });

  it('needs a poll noun, and leaves a sentence with its own reporting verb to that verb', () => {
    const claims = claimsOf(
      'The race for mayor is tight. In the first week of May, Ruth Okafor led every debate. In a poll released Monday, most voters said the harbor plan was too costly.',
    );
    expect(claims.filter((c) => c.text.includes('every debate'))).toEqual([]);
    expect(claimWith(claims, 'harbor plan').speaker?.name).toBe('most voters');
  });

  it('credits a poll named at the end of the sentence, not a bare "in the polls"', () => {
    const claims = claimsOf(
      'The race for mayor is tight. Ruth Okafor led Dan Pell by six points in a Harbor Times poll released Monday. Pell has been rising in the polls.',
    );
    const led = claimWith(claims, 'six points');
    expect(led.text).toBe('Ruth Okafor led Dan Pell by six points');
    expect(led.speaker?.name).toContain('poll');
    expect(claims.filter((c) => c.text.includes('rising'))).toEqual([]);
  });

  it('leaves a poll that dates one end of a change alone ("from 58 percent in the last poll to 55 percent")', () => {
    const claims = claimsOf(
      'The race for mayor is tight. Okafor’s approval fell from 58 percent in the last poll to 52 percent now. Pell led by two points in one of the first polls to emerge.',
    );
    expect(claims.filter((c) => c.text.includes('approval'))).toEqual([]);
    // (An infinitive after the poll noun describes the poll: that finding is still the poll's.)
    expect(claimWith(claims, 'two points').speaker?.name).toContain('polls');
  });

  it('credits polls placed by a list of places, not the last place ("Polls in Ohio and Iowa show")', () => {
    const claims = claimsOf(
      'The race for mayor is tight. Recent polls in Ohio and Iowa have shown the lead eroding. Surveys in Texas and Utah show a closer race.',
    );
    expect(claimWith(claims, 'eroding').speaker?.name).toBe('Recent polls in Ohio and Iowa');
    expect(claimWith(claims, 'closer race').speaker?.name).toBe('Surveys in Texas and Utah');
  });
});
