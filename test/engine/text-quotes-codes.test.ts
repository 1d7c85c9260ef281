import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/engine/text/paragraphs';
import { findQuotes } from '../../src/engine/text/quotes';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

const texts = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

// The quotation scanner reads a straight mark's neighbours and a single mark's by code, and finds
// marks close together without the regex: the same quotations as when it read them as strings.
describe('quotation scanner by code', () => {
  it('opens a straight quotation after each opening context and closes it before each closing one', () => {
    for (const open of ['(', '[', '{', '\u2014', '\u2013', '-', '/', '\u2018', '\u201c', ':']) {
      const text = `The mayor${open}"kept it" and left.`;
      expect(texts(text), open).toContain('"kept it"');
    }
    for (const close of [
      ',',
      '.',
      ';',
      ':',
      '!',
      '?',
      ')',
      ']',
      '}',
      '\u2014',
      '\u2013',
      '\u2026',
      '\u2019',
      "'",
      '-',
    ]) {
      const text = `The mayor "kept it"${close} and left.`;
      expect(texts(text), close).toContain('"kept it"');
    }
  });

  it('reads single marks at the paragraph edges and beside digits as before', () => {
    expect(texts("'Tis the season, the clerk said, 'every year' and more.")).toEqual(["'every year'"]);
    expect(texts('The ’90s band played ‘loud songs’ in ’22.')).toEqual(['‘loud songs’']);
    expect(texts("The Joneses' dog barked, 'go away'")).toEqual(["'go away'"]);
  });

  it('finds short quotations packed close together', () => {
    expect(texts('He said "a." She said "b." "c" "d"')).toEqual(['"a."', '"b."', '"c"', '"d"']);
  });

  it('lists quotations in order, a nested one after the one holding it, sorted or not as found', () => {
    expect(texts('The aide said “it is ‘fine’ now” and “the rest ‘can wait’ too” today.')).toEqual([
      '“it is ‘fine’ now”',
      '‘fine’',
      '“the rest ‘can wait’ too”',
      '‘can wait’',
    ]);
    expect(texts('He said "a" and "b" and "c".')).toEqual(['"a"', '"b"', '"c"']);
  });

  it('stays linear on a paragraph of nothing but quote marks', () => {
    const ratio = growthRatio(
      (n) => '"“”‘’\'«»'.repeat(n),
      (text) => texts(text),
      12_000,
    );
    expect(ratio).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
