/**
 * A place used as a modifier of the speaker's noun (speakers/place-body.ts): "Texas teen says" in
 * a headline, "San Marcos police told": the teen or the police speak, and the source is theirs,
 * not the place's. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const sourcesOf = (text: string) => brief({ text }).sources.map((s) => `${s.name} (${s.type})`);

describe('a place modifying the speaker noun', () => {
  it('credits the teen, not the state, in a headline with no article', () => {
    const text = 'Texas teen says stranger threw a drink at him\n\nThe incident happened on Tuesday in Austin.';
    const b = brief({ text });
    expect(b.claims[0]?.speaker?.name).toBe('Texas teen');
    expect(sourcesOf(text)).toContain('Texas teen (person)');
    expect(sourcesOf(text)).not.toContain('Texas (place)');
  });

  it('credits a town’s police, not the town', () => {
    const text =
      'The fight broke out in San Marcos on Friday. San Marcos police told reporters that no one was arrested.';
    expect(sourcesOf(text).some((s) => s.startsWith('San Marcos police'))).toBe(true);
    expect(sourcesOf(text).some((s) => s.startsWith('San Marcos ('))).toBe(false);
  });

  it('keeps the place as the speaker before an emphatic pronoun ("Paris itself")', () => {
    const text = 'Aid reached Paris late. Paris itself said the budget was final.';
    expect(brief({ text }).sources.map((s) => s.name)).not.toContain('Paris itself');
  });
});
