/**
 * A clause under a named viewpoint is that person's view, not the author's (issue 16, precision
 * on objective sentences): "In Brown's view, the economy will probably recover next year", "In
 * the eyes of many farmers, the scheme is a betrayal", "In her account, the guards seemed
 * nervous". The opening adjunct attributes what follows as "according to" does; the reporter
 * states whose view it is and takes no side. Guesses, hedges and opinions after it are dropped;
 * charged words stay visible as the holder's (voice `attributed`).
 *
 * Structure: the sentence opens with "In", a possessive ("Brown's", "the minister's", "her") or
 * "the ... of <holder>", and a noun of viewpoint or account (data/news-senses.ts VIEW_NOUNS),
 * closed by a comma; only drafts after that comma, in the same sentence, are touched. "For X,"
 * and "To X," are left alone: "For Google, the fine is likely small" is the author's own guess.
 *
 * Linear: per draft, a binary search for its sentence and a look at the sentence's first words,
 * once per sentence.
 */
import type { Doc } from '../document';
import { VIEW_NOUNS } from '../data/news-senses';
import { firstEndingAfter } from '../text/partition';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import { loadedReason } from './cue-rules';

const VIEWS = new Set(VIEW_NOUNS);
/** Another's view; "In my view" and "in our view" are the author's own. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const RE_POSSESSIVE = /^[^\s]+['\u2019]s?$/;
/** Words from "In" to the noun of viewpoint ("In the former finance minister's view"). */
const HOLDER_MAX = 6;
const QUIETED = new Set(['opinion', 'speculation', 'hedge']);

export function quietViewpointFrames(doc: Doc, drafts: Draft[]): void {
  let ix = -1;
  let frameEnd = -1;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && (QUIETED.has(d.kind) || d.kind === 'loaded-language')) {
      const at = firstEndingAfter(doc.sentences, d.start);
      if (at < doc.sentences.length && doc.sentences[at].start <= d.start) {
        if (at !== ix) {
          ix = at;
          frameEnd = viewpointFrameEnd(doc, at);
        }
        if (frameEnd >= 0 && d.start >= frameEnd) {
          doc.trace?.add('caveat', d.start, d.end, 'viewpoint-frames/holder-view');
          if (d.kind !== 'loaded-language') continue;
          d.voice = 'attributed';
          d.reason = loadedReason(true);
        }
      }
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

/** Where the sentence's opening "In <holder>'s view," ends (after its comma), or -1. */
function viewpointFrameEnd(doc: Doc, ix: number): number {
  const s = doc.sentences[ix];
  const toks = doc.words.sentence(ix, s.start, s.end);
  if (toks.length < 4 || toks[0].norm !== 'in') return -1;
  for (let k = 1; k < toks.length - 1 && k <= HOLDER_MAX; k++) {
    if (!VIEWS.has(toks[k].norm)) continue;
    if (!holderBefore(toks, k) && !(toks[k - 1].norm === 'the' && toks[k + 1].norm === 'of')) return -1;
    // The comma that closes the adjunct: straight after the noun, or after "of <holder>".
    for (let m = k; m < toks.length - 1 && m <= k + HOLDER_MAX; m++) {
      const gap = doc.text.slice(toks[m].end, toks[m + 1].start);
      if (gap.includes(',')) return toks[m].end;
      if (/[.;:!?\u2014]/.test(gap)) return -1;
    }
    return -1;
  }
  return -1;
}

/** "Brown's view", "her view", "the minister's view": a possessive just before the noun. */
function holderBefore(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  return POSSESSIVE_PRONOUNS.has(prev.norm) || (k > 1 && RE_POSSESSIVE.test(prev.text) && /['\u2019]/.test(prev.text));
}
