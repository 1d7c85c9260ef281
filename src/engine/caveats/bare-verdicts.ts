/**
 * Bare verdicts (CheckThat subjectivity recall on unseen opinion writing, issue 16): a predication
 * whose head is an adjective of judgement that no lexicon lists, because news uses it in other
 * senses ("a simple majority", "real estate"), closing its clause: "The explanation is simple.",
 * "But the risk is real.", "The levy is not good for the harbour.", "This is a respectable view."
 * - bare-verdicts/closing-adjective: a copula ("is", "are", "was", "were"), up to three degree
 *   words ("not", "so", "all too"), an adjective of data/bare-verdicts.ts, then the clause's end
 *   (a full stop, a comma, a semicolon, a dash) or "for" ("not good for the harbour"); or a copula,
 *   "a"/"an", the adjective and one noun closing the clause. The caveat runs from the copula to
 *   the adjective (or the noun).
 * - bare-verdicts/deontic-extraposed: "it", a copula ("is", "was", "will be", "remains"), up to
 *   three degree words and an adjective of what must be done (data/bare-verdicts.ts: "imperative",
 *   "essential", "vital") before "to", "that" or "for": "It is imperative to cut the levy.", "It is
 *   vital that the council acts." The writer prescribes; the caveat runs from "it" to the word after.
 * Stays quiet: the adjective before a noun that goes on ("is a simple majority of the board"),
 *   before "to" ("it is good to see": another shape), "real estate", a sentence with a figure or a
 *   verb of saying, and quotations and claim content.
 * Kind opinion.
 *
 * Linear: sentences without a trigger word are passed over by their bits; a look at five words
 * before each adjective.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FUNCTION_WORDS } from '../data/caveat-words';
import { DEONTIC_ADJECTIVES, VERDICT_ADJECTIVES, VERDICT_DEGREES } from '../data/bare-verdicts';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { pushAuthorOpinion } from './sentence-words';
import { eachWriterSentence } from './writer-triggers';

const ADJECTIVES = new Set(VERDICT_ADJECTIVES);
const DEGREES = new Set(VERDICT_DEGREES);
const DEONTIC = new Set(DEONTIC_ADJECTIVES);
const EXTRAPOSED_COPULAS = new Set(['is', 'was', 'will', 'would', 'be', 'remains', 'becomes']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", "it's", "that's"]);
const DEONTIC_REASON =
  'what must be done, said by an extraposed “it” (“it is imperative to ...”): the writer’s prescription';
const REASON = 'a verdict closing its clause (“the explanation is simple”, “the risk is real”): the writer’s judgement';

export function bareVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachWriterSentence(doc, false, (toks, _s, anchors) => {
    for (const i of anchors) {
      if (i < 1) continue;
      const found = closingAdjective(text, toks, i);
      if (found) {
        pushAuthorOpinion(drafts, regions, toks, found[0], found[1], REASON, 'bare-verdicts/closing-adjective');
        return;
      }
      const it = deonticExtraposed(toks, i);
      if (it !== undefined) {
        pushAuthorOpinion(drafts, regions, toks, it, i + 1, DEONTIC_REASON, 'bare-verdicts/deontic-extraposed');
        return;
      }
    }
  });
}

/** Does the clause end after token `t`: punctuation before the next word, or no next word? */
function closes(text: string, t: Token, next: Token | undefined): boolean {
  if (!next) return true;
  return /[.,;:!\u2014\u2013]|\s-\s/.test(text.slice(t.end, next.start));
}

/** Rule bare-verdicts/closing-adjective: [copula, end] token indexes for the adjective at `i`. */
function closingAdjective(text: string, toks: readonly Token[], i: number): [number, number] | undefined {
  const adj = toks[i];
  if (!ADJECTIVES.has(adj.norm) || !/^\p{Ll}/u.test(text[adj.start])) return undefined;
  const next = toks[i + 1];
  let last = i;
  let k = i - 1;
  if (toks[k].norm === 'a' || toks[k].norm === 'an') {
    // "is a respectable view.": the article, the adjective and one noun closing the clause.
    if (!next || FUNCTION_WORDS.has(next.norm) || !/^\p{Ll}/u.test(text[next.start])) return undefined;
    if (!closes(text, next, toks[i + 2])) return undefined;
    last = i + 1;
    k--;
  } else if (!closes(text, adj, next) && next?.norm !== 'for') return undefined;
  while (k >= 0 && k >= i - 5 && DEGREES.has(toks[k].norm)) k--;
  if (k < 0 || !COPULAS.has(toks[k].norm)) return undefined;
  return [k, last];
}

/** Rule bare-verdicts/deontic-extraposed: the index of "it" before the deontic adjective at `i`. */
function deonticExtraposed(toks: readonly Token[], i: number): number | undefined {
  if (!DEONTIC.has(toks[i].norm)) return undefined;
  const next = toks[i + 1]?.norm;
  if (next !== 'to' && next !== 'that' && next !== 'for' && next !== 'upon' && next !== 'on') return undefined;
  let k = i - 1;
  while (k > 0 && k >= i - 4 && DEGREES.has(toks[k].norm)) k--;
  if (toks[k]?.norm === "it's") return k;
  if (!EXTRAPOSED_COPULAS.has(toks[k]?.norm)) return undefined;
  if (toks[k].norm === 'be' && (toks[k - 1]?.norm === 'will' || toks[k - 1]?.norm === 'would')) k--;
  return toks[k - 1]?.norm === 'it' ? k - 1 : undefined;
}
