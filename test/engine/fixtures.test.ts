/**
 * The engine's behaviour on our own made-up articles (test/fixtures/articles.ts), so that every
 * construction the worked examples exercise is also tested in a clone with no shared data beside it.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';
import { detectTextLanguage } from '../../src/engine/language';
import { OPINION, PROFILE, WIRE } from '../fixtures/articles';

const actorsOf = (text: string) => brief({ text }).actors;
const find = (text: string, name: string) => actorsOf(text).find((a) => a.name === name || a.aliases.includes(name));
const names = (text: string) => analyse(text).names.map((n) => text.slice(n.start, n.end));
const sentences = (text: string) => analyse(text).sentences.map((s) => text.slice(s.start, s.end));
const authorCaveats = (text: string) => brief({ text }).caveats.filter((k) => k.voice === 'author');
const hasCaveat = (text: string, kind: string, words: string) =>
  authorCaveats(text).some((k) => k.kind === kind && k.text.includes(words));
const startsAt = (text: string, needle: string, offset = 0) => text.indexOf(needle) + offset;

describe('a wire report (fixture)', () => {
  it('takes the Title Case heading as the title and counts the body paragraphs', () => {
    const b = brief({ text: WIRE });
    expect(b.title).toBe('Ministry: Border Drones To Be Downed Wherever They Come From');
    expect(b.stats.paragraphs).toBe(9);
    expect(sentences(WIRE)[0]).toBe(b.title);
    expect(detectTextLanguage(WIRE)).toBe('en');
  });

  it('does not take sentence-initial adverbs, modifiers or pronouns for names', () => {
    const found = names(WIRE);
    for (const bad of ['Predictably', 'However', 'Clearly', 'Former', 'He']) expect(found).not.toContain(bad);
    expect(found).toEqual(expect.arrayContaining(['Viktor Marenko', 'Reuters', 'Telegram', 'Halvard Herald']));
  });

  it('keeps one actor per person, with the surname as alias, title runs as roles and every "he" that is his', () => {
    const marenko = find(WIRE, 'Viktor Marenko')!;
    expect(marenko.type).toBe('person');
    expect(marenko.aliases).toEqual(['Marenko']);
    expect(marenko.roles).toContain('Security Council Deputy Chairman');
    // "he said on Telegram", "He said" twice and "He explained" all refer to him.
    const pronouns = marenko.mentions.map((m) => WIRE.slice(m.start, m.end)).filter((t) => /^he$/i.test(t));
    expect(pronouns).toHaveLength(4);
    expect(find(WIRE, 'Ministry of Defence')!.type).toBe('organization');
  });

  it('gives a direct quotation its speaker, the platform and the agency it came through', () => {
    const b = brief({ text: WIRE });
    const quote = b.claims.find((c) => c.text.startsWith('“Countries that have approved flights'))!;
    expect(quote.kind).toBe('direct');
    expect(quote.speaker?.name).toBe('Viktor Marenko');
    const source = (name: string) => b.sources.find((s) => s.name === name);
    expect(source('Telegram')?.type).toBe('platform');
    expect(source('Reuters')?.type).toBe('news-agency');
    expect(source('two other people familiar with the decision')?.anonymous).toBe(true);
    expect(b.claims.find((c) => c.text.startsWith('“The Halvard government'))?.speaker?.name).toBe('Halvard Herald');
  });

  it('ends an unclosed quotation at its paragraph and finds the next one on its own', () => {
    const quotes = analyse(WIRE).quotes;
    const unclosed = quotes.filter((q) => !q.closed);
    expect(unclosed).toHaveLength(1);
    expect(WIRE.slice(unclosed[0].start, unclosed[0].end)).toBe(
      '“possible retaliatory measures… under articles 4 and 5 of the Northern Treaty.',
    );
    expect(quotes.map((q) => WIRE.slice(q.start, q.end))).toContain('“has not changed.”');
  });

  it("flags the author's stance adverbs, loaded words, speculation and scare quotes, and not the speaker's words", () => {
    expect(hasCaveat(WIRE, 'opinion', 'Predictably')).toBe(true);
    expect(hasCaveat(WIRE, 'loaded-language', 'fuming')).toBe(true);
    expect(hasCaveat(WIRE, 'speculation', 'surely going to be')).toBe(true);
    expect(hasCaveat(WIRE, 'scare-quotes', '‘allowable’')).toBe(true);
    expect(hasCaveat(WIRE, 'opinion', 'Clearly')).toBe(true);
    expect(authorCaveats(WIRE).some((k) => /downed|destroyed/.test(k.text))).toBe(false);
  });

  it('gives exact spans, unique ids and a reason for every caveat', () => {
    for (const text of [WIRE, OPINION, PROFILE]) {
      const ks = brief({ text }).caveats;
      expect(ks.length).toBeGreaterThan(0);
      expect(new Set(ks.map((k) => k.id)).size).toBe(ks.length);
      for (const k of ks) {
        expect(text.slice(k.start, k.end)).toBe(k.text);
        expect(k.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('summarises in verbatim sentences about who said what, in text order, never the opinionated lead', () => {
    const { summary } = brief({ text: WIRE });
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    for (const s of summary) expect(WIRE.slice(s.start, s.end)).toBe(s.text);
    const all = summary.map((s) => s.text).join(' ');
    expect(all).toContain('Marenko');
    expect(all).not.toContain('Predictably');
    expect(all).not.toContain('slippery slope');
    expect(summary.map((s) => s.start)).toEqual([...summary.map((s) => s.start)].sort((a, b) => a - b));
  });
});

describe('an opinion column with page furniture (fixture)', () => {
  it('keeps Title Case heading words, form labels, interjections and "I" out of the names', () => {
    const found = names(OPINION);
    expect(found).not.toContain('Unleashes Firestorm');
    for (const bad of ['Email', 'Comments', 'Completing', 'Boy', 'When', 'Sen.', 'Who', 'I'])
      expect(found).not.toContain(bad);
    expect(found).toEqual(expect.arrayContaining(['Ruth Calloway', 'Owen Pratt']));
  });

  it('resolves "their" to the group just named', () => {
    const group = find(OPINION, 'Senate Liberals')!;
    expect(group.mentions.some((m) => m.start === startsAt(OPINION, 'in their relentless', 'in '.length))).toBe(true);
  });

  it('gives salience as a share, highest first, with the protagonist on top', () => {
    const actors = actorsOf(OPINION);
    expect(actors[0].name).toBe('Ruth Calloway');
    const total = actors.reduce((sum, a) => sum + a.salience, 0);
    expect(total).toBeGreaterThan(0.98);
    expect(total).toBeLessThan(1.02);
    for (let i = 1; i < actors.length; i++) expect(actors[i].salience).toBeLessThanOrEqual(actors[i - 1].salience);
  });

  it('lists no form label, interjection or heading fragment as an actor', () => {
    for (const bad of ['Email', 'Comments', 'Completing', 'Boy', 'Unleashes Firestorm', 'Sen.', 'I'])
      expect(find(OPINION, bad)).toBeUndefined();
    expect(find(OPINION, 'Ada Fenwick Boris Kettle Clara Dunmore Desmond Ash')).toBeUndefined();
  });

  it('gives a bullet line its own sentence and keeps a quotation over lines with its speaker', () => {
    const all = sentences(OPINION);
    expect(all).toContain('* Ada Fenwick Boris Kettle Clara Dunmore Desmond Ash');
    expect(all).toContain('Boy, I hope you never get it."');
  });

  it("flags the author's first-person views, and not the quoted senator's words", () => {
    expect(hasCaveat(OPINION, 'opinion', "I'm not a fan")).toBe(true);
    expect(hasCaveat(OPINION, 'loaded-language', 'relentless attack')).toBe(true);
    expect(authorCaveats(OPINION).some((k) => /biggest sham|ruin this man|through hell/.test(k.text))).toBe(false);
  });

  it('never summarises with the heading, a question or page furniture', () => {
    const all = brief({ text: OPINION }).summary.map((s) => s.text);
    expect(all.join(' ')).toContain('Calloway');
    for (const s of all) {
      expect(s).not.toMatch(/Unleashes Firestorm/);
      expect(s).not.toMatch(/\?["”]?$/);
      expect(s).not.toMatch(/poll|validation|pic\.twitter/);
    }
  });
});

describe('a story led by its speaker (fixture)', () => {
  it('reads a military title run as a role and a possessive role before a name', () => {
    expect(find(PROFILE, 'Warren Holt')!.roles).toContain('Retired Lt. Gen.');
    expect(find(PROFILE, 'Peter Oakes')!.roles.join(' ')).toContain('campaign manager');
    expect(find(PROFILE, 'Retired Lt. Gen. Warren Holt')).toBeUndefined();
  });

  it('resolves "she" after a partial quotation to the person just named, and leaves pronouns inside quotations alone', () => {
    const whitlock = find(PROFILE, 'Dana Whitlock')!;
    expect(whitlock.mentions.some((m) => m.start === startsAt(PROFILE, 'when she said', 'when '.length))).toBe(true);
    const quoted = startsAt(PROFILE, '“She’s', 1);
    expect(actorsOf(PROFILE).some((a) => a.mentions.some((m) => m.start === quoted))).toBe(false);
  });

  it('keeps a quotation of several sentences in one sentence with its speaker', () => {
    expect(sentences(PROFILE)).toContain(
      '“I mean, there is no problem that cannot be solved. And what we have right now is five years of fighting the same problem. There is, again, an enormous frustration,” Holt said.',
    );
    const claim = brief({ text: PROFILE }).claims.find((c) => c.text.startsWith('“I mean'))!;
    expect(claim.speaker?.name).toBe('Warren Holt');
  });

  it('flags a view credited to unnamed people', () => {
    expect(hasCaveat(PROFILE, 'unattributed-claim', 'some who saw the comment as a dig')).toBe(true);
  });

  it('leads the summary with the speaker of the news', () => {
    expect(brief({ text: PROFILE }).summary[0].text).toMatch(
      /^Retired Lt\. Gen\. Warren Holt said Mayor Dana Whitlock/,
    );
  });
});
