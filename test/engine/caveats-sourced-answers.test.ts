/**
 * A short framing question answered at once from a source is a signpost, not a rhetorical
 * question (caveats/sourced-answers.ts). Made-up article; the same question with no sourced
 * answer, and a yes/no question, stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const questions = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.text.endsWith('?'))
    .map((k) => k.text);

const FERRY = 'The harbour ferry lost money for a third year, the port authority reported on Monday.';

describe('sourced answers: a framing question answered from a source', () => {
  it('does not flag a wh-question the next sentence answers with somebody’s claim', () => {
    const text = `${FERRY}\n\nWhat is the mayor’s view of the ferry? In an interview last spring, the mayor said that the service may need to be cut back to weekends.\n\nThe council votes in May.`;
    expect(questions(text)).toEqual([]);
  });

  it('still flags the question when nobody answers it, and a yes/no question', () => {
    expect(
      questions(
        `${FERRY}\n\nWhat is the point of the ferry? The timetable has been cut back to weekends.\n\nThe council votes in May.`,
      ),
    ).toEqual(['What is the point of the ferry?']);
    expect(
      questions(
        `${FERRY}\n\nIs the ferry worth it? In an interview last spring, the mayor said that the service may need to be cut back to weekends.\n\nThe council votes in May.`,
      ),
    ).toEqual(['Is the ferry worth it?']);
  });
});
