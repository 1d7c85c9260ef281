import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { brief } from '../../src/engine';
import { PhraseIndex } from '../../src/engine/caveats/lexicon';
import { anyOf, classesOf, wordClass } from '../../src/engine/caveats/word-classes';

// Classes are fixed once the first sentence is read: made here, at module load, as the passes do.
const BIRDS = ['heron', 'wren', 'finch'];
const BIRD = wordClass(BIRDS);
const LATE = wordClass(() => ['owl']);

function sentenceBits(text: string, ix = 0): { words: string[]; bits: readonly number[] } {
  const doc = analyse(text);
  const s = doc.sentences[ix];
  const toks = doc.words.sentence(ix, s.start, s.end);
  return { words: toks.map((t) => t.norm), bits: classesOf(doc).of(ix, toks) };
}

describe('word classes', () => {
  it('gives one set passed twice one bit, and a new set a new one', () => {
    expect(wordClass(BIRDS)).toBe(BIRD);
    expect(LATE).not.toBe(BIRD);
  });

  it("gives each word of a sentence its classes' bits, by its normal form", () => {
    const { words, bits } = sentenceBits('A Heron and an owl watched the wren.');
    const birds = words.filter((_, k) => bits[k] & BIRD);
    expect(birds).toEqual(['heron', 'wren']);
    expect(words.filter((_, k) => bits[k] & LATE)).toEqual(['owl']);
    expect(anyOf(bits, BIRD)).toBe(true);
    expect(anyOf(sentenceBits('Nothing flew over the lake.').bits, BIRD)).toBe(false);
  });

  it('works a sentence out once per document', () => {
    const doc = analyse('The finch sang. The wren did not.');
    const s = doc.sentences[1];
    const toks = doc.words.sentence(1, s.start, s.end);
    expect(classesOf(doc).of(1, toks)).toBe(classesOf(doc).of(1, toks));
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex<'a' | 'b'>()
    .add('a', ['the', 'the plain truth', 'the truth is', 'the truth'])
    .add('b', ['the plain fact']);
  const words = index.firstWords();

  function matchAt(text: string, word: number): string | undefined {
    const doc = analyse(text);
    const toks = doc.words.all;
    const c = words.get(toks[word].norm);
    return c && index.match(c, text, toks, word)?.words.join(' ');
  }

  it('takes the longest phrase that the next words continue, else the one-word entry', () => {
    expect(matchAt('Here the truth is simple.', 1)).toBe('the truth is');
    expect(matchAt('Here the truth was simple.', 1)).toBe('the truth');
    expect(matchAt('Here the plain fact stands.', 1)).toBe('the plain fact');
    expect(matchAt('Here the plain truth stands.', 1)).toBe('the plain truth');
    expect(matchAt('Here the kettle boils.', 1)).toBe('the');
  });

  it('needs only white space between the words of a phrase', () => {
    expect(matchAt('Here the truth, is simple.', 1)).toBe('the truth');
    expect(matchAt('Here the, truth is simple.', 1)).toBe('the');
  });

  it('matches a phrase that ends the sentence, and none past the last word', () => {
    expect(matchAt('It was the truth', 2)).toBe('the truth');
    expect(matchAt('It was the', 2)).toBe('the');
  });
});

describe('caveats read through the word classes', () => {
  it('finds cues that start with a common word, before the words that continue them', () => {
    // "the" before a word that continues none of its phrases is passed over; cues after it are found.
    const caveats = brief({
      text: 'The council said the budget grew. It is time we all stood up to this corrupt scheme.',
    }).caveats;
    expect(caveats.length).toBeGreaterThan(0);
    expect(caveats.some((c) => /corrupt/.test(c.text))).toBe(true);
  });
});
