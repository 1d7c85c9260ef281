/**
 * The writer's own puzzlement and credit (CheckThat subjectivity recall on unseen text, issue 16):
 * - first-person-frames/puzzlement: "I" or "we", a negation and a verb of understanding before a
 *   question word: "I have never understood why ...", "I fail to see how ...", "I still do not
 *   understand what ...". The writer's incomprehension is a verdict on what follows; "I understand
 *   the minister will resign" (the reporter's sourcing idiom) has no negation and stays quiet.
 * - first-person-frames/credit-aside: "to his credit", "to their shame" opening the sentence or set
 *   off by commas: "To their credit, the organisers refunded every ticket.", "The board, to its
 *   credit, published the audit." ("added to their credit card" is no aside.)
 * Outside quotations and claim content and not in a sentence with a verb of saying; kind opinion.
 *
 * Linear: sentences without one of the trigger words are passed over by their bits.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { CREDIT_NOUNS, PUZZLE_GLUE, PUZZLE_VERBS } from '../data/puzzlement';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { TAG_WORDS, eachTriggeredSentence, pushAuthorOpinion, triggerClass } from './sentence-words';

const VERBS = new Set(PUZZLE_VERBS);
const GLUE = new Set(PUZZLE_GLUE);
const CREDITS = new Set(CREDIT_NOUNS);
const SELVES = new Set(['i', 'we']);
const WH = new Set(['why', 'how', 'what', 'whether', 'where']);
const NEGATIONS = new Set(['not', 'never', 'cannot', 'fail', 'failed', 'hardly', 'no']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'your', 'my']);
const TRIGGER = triggerClass([...PUZZLE_VERBS, ...CREDIT_NOUNS]);
const REASON = {
  puzzle: 'the author’s own puzzlement (“I have never understood why ...”): a verdict on what follows',
  credit: 'the author’s credit or blame (“to their credit”): a judgement of the people named',
};

export function puzzlementAndCredit(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachTriggeredSentence(doc, TRIGGER, TAG_WORDS, (toks) => {
    const found = puzzlement(toks) ?? creditAside(text, toks);
    if (!found) return;
    const [from, to, why] = found;
    const rule = why === 'puzzle' ? 'puzzlement' : 'credit-aside';
    pushAuthorOpinion(drafts, regions, toks, from, to, REASON[why], `first-person-frames/${rule}`);
  });
}

type Found = [number, number, keyof typeof REASON];

/** Rule first-person-frames/puzzlement. */
function puzzlement(toks: readonly Token[]): Found | undefined {
  for (let i = 0; i < toks.length - 2; i++) {
    if (!SELVES.has(toks[i].norm)) continue;
    let negated = false;
    let k = i + 1;
    for (; k < toks.length && k <= i + 5 && GLUE.has(toks[k].norm); k++)
      if (NEGATIONS.has(toks[k].norm) || toks[k].norm.endsWith("n't")) negated = true;
    if (!negated || !VERBS.has(toks[k]?.norm) || !WH.has(toks[k + 1]?.norm)) continue;
    return [i, k + 1, 'puzzle'];
  }
  return undefined;
}

/** Rule first-person-frames/credit-aside: "to their credit," at the start or between commas. */
function creditAside(text: string, toks: readonly Token[]): Found | undefined {
  for (let i = 2; i < toks.length; i++) {
    if (!CREDITS.has(toks[i].norm)) continue;
    // "to his credit", "to the board's credit", "to the council's eternal credit".
    let k = i - 1;
    if (!POSSESSIVES.has(toks[k].norm) && !toks[k].norm.endsWith("'s") && k > 1) k--;
    if (!(POSSESSIVES.has(toks[k].norm) || toks[k].norm.endsWith("'s"))) continue;
    if (toks[k].norm.endsWith("'s") && toks[k - 1]?.norm === 'the') k--;
    const to = toks[k - 1];
    if (to?.norm !== 'to') continue;
    if (!/^\s*,/.test(text.slice(toks[i].end, toks[i].end + 3))) continue;
    const before = k - 1 === 0 ? '' : text.slice(toks[k - 2].end, to.start);
    if (k - 1 > 0 && !/,\s*$/.test(before) && !(k - 1 === 1 && /^(?:and|but|yet)$/.test(toks[0].norm))) continue;
    return [k - 1, i, 'credit'];
  }
  return undefined;
}
