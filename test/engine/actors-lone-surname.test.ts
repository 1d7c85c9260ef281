import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests: a one-word name the article never gives in full
// is guessed an organisation at its first mention; when a later mention of it speaks, it is a person.

const typeOf = (text: string, name: string) => brief({ text }).actors.find((a) => a.name === name)?.type;

describe('a lone surname that speaks after its first mention', () => {
  it('is a person, and so is the claim’s speaker', () => {
    const text =
      'Fever clinic opens\n\nThe clinic in Dunmore was opened by Okonkwo on Tuesday, with fifty beds. ' +
      'Nurses from three towns will staff it. ' +
      '“We are ready for the season,” Okonkwo said at the door.';
    const b = brief({ text });
    expect(b.actors.find((a) => a.name === 'Okonkwo')?.type).toBe('person');
    expect(b.sources.find((s) => s.name === 'Okonkwo')?.type).toBe('person');
  });

  it('a one-word name that never speaks stays as it was guessed', () => {
    const text =
      'Fever clinic opens\n\nThe clinic in Dunmore was built by Halvecorp on Tuesday, with fifty beds. ' +
      'Nurses from three towns will staff it.';
    expect(typeOf(text, 'Halvecorp')).toBe('organization');
  });

  it('a body that speaks of itself, or with "the" before it, is not made a person', () => {
    const text =
      'Fever clinic opens\n\nThe clinic in Dunmore was built by Halvecorp on Tuesday, with fifty beds. ' +
      'Halvecorp said in March that it would open two more. ' +
      'The grant came from Trevanne last year. The Trevanne added that the money was spent.';
    expect(typeOf(text, 'Halvecorp')).toBe('organization');
    expect(typeOf(text, 'Trevanne')).not.toBe('person');
  });

  it('a lone name that a later "he" or "himself" stands for is a person', () => {
    const text =
      'Bridge vote\n\nThe bridge plan was backed by Marrowby last spring. ' +
      'Marrowby knew well that he could not win the vote alone. ' +
      'Later Marrowby cast the council, and himself, as the town’s rescuers.';
    expect(typeOf(text, 'Marrowby')).toBe('person');
  });

  it('a body that its own "its" follows stays a body', () => {
    const text =
      'Bridge vote\n\nThe bridge plan was backed by Halvecorp last spring. ' +
      'Halvecorp expects its shares to rise when the vote is won.';
    expect(typeOf(text, 'Halvecorp')).toBe('organization');
  });
});
