import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { findNames } from '../../src/engine/text/names';

// Made-up articles: a full name written in capitals inside a shouted stretch of a quotation.

const TEXT =
  'Mayor Tessa Grindle said on Monday that the harbour bridge would reopen in March.\n' +
  'Protesters outside the council building carried signs that read "VOTE OUT TESSA GRINDLE NOW" all afternoon.\n' +
  'Engineers from Oslo and Lisbon will inspect the cables, the council said.';

describe('names in capitals inside shouting', () => {
  it('reads two words in capitals the article writes together in mixed case as one name', () => {
    expect(findNames(TEXT).map((n) => n.text)).toContain('TESSA GRINDLE');
  });

  it('keeps one actor for the person, with no capitals piece of the name as an alias', () => {
    const grindle = brief({ text: TEXT }).actors.filter((a) => /grindle|tessa/i.test([a.name, ...a.aliases].join()));
    expect(grindle.map((a) => a.name)).toEqual(['Tessa Grindle']);
    expect(grindle[0].aliases).not.toContain('TESSA');
    expect(grindle[0].aliases).not.toContain('GRINDLE');
  });

  it('leaves apart two words in capitals the article never writes side by side', () => {
    const text = `${TEXT}\nThe banner said "CLOSED OSLO LISBON ROUTE TODAY" in red.`;
    expect(findNames(text).map((n) => n.text)).not.toContain('OSLO LISBON');
  });

  it('joins a longer name in capitals whole, and names the actor in mixed case', () => {
    const text =
      'Protesters carried signs that read "HANDS OFF KESSOCK HARBOUR TRUST LAND" all afternoon.\n' +
      'The Kessock Harbour Trust said on Monday that the harbour bridge would reopen in March.';
    expect(findNames(text).map((n) => n.text)).toContain('KESSOCK HARBOUR TRUST');
    const names = brief({ text }).actors.map((a) => a.name);
    expect(names).toContain('Kessock Harbour Trust');
    expect(names.join()).not.toMatch(/KESSOCK|HARBOUR/);
  });
});

describe('shouted pairs across documents', () => {
  it('joins two words in capitals only by the pairs of the document at hand', () => {
    const mixed = 'Officials said Marta Quell visited the port. Later Marta Quell left.';
    const shouted = 'THE DOCKS ARE OPEN, SAID MARTA QUELL TODAY.';
    // The pair "Marta Quell" of an earlier document does not join the capitals of a later one.
    findNames(mixed);
    const alone = findNames(shouted).map((n) => n.text);
    expect(alone).not.toContain('MARTA QUELL');
    const both = findNames(`${mixed}\n\n${shouted}`).map((n) => n.text);
    expect(both).toContain('MARTA QUELL');
  });
});
