import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, speakers): a sentence opened by a definite role phrase ("The pope
// has ...") is about the person who holds that office, so a later "he said" is theirs.

function speakerOf(text: string, content: string): string | null | undefined {
  return brief({ text }).claims.find((c) => c.text.includes(content))?.speaker?.name;
}

describe('a role phrase as the antecedent of a later pronoun', () => {
  it('"The pope has ..." then "he said": the pope, not the last person named by name', () => {
    const text =
      'Pope Leo met victims on Monday. Tom Reyes described the abuse in detail. ' +
      'The pope has stood by the bishop, dismissing the protesters. ' +
      '"I cannot condemn him because I have no evidence," he said on the plane.';
    expect(speakerOf(text, 'I cannot condemn')).toBe('Leo');
  });

  it('works through a modifier ("The veteran senator")', () => {
    const text =
      'Sen. Tom Hale opened the hearing. Dan Ruiz read out the charges. ' +
      'The veteran senator was not moved by the evidence. "This changes nothing," he said afterwards.';
    expect(speakerOf(text, 'This changes nothing')).toBe('Tom Hale');
  });

  it('a role with a complement names another holder ("The president of Mexico")', () => {
    const text = 'President Tom Hale met Juan Cruz. The president of Mexico spoke later. "We agree," he said.';
    expect(speakerOf(text, 'We agree')).not.toBe('Tom Hale');
  });

  it('two holders of the office named: the role phrase points at neither', () => {
    const text =
      'Sen. Tom Hale and Sen. Dan Ruiz met Juan Cruz. Juan Cruz left early. ' +
      'The senator was not moved. "This changes nothing," he said afterwards.';
    expect(speakerOf(text, 'This changes nothing')).toBe('Juan Cruz');
  });

  it('a possessive is no subject ("The pope\'s visit")', () => {
    const text =
      'Pope Leo met victims on Monday. Tom Reyes described the abuse in detail. ' +
      'The pope\'s visit ended early. "Nobody listened to us," he said.';
    expect(speakerOf(text, 'Nobody listened')).toBe('Tom Reyes');
  });
});
