/**
 * Reported frames without quotation marks (caveats/reported-frames.ts): a block quotation after
 * "X added:" and a testimonial signed "” ― Name" are the speaker's words, so their cues are not the
 * author's. Made-up sentences; beside each, the same words in the author's own line stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const caveats = (text: string) => findCaveats(analyse(text), { claims: [], sources: [] });
const author = (text: string) =>
  caveats(text)
    .filter((k) => k.voice === 'author')
    .map((k) => `${k.kind}: ${k.text}`);

const RANT = 'Frankly, the plan is an utter disgrace. Clearly the council should scrap it?';

describe('reported frames: a block quotation after "X added:"', () => {
  it('takes the line after "The mayor added:" as the mayor’s', () => {
    const text = `The mayor spoke to reporters on Monday. The mayor added:\n\n${RANT}\n\nThe council meets again in May.`;
    expect(author(text)).toEqual([]);
    // Charged words stay visible, as the speaker's.
    expect(caveats(text).some((k) => k.voice === 'attributed' && k.text.includes('utter'))).toBe(true);
  });

  it('still flags the same line in the author’s own voice', () => {
    expect(author(`The mayor spoke to reporters on Monday.\n\n${RANT}`).length).toBeGreaterThan(0);
    // A line ending in a colon that is no verb of saying introduces no speaker.
    expect(author(`The plan has two parts:\n\n${RANT}`).length).toBeGreaterThan(0);
  });
});

describe('reported frames: a testimonial signed with a dash and a name', () => {
  it('takes a signed line as the signer’s, even with its opening quote mark turned the wrong way', () => {
    const text = `Readers wrote in after the vote.\n”The plan is a disgrace and the council is very arrogant.” ― Dana Smith\n“I agree.” ― Lee Park`;
    expect(author(text)).toEqual([]);
  });

  it('still flags an unsigned line', () => {
    expect(
      author('Readers wrote in after the vote.\nThe plan is a disgrace and the council is very arrogant.').length,
    ).toBeGreaterThan(0);
  });
});
