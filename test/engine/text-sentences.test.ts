import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { example, noExamples } from './examples';

const sentences = (text: string) => {
  const doc = analyse(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence splitter', () => {
  it('does not end a sentence at U.S., Sen., Mr., Jan., R-Ky. or an initial', () => {
    expect(
      sentences('Senate Majority Leader Mitch McConnell (R-Ky.), who is married to Elaine Chao, spoke. He left.'),
    ).toHaveLength(2);
    expect(sentences("Mr. Ban's successor is to take over on Jan. 1. Mr. Ban's record has been mixed.")).toEqual([
      "Mr. Ban's successor is to take over on Jan. 1.",
      "Mr. Ban's record has been mixed.",
    ]);
    expect(sentences('Mary J. Blige sings to Hillary Clinton in a preview clip.')).toHaveLength(1);
    expect(sentences('Sen. Lindsey Graham spoke using U.S.-provided notes. It went well.')).toHaveLength(2);
  });

  it('ends a sentence after a dotted abbreviation when a sentence opener follows', () => {
    expect(sentences('The weapons were made in the U.S. The Kremlin objected.')).toEqual([
      'The weapons were made in the U.S.',
      'The Kremlin objected.',
    ]);
    expect(sentences('Two U.S. officials said the policy changed.')).toHaveLength(1);
  });

  it('keeps decimals and ellipses inside the sentence', () => {
    expect(sentences('Stumpf made $19.3 million in 2015. Salaries touch $16.50 an hour.')).toHaveLength(2);
    expect(
      sentences('the alliance would weigh “possible retaliatory strikes… in the context of articles 4 and 5.”'),
    ).toHaveLength(1);
  });

  it.skipIf(noExamples)('keeps a quotation of several sentences in one sentence with its speaker', () => {
    const flynn = example('politico-flynn.txt');
    const all = sentences(flynn);
    expect(all).toContain(
      "“I mean, there's no enemy that's unbeatable. And what we have right now, is we have over four-and-a-half, five years of fighting ISIS now as though they're some unbeatable enemy. There's, again, an enormous frustration,” Flynn said.",
    );
    // A closing mark that comes with the full stop still ends the sentence.
    expect(all.some((s) => s.endsWith('on Fox News’s “Fox and Friends.”'))).toBe(true);
  });

  it.skipIf(noExamples)('never glues a heading to the paragraph under it, even with a single line break', () => {
    const seed = example('seed-article.txt');
    const doc = analyse(seed);
    expect(seed.slice(doc.titleRange!.start, doc.titleRange!.end)).toBe(
      'Kremlin: NATO Weapons To Be Hit In Any Country From Where Russia May Be Attacked',
    );
    const text = 'Storm Hits the Coast\nA storm hit the coast on Monday, officials said.';
    const d = analyse(text);
    expect(text.slice(d.titleRange!.start, d.titleRange!.end)).toBe('Storm Hits the Coast');
    expect(sentences(text)).toEqual(['Storm Hits the Coast', 'A storm hit the coast on Monday, officials said.']);
  });

  it.skipIf(noExamples)(
    'gives bullets and one-sentence-per-line text a sentence per line, but joins hard-wrapped lines',
    () => {
      const graham = example('graham-hearing.txt');
      expect(sentences(graham)).toContain('* John Bolton Richard Grenell Dina Powell Heather Nauert Ivanka Trump');
      expect(sentences(graham)).toContain('Boy, I hope you never get it.');
      expect(sentences('A storm hit the coast on Monday, and\nofficials said it was the worst in years.')).toHaveLength(
        1,
      );
    },
  );

  it('keeps exact UTF-16 offsets with emoji, combining marks and right-to-left text', () => {
    const text = 'Crowds cheered 🎉 in Zürich. Café owners (café) waved. قال المتحدث إن الوضع هادئ. It was calm.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Crowds cheered 🎉 in Zürich.',
      'Café owners (café) waved.',
      'قال المتحدث إن الوضع هادئ.',
      'It was calm.',
    ]);
  });
});

describe('sentence splitter by char code', () => {
  it('reads closing marks, openers and run-on lines outside ASCII as the patterns did', () => {
    // A guillemet closes the sentence; a capital with an accent, a digit and a dash open the next.
    expect(sentences('Il a dit «oui.» Élise est partie. 12 ont suivi. — Fin.')).toEqual([
      'Il a dit «oui.»',
      'Élise est partie.',
      '12 ont suivi.',
      '— Fin.',
    ]);
    // A lower-case letter outside ASCII continues a hard-wrapped line; a closing quote mark ends it.
    expect(sentences('The mayor spoke about the\névénement at length.\nShe said “no”\nthen left.')).toEqual([
      'The mayor spoke about the\névénement at length.',
      'She said “no”',
      'then left.',
    ]);
  });
});
