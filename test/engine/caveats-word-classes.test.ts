import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { brief } from '../../src/engine';
import { PhraseIndex } from '../../src/engine/caveats/lexicon';
import { anyOf, classesOf, wordClass } from '../../src/engine/caveats/word-classes';

// Classes are fixed once the first sentence is read: made here, at module load, as the passes do.
const BIRDS = ['heron', 'wren', 'finch'];
const BIRD = wordClass(BIRDS);
const LATE = wordClass(() => ['owl']);

function sentenceBits(text: string, ix = 0): { words: string[]; bits: number[] } {
  const doc = analyse(text);
  const s = doc.sentences[ix];
  const toks = doc.words.sentence(ix, s.start, s.end);
  const { bits } = classesOf(doc);
  const at = classesOf(doc).at(ix);
  return { words: toks.map((t) => t.norm), bits: toks.map((_, k) => bits[at + k]) };
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
  });

  it('tells whether any word of a stretch is in a class', () => {
    const doc = analyse('Nothing flew over the lake. A wren sang.');
    const { bits } = classesOf(doc);
    const second = classesOf(doc).at(1);
    expect(anyOf(bits, 0, second, BIRD)).toBe(false);
    expect(anyOf(bits, second, bits.length, BIRD)).toBe(true);
  });

  it('works a document out once, and finds where each sentence starts in it', () => {
    const doc = analyse('The finch sang. The wren did not. Then an owl.');
    expect(classesOf(doc)).toBe(classesOf(doc));
    const { bits } = classesOf(doc);
    for (let ix = 0; ix < doc.sentences.length; ix++) {
      const s = doc.sentences[ix];
      const toks = doc.words.sentence(ix, s.start, s.end);
      const at = classesOf(doc).at(ix);
      expect(doc.words.all[at]).toBe(toks[0]);
      expect(bits[at] & BIRD || bits[at + 1] & BIRD || bits[at + 2] & LATE).toBeTruthy();
    }
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

describe('speech tags read through the word classes', () => {
  const authorKinds = (text: string) =>
    brief({ text })
      .caveats.filter((c) => c.voice === 'author')
      .map((c) => c.kind);

  it('leaves a guess before a closing speech tag to the speaker, and keeps one without a tag', () => {
    expect(authorKinds('The ferry will likely sail late tonight, the harbour clerk said.')).not.toContain(
      'speculation',
    );
    expect(authorKinds('The ferry will likely sail late tonight, and the harbour is calm.')).toContain('speculation');
  });
});
