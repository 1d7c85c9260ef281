/**
 * A connective that opens a sentence links it to the last one; it is not the author's comment
 * (precision on neutral reporting, PolNeAR dev news): "In fact, some senators were willing to
 * vote for it", "But in fact the plant closed a year early", "In short, the firm kept the
 * profitable mines". The same words set inside a predicate ("the plan is, in fact, a tax rise",
 * "and in fact may be fuelling it") insist on a point against a reading of it, and stay stance.
 *
 * Structure: an author-voice stance draft (author-voice/stance) whose words are a linking
 * connective (data/linking-connectives.ts) and that opens its sentence, or follows only a
 * sentence-opening "but", "and", "so" or "yet", or a semicolon. Any other cue in the sentence
 * still counts.
 *
 * Linear: per stance draft, one set lookup and a look back to its sentence start.
 */
import type { Doc } from '../document';
import { firstEndingAfter } from '../text/partition';
import { LINKING_CONNECTIVES } from '../data/linking-connectives';
import type { Draft } from './author-voice';
import { dropStanceDrafts } from './stance-filter';

const LINKING = new Set(LINKING_CONNECTIVES);
/** The longest connective, in characters. */
const MAX_LENGTH = 12;

export function quietLinkingConnectives(doc: Doc, drafts: Draft[]): void {
  dropStanceDrafts(
    doc,
    drafts,
    MAX_LENGTH,
    (words, d) => LINKING.has(words) && opensSentence(doc, d.start),
    'linking-connectives/sentence-link',
  );
}

/** First in its sentence (after opening marks), after a sentence-opening conjunction, or after a semicolon. */
function opensSentence(doc: Doc, at: number): boolean {
  const s = doc.sentences[firstEndingAfter(doc.sentences, at)];
  const start = s && s.start <= at ? s.start : 0;
  const before = doc.words.range(start, at);
  if (before.length === 0) return true;
  const gap = doc.text.slice(before[before.length - 1].end, at);
  if (gap.includes(';')) return true;
  return before.length === 1 && /^(but|and|so|yet)$/.test(before[0].norm) && !/[,:]/.test(gap);
}
