/**
 * Cues that count only beside a quotation (issue 16, recall): voicing verbs ("“...,” she yells",
 * "Blige sings to the crowd, “...”"), -ing forms of cue verbs the cue table leaves out as nouns
 * ("... asking, “Why ...?”"), and a light verb with a noun of saying before a colon ("Sanders made
 * the following comment:"). The quotation pass asks this after `cueAt`.
 */
import { CUES, type CueInfo } from '../data/cues';
import {
  QUOTE_SIDE_LIGHT_VERBS,
  QUOTE_SIDE_NOUNS,
  QUOTE_SIDE_VERBS,
  READ_DOCUMENT_NOUNS,
} from '../data/quote-side-cues';
import { cueAt } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

const QUOTE_INFO: ReadonlyMap<string, CueInfo> = new Map(
  [...new Set(QUOTE_SIDE_VERBS.values())].map((lemma) => [
    lemma,
    CUES.get(lemma) ?? { lemma, cls: 'quote', participle: false, base: false },
  ]),
);
const LIGHT_INFO: CueInfo = { lemma: 'make', cls: 'quote', participle: false, base: false };
const READ_INFO: CueInfo = { lemma: 'read', cls: 'quote', participle: false, base: false };
/** How far the document noun may stand after an inverted "read" ("read a short statement"). */
const READ_WINDOW = 3;
/** How far the noun may stand after the light verb ("made the following brief comment"). */
const NOUN_WINDOW = 4;

/** The cue at token c next to a quotation: a cue of the table, else a quotation-side verb or light-verb phrase. */
export function cueNextToQuote(t: Token[], c: number): { info: CueInfo; words: number; text: string } | null {
  const cue = cueAt(t, c);
  if (cue) return cue;
  const w = t[c];
  if (!w || !isWord(w) || isQuoted(w) || isCap(w)) return null;
  const lemma = QUOTE_SIDE_VERBS.get(w.lower);
  if (lemma) return { info: QUOTE_INFO.get(lemma)!, words: 1, text: w.text };
  if ((w.lower === 'read' || w.lower === 'reads') && readsDocument(t, c))
    return { info: READ_INFO, words: 1, text: w.text };
  if (!QUOTE_SIDE_LIGHT_VERBS.has(w.lower)) return null;
  // "made the following comment:": the noun, then the colon.
  for (let n = c + 1; n < t.length && n - c <= NOUN_WINDOW; n++) {
    if (!isWord(t[n])) return null;
    // (The colon, or the end of a stretch that stops before it.)
    if (QUOTE_SIDE_NOUNS.has(t[n].lower))
      return n + 1 === t.length || t[n + 1].text === ':' ? { info: LIGHT_INFO, words: 1, text: w.text } : null;
  }
  return null;
}

/** "the letter read", "read a statement from ...": a written thing is the subject of "read" at c, right before it or a few words after it. */
function readsDocument(t: Token[], c: number): boolean {
  if (c > 0 && READ_DOCUMENT_NOUNS.has(t[c - 1].lower)) return true;
  for (let n = c + 1; n < t.length && n - c <= READ_WINDOW; n++) {
    if (!isWord(t[n])) return false;
    if (READ_DOCUMENT_NOUNS.has(t[n].lower)) return true;
  }
  return false;
}
