/**
 * The author addressing the reader (issue 16, subjectivity on unseen text): a reflexive order
 * ("Ask yourself ..."), an order to imagine or consider at the sentence start, and the reader's
 * supposed thoughts ("You might wonder why ...") and what the reader is told is missing ("You
 * never hear them admit it"), each the author’s voice; never inside quotations,
 * transcripts, or a letter the article prints (its writer's words). Sentences written for this suite.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import { brief } from '../../src/engine';
import type { Caveat } from '../../src/schema/brief';

const author = (text: string): Caveat[] =>
  findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');
const opinions = (text: string) =>
  author(text)
    .filter((k) => k.kind === 'opinion')
    .map((k) => k.text);

describe('reader address', () => {
  it('takes a reflexive order to the reader as the author’s call ("Ask yourself who pays")', () => {
    expect(opinions('Ask yourself who pays for the new ferry.')).toEqual([
      expect.stringContaining('Ask yourself who pays'),
    ]);
    expect(opinions('So brace yourselves for higher harbour fees.')).toEqual([
      expect.stringContaining('brace yourselves'),
    ]);
  });

  it('takes an order to imagine or consider, and the reader’s supposed thoughts', () => {
    expect(opinions('Picture the scene at the harbour on a wet Monday.')).toEqual([
      expect.stringContaining('Picture the scene'),
    ]);
    expect(opinions('You might wonder why the council waited so long.')).toEqual([
      expect.stringContaining('You might wonder'),
    ]);
    expect(opinions('You would be forgiven for thinking the ferry runs on time.')).toEqual([
      expect.stringContaining('You would be forgiven'),
    ]);
  });

  it('leaves quotations, transcripts and a printed letter to their speakers', () => {
    expect(opinions('“Ask yourself who pays for the ferry,” the councillor told the meeting.')).toEqual([]);
    expect(opinions('The minister took questions.\n\nREPORTER: Who pays?\n\nMINISTER: Ask yourself who pays.')).toEqual(
      [],
    );
    const letter =
      'The harbour board published the letter it received on Monday.\n\nDear Members of the Board,\n\n' +
      'Ask yourself who pays for the ferry. Don’t be fooled by the glossy brochure.\n\n' +
      'Yours sincerely,\nJane Roe\n\nThe board has not replied.';
    expect(opinions(letter)).toEqual([]);
  });
});

describe('reader-address/unseen', () => {
  const rulesOf = (text: string) =>
    (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules);

  it('flags a negated "you" with a verb of perception: what the reader is told is missing', () => {
    expect(rulesOf("You didn't see the mayor rush back when the depot flooded.")).toContain('reader-address/unseen');
    expect(rulesOf("You won't read about the ferry losses in the council's newsletter.")).toContain(
      'reader-address/unseen',
    );
    expect(rulesOf('You rarely see the harbour board at the depot.')).toContain('reader-address/unseen');
  });

  it('leaves a condition, an instruction, an affirmative and a quotation alone', () => {
    expect(opinions("If you don't see the comet, look for the meteor shower.")).toEqual([]);
    expect(opinions("When you don't hear back, call the depot again.")).toEqual([]);
    expect(opinions('You did see the depot from the road.')).toEqual([]);
    expect(rulesOf('"You never hear the board admit it," the harbour master said.')).not.toContain(
      'reader-address/unseen',
    );
  });
});
