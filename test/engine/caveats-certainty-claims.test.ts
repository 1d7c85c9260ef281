import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up sentences. "There is no doubt that ..." vouches for a claim: the author asserts certainty,
// a booster of their own view, not a guess about what will happen. "will no doubt ..." still guesses.

const HEAD = 'Ferry Contract Under Review\n\nThe harbour board signed the ferry contract in 2021.\n';

function caveatsOn(sentence: string) {
  const text = `${HEAD}${sentence}\n`;
  const start = text.indexOf(sentence);
  return brief({ text }, { trace: true })
    .caveats.filter((c) => c.start >= start && c.end <= start + sentence.length)
    .map((c) => ({ kind: c.kind, text: c.text }));
}

describe('certainty claimed ("there is no doubt that"), not a guess', () => {
  it('takes "there is no doubt that" as the author vouching, not speculating', () => {
    const got = caveatsOn('There is no doubt that the contract wasted public money.');
    expect(got.map((c) => c.kind)).toContain('opinion');
    expect(got.map((c) => c.kind)).not.toContain('speculation');
  });

  it('takes "we have no doubt" and "there can be no doubt" the same way', () => {
    for (const s of [
      'We have no doubt the tender was rigged from the start.',
      'There can be no doubt that the board ignored its own rules.',
    ]) {
      const kinds = caveatsOn(s).map((c) => c.kind);
      expect(kinds).not.toContain('speculation');
      expect(kinds.length).toBeGreaterThan(0);
    }
  });

  it('keeps "will no doubt" as a guess about what will happen', () => {
    expect(caveatsOn('The board will no doubt raise the fares again next year.').map((c) => c.kind)).toContain(
      'speculation',
    );
  });
});
