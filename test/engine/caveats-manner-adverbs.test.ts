/**
 * "clearly" and "frankly" after the verb say how something is done ("spoke frankly about the
 * deficit", "can now see more clearly where the money went"): a manner, not the author's comment on
 * the facts. Before the verb or opening the clause they stay the author's stance ("The board clearly
 * misled the riders", "Clearly, the fares are too high"). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const HEAD = 'Ferry Fares Rise Again\n\nThe harbour board raised ferry fares on Monday.\n';

function stanceIn(sentence: string): string[] {
  const text = `${HEAD}${sentence}\n`;
  const start = text.indexOf(sentence);
  return brief({ text })
    .caveats.filter((c) => c.kind === 'opinion' && c.start >= start && c.end <= start + sentence.length)
    .map((c) => c.text.toLowerCase());
}

describe('manner adverbs after the verb', () => {
  it('reads the adverb after a verb, or graded by "more", as a manner', () => {
    expect(stanceIn('Its chair spoke frankly about the deficit at the meeting.')).not.toContain('frankly');
    expect(stanceIn('We can now see more clearly where the money went.')).not.toContain('clearly');
    expect(stanceIn('The new timetable sets out the changes clearly and simply.')).not.toContain('clearly');
    expect(stanceIn('Riders who are tired are not thinking clearly.')).not.toContain('clearly');
  });

  it('keeps the stance before the verb and at the head of the clause', () => {
    expect(stanceIn('The board clearly misled the riders about the fares.')).toContain('clearly');
    expect(stanceIn('Clearly, the board misled the riders about the fares.')).toContain('clearly');
    expect(stanceIn('The fares are frankly too high for most riders.')).toContain('frankly');
    expect(stanceIn('The Harbour States clearly do not want the ferry to run.')).toContain('clearly');
  });
});
