/**
 * A colon inside the words before a cue: after a short label ("UPDATE:") the speaker phrase starts
 * after the colon; after a clause ("The plan is simple: ...") the colon opens a list or an
 * explanation, and nothing before it is the speaker. Issue 16 (a clause as a speaker), found listing
 * speakers that are no noun phrase over PTC train; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('speakers: a colon before the speaker phrase', () => {
  it('never takes a clause before a colon into the speaker', () => {
    const text = 'The playbook is all too familiar: Blame the weather, praise the crew, and insist the ferry is safe.';
    for (const s of speakersOf(text)) expect(s ?? '').not.toMatch(/familiar/);
  });

  it('reads the speaker after a short label', () => {
    const text =
      'Harbor\n\nThe pier is closed.\n\nUPDATE: Excellent background from investigative journalist Tom Reyes, ' +
      'published shortly before the vote, explains why the pier is sinking.';
    expect(speakersOf(text)).toEqual(['Tom Reyes']);
  });
});
