/**
 * A label of authenticity the writer awards (CheckThat subjectivity recall class, issue 16):
 * "real", "true" or "genuine" before a noun of standing or conviction ("Real reformers would have
 * ...", "precious few true leaders") or of what matters ("The real scandal is ...", "genuine
 * reform"). The writer judges who deserves the name or which problem counts; a measure ("real
 * wages", "in real terms"), a kind ("a true story", "real estate") is no such verdict, and is left
 * out by its noun being absent from the lists (data/authentic-labels.ts). Outside quotations and
 * claim content, and not in a sentence with a verb of saying (somebody's reported ranking), kind
 * opinion; the caveat is the adjective and its noun.
 *
 * Linear: sentences without an adjective of authenticity are passed over by their bits.
 */
import type { Doc } from '../document';
import { AUTHENTIC_ADJECTIVES, AUTHENTIC_ISSUES, AUTHENTIC_PEOPLE } from '../data/authentic-labels';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, sentenceWordsOf, triggerClass } from './sentence-words';

const ADJECTIVE = triggerClass(AUTHENTIC_ADJECTIVES);
const ADJECTIVES = new Set(AUTHENTIC_ADJECTIVES);
const NOUNS = new Set([...AUTHENTIC_PEOPLE, ...AUTHENTIC_ISSUES]);

export function authenticLabels(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const held = sentenceWordsOf(doc).triggers;
  // A verb of saying anywhere in the sentence, by its words' ORed class bits (no set look-up per word).
  const classes = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & ADJECTIVE)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (classes[ix] & SAYING_WORDS) continue;
    for (let i = 0; i + 1 < toks.length; i++) {
      const adj = toks[i];
      const noun = toks[i + 1];
      if (!ADJECTIVES.has(adj.norm)) continue;
      if (!NOUNS.has(noun.norm) || !/^\s+$/.test(text.slice(adj.end, noun.start))) continue;
      // "True Leaders Party", "Real Change": a capitalised noun is a name.
      if (/^\p{Lu}/u.test(text[noun.start])) continue;
      if (regions.overlaps(adj.start, noun.end)) continue;
      drafts.push({
        start: adj.start,
        end: noun.end,
        kind: 'opinion',
        voice: 'author',
        reason:
          'a label of authenticity (“real leaders”, “the real scandal”): the author judges who or what deserves it',
        rules: ['authentic-labels/authentic-label'],
      });
      i++;
    }
  }
}
