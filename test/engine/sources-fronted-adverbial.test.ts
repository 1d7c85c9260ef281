import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up sentences. Rule source/name-after-fronted-phrase (speakers/fronted-adverbial.ts).
describe('a speaker named after a fronted adverbial with no comma', () => {
  const lastMention = (text: string) => {
    const source = brief({ text }).sources.find((s) => s.name === 'Mara Quill');
    const m = source?.mentions.at(-1);
    return m ? text.slice(m.start, m.end) : null;
  };

  it('marks the name as the source, not "Elsewhere in the email Quill"', () => {
    expect(
      lastMention('Mara Quill runs the harbour board. Elsewhere in the email Quill says “the pier will close.”'),
    ).toBe('Quill');
    expect(
      lastMention('Mara Quill runs the harbour board. Later in the interview Quill said the pier would close.'),
    ).toBe('Quill');
  });

  it('leaves a name with a post-modifier as it was', () => {
    expect(
      lastMention('Mara Quill runs the harbour board. Mara Quill of the harbour board said the pier would close.'),
    ).toBe('Mara Quill of the harbour board');
  });
});
