/**
 * Shortcuts the attribution and credit scans take, each of which must give what the long way gave:
 * the tokenizer's `LINK` mark (the content scan passes over every other word without a look-up),
 * the line cursor that hops from newline to newline, a cue participle after the cue clause only
 * when a comma is there, and credits that skip the gazetteer walk for a word that starts no name.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { COORDINATORS, REPORT_LINKERS } from '../../src/engine/data/clause-links';
import { channelType } from '../../src/engine/attribution/sources';
import { lineStartBefore } from '../../src/engine/attribution/text-scan';
import { LINK, tokenize } from '../../src/engine/attribution/tokens';
import { DocTokens } from '../../src/engine/text/word-tokens';

describe('the LINK mark', () => {
  it('is on exactly the coordinators and linkers, whatever their case', () => {
    const text = 'And the clerk said it, while AND whereas but Yet though although Although yet-to-come andrew';
    const marked = tokenize(text, 0, text.length, [], new DocTokens(text))
      .filter((t) => (t.flags & LINK) !== 0)
      .map((t) => t.lower);
    expect(marked).toEqual(['and', 'while', 'and', 'whereas', 'but', 'yet', 'though', 'although', 'although']);
    for (const w of marked) expect(COORDINATORS.has(w) || REPORT_LINKERS.has(w)).toBe(true);
  });

  it('still ends content where a linked report begins', () => {
    const b = brief({
      text: 'The harbour master said the pier would reopen in May, while two ferry captains said it was unsafe.',
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['The harbour master', 'the pier would reopen in May'],
      ['two ferry captains', 'it was unsafe'],
    ]);
  });
});

describe('lineStartBefore', () => {
  it('keeps the next newline it found, and answers as a backward search would', () => {
    const text = 'one line\nthen a second line with more words\n\nand a last one';
    const cursor = { scanned: 0, start: 0, next: -1 };
    const naive = (pos: number) => (pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1);
    for (const pos of [2, 3, 9, 10, 30, 44, 45, 46, 50, text.length, 4, 12])
      expect(lineStartBefore(text, pos, cursor)).toBe(naive(pos));
  });
});

describe('statement continuation', () => {
  it('links two halves with no comma between them, and not across a cue participle after a comma', () => {
    const linked = brief({
      text: 'The gardener spoke at noon.\n\n"The roses are late this year," she said. "The frost came early."',
    });
    expect(linked.claims.map((c) => c.continues ?? null)).toEqual([null, linked.claims[0].id]);
    const own = brief({
      text: 'The gardener spoke at noon.\n\n"The roses are late this year," she said, adding, "The frost came early."',
    });
    expect(own.claims.every((c) => c.continues === undefined)).toBe(true);
  });
});

describe('credits', () => {
  it('finds a gazetteer name after a word that starts none, and the name that starts with "The"', () => {
    const b = brief({
      text: 'Harbour officials told Reuters the pier was closed. Ferry crews told The Washington Post it would reopen.',
    });
    expect(b.sources.map((s) => s.name).sort()).toEqual(expect.arrayContaining(['Reuters', 'The Washington Post']));
  });
});

describe('channelType', () => {
  it('gives the same answers asked again, and after more names than it keeps', () => {
    const names = ['Reuters', "Reuters's", 'CNN.com', 'Telegram', 'The Kessock Gazette', 'Jane Roe', 'the AP.'];
    const first = names.map(channelType);
    expect(first).toEqual(['news-agency', 'news-agency', 'outlet', 'platform', 'outlet', null, 'news-agency']);
    for (let k = 0; k < 5000; k++) channelType(`Harbour Master ${k}`);
    expect(names.map(channelType)).toEqual(first);
  });
});
