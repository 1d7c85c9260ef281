/**
 * A charged word that is part of a proper name is not the author's word (issue 16, precision on
 * objective sentences): "a rally by the Stop the Slaughter Coalition", "the Foreign Corrupt
 * Practices Act", "an Emmy for Outstanding Writing", "the Boston Massacre", "the host of the
 * Mark Savage radio show". An organisation, a law, an award, a named event or a
 * person is called what it is called; the reporter who names it judges nothing.
 *
 * Structure, not words: the draft's first word lies inside a proper name of two or more words
 * (doc.names, text/names.ts: a run of capitalised words in a trusted position), not as an
 * epithet before a person's first name or a party member ("Crooked Hillary", "a Marxist
 * Democrat": the author's label),
 * and the name does not open its sentence (a Title Case headline run into the text, "Senator
 * Slams Evil Plan", stays the author's). A word in capitals alone ("This is INSANE", "the Nazis") is emphasis or a label, and
 * a one-word name is no name here, so both stay flagged.
 *
 * A title's own capitalised article ("reported by The Daily ...", "his book The History of ...") is
 * looked past: the run is a headline's only when the article opens the sentence or follows a capital.
 *
 * Linear: the names and the loaded drafts are both in text order; one merge walk over them.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';
import { isFirstNameLower } from '../data/first-names';

/** Members of a party or a camp, after an epithet ("a Marxist Democrat"). */
const PARTY_MEMBERS = new Set([
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'liberal',
  'liberals',
  'tory',
  'tories',
]);
/** An article a title or a paper's name opens with ("The Daily ...", "A History of ..."). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** A word in capitals throughout is emphasis ("This is OUTRAGEOUS"), never taken as a name's word. */
const RE_ALL_CAPS = /^[A-Z][A-Z'\u2019-]+$/;

export function quietNameWords(doc: Doc, drafts: Draft[]): void {
  const names = doc.names;
  if (names.length === 0) return;
  let w = 0;
  let n = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language') {
      while (n < names.length && names[n].end <= d.start) n++;
      if (n < names.length && insideName(doc, d.start, n)) {
        doc.trace?.add('caveat', d.start, d.end, 'name-words/word-of-a-name');
        continue;
      }
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

/** The word at `at` is one word of name `n`, a name of two words or more that does not open its sentence. */
function insideName(doc: Doc, at: number, n: number): boolean {
  const name = doc.names[n];
  if (name.weak || name.start > at) return false;
  const words = doc.words.range(name.start, name.end);
  if (words.length < 2) return false;
  const own = words.find((t) => t.start === at);
  // The name's first word is an epithet put before a name ("Crooked Hillary", "a Marxist Democrat"),
  // the author's label; inside or at the end it is part of what the thing is called.
  if (!own || RE_ALL_CAPS.test(own.text) || (own === words[0] && namesPerson(words[1].norm))) return false;
  const from = name.prefix ? name.prefix.start : name.start;
  return !opensSentence(doc, from) && !afterCapital(doc, from);
}

/**
 * A capitalised word just before the name (across a quote mark): the name sits in a Title Case
 * run, a headline ("Senator Slams “Disgraceful Verdict”"), where every word is capitalised.
 */
function afterCapital(doc: Doc, at: number): boolean {
  const before = doc.words.range(Math.max(0, at - 40), at);
  const prev = before[before.length - 1];
  if (prev === undefined || !/^[A-Z]/.test(prev.text) || /[,(]/.test(doc.text.slice(prev.end, at))) return false;
  // Rule name-words/title-article: the title's own "The" ("reported by The Daily ...", "his book The
  // History of ..."): the run is Title Case only if "The" opens the sentence or follows a capital too.
  if (ARTICLES.has(prev.norm)) return opensSentence(doc, prev.start) || afterCapital(doc, prev.start);
  return true;
}

/** The word after an epithet that makes the name a person's or a party man's: "Crooked Hillary", "Marxist Democrat". */
function namesPerson(lower: string): boolean {
  return PARTY_MEMBERS.has(lower) || isFirstNameLower(lower);
}

/** Is `at` the first word of its sentence (only quote marks or brackets before it)? */
function opensSentence(doc: Doc, at: number): boolean {
  const { text } = doc;
  let k = at - 1;
  while (k >= 0 && /["'\u201c\u2018([\s]/.test(text[k])) {
    if (text[k] === '\n') return true;
    k--;
  }
  return k < 0 || /[.!?:;\u2026\u2014\u2013-]/.test(text[k]);
}
