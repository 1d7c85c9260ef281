/**
 * The author addressing the reader (issue 16, subjectivity on unseen text; word lists in
 * data/reader-address.ts), outside quotations and claim content:
 * - a reflexive order opening a sentence: "Ask yourself who pays", "So brace yourselves";
 * - an order to imagine or weigh opening a sentence: "Picture the scene", "Consider the cost";
 * - the reader's supposed thought: "You might wonder why ...", "you would be forgiven for ...";
 * - reader-address/unseen: what the reader is told is missing, a negated "you" and a verb of
 *   perception: "You didn't see him act when ...", "You won't read about it in the papers", "You
 *   never hear them admit it". After "if", "when", "unless" it is a condition or an instruction ("If
 *   you don't see the comet, look for ...") and stays quiet.
 * A transcript turn ("MINISTER: Ask yourself ...") is its speaker's, and so is a letter the article
 * prints (caveats/printed-letters.ts). Each caveat runs from its cue to the end of the clause.
 *
 * Linear: sentences without one of the cue words are passed over unread; one look at a sentence's
 * first words and one pass over its words for "you".
 */
import type { Doc } from '../document';
import {
  READER_CONDITIONS,
  READER_MODALS,
  READER_NEGATIONS,
  READER_ORDERS,
  READER_REFLEXIVES,
  READER_THOUGHTS,
  READER_UNSEEN_VERBS,
} from '../data/reader-address';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { VERDICT_BREAK, isLower, verdictClauseEnd } from './clauses';
import { longestWords, sentenceWordsOf, triggerClass } from './sentence-words';

const REFLEXIVES = new Set(READER_REFLEXIVES);
const ORDERS = READER_ORDERS.map((o) => o.split(' '));
const MODALS = new Set(READER_MODALS);
const THOUGHTS = READER_THOUGHTS.map((t) => t.split(' '));
const UNSEEN = new Set(READER_UNSEEN_VERBS);
const NEGATIONS = new Set(READER_NEGATIONS);
const CONDITIONS = new Set(READER_CONDITIONS.map((c) => c.split(' ').pop() as string));
/** Words that may open a sentence before the order: "So ask yourself ...", "Now picture ...". */
const LEAD = new Set(['so', 'and', 'but', 'now', 'just', 'please', 'then', 'instead']);
/** "you'd wonder": subject and modal in one word. */
const FUSED_YOU = new Set(["you'd"]);
const CUE_WORD = triggerClass([...READER_REFLEXIVES, ...longestWords(READER_ORDERS), 'you', ...FUSED_YOU]);
/** A transcript turn: the line opens with a speaker's label in capitals and a colon ("MINISTER:", "Q:"). */
const TURN = /^[ \t]*[A-Z][A-Z.' -]{0,40}:/;

const matchAt = (toks: Token[], i: number, words: string[]) => words.every((w, k) => toks[i + k]?.norm === w);
const breakBetween = (text: string, a: Token, b: Token) => VERDICT_BREAK.test(text.slice(a.end, b.start));

/** Where the line holding `pos` starts. */
const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;

/** The cue at the sentence start: a reflexive order or an order to imagine. */
function openingOrder(text: string, toks: Token[], lead: number): Token | null {
  const verb = toks[lead];
  const next = toks[lead + 1];
  if (!verb || !next || breakBetween(text, verb, next)) return null;
  // "Ask yourself": a bare verb (no -s or -ed: "Smith prides himself" is not an order).
  // "Defend Yourself" in capitals is a heading, not an order in a sentence.
  if (
    REFLEXIVES.has(next.norm) &&
    isLower(text, next) &&
    /^\p{L}+$/u.test(verb.norm) &&
    !/(?:ed|[^s]s)$/.test(verb.norm)
  )
    return next;
  for (const o of ORDERS) {
    if (!matchAt(toks, lead, o)) continue;
    const after = toks[lead + o.length];
    // "Picture the scene": a lower-case object follows ("Imagine Dragons played" is a name).
    if (after && isLower(text, after) && !breakBetween(text, toks[lead + o.length - 1], after))
      return toks[lead + o.length - 1];
  }
  return null;
}

/** Rule reader-address/unseen: "You didn't see ...", "you will not read about ...": the cue's first and last word. */
function unseen(text: string, toks: Token[]): [Token, Token] | null {
  for (let i = 0; i < toks.length - 2; i++) {
    if (toks[i].norm !== 'you') continue;
    let k = i + 1;
    let negated = false;
    for (; k < toks.length && k <= i + 3 && NEGATIONS.has(toks[k].norm); k++)
      if (toks[k].norm !== 'will' && toks[k].norm !== 'do' && toks[k].norm !== 'did') negated = true;
    if (!negated || !UNSEEN.has(toks[k]?.norm ?? '')) continue;
    // A condition or an instruction: "If you don't see the comet", "when you never hear back".
    let conditional = false;
    for (let m = i - 1; m >= 0 && i - m <= 4 && !breakBetween(text, toks[m], toks[m + 1]); m--)
      if (CONDITIONS.has(toks[m].norm)) conditional = true;
    if (!conditional) return [toks[i], toks[k]];
  }
  return null;
}

/** "You might wonder", "you'd be forgiven": the cue's first and last word. */
function supposedThought(toks: Token[]): [Token, Token] | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let k: number;
    if (t.norm === 'you' && MODALS.has(toks[i + 1]?.norm ?? '')) k = i + 2;
    else if (FUSED_YOU.has(t.norm)) k = i + 1;
    else continue;
    if (toks[k]?.norm === 'well' || toks[k]?.norm === 'only') k++;
    const thought = THOUGHTS.find((w) => matchAt(toks, k, w));
    if (thought) return [t, toks[k + thought.length - 1]];
  }
  return null;
}

export function readerAddress(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const words = sentenceWordsOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(words.triggers[ix] & CUE_WORD)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (toks.length < 2) continue;
    const line = lineStart(text, s.start);
    if (TURN.test(text.slice(line, Math.min(text.length, line + 48)))) continue;
    let lead = 0;
    while (lead < toks.length - 2 && lead < 2 && LEAD.has(toks[lead].norm)) lead++;
    const order = openingOrder(text, toks, lead);
    let from: Token | null = null;
    let to: Token | null = null;
    let rule = 'reader-address/reader-address';
    if (order) {
      from = toks[lead];
      to = order;
    } else {
      const thought = supposedThought(toks);
      if (thought) [from, to] = thought;
      else {
        const missing = unseen(text, toks);
        if (missing) [from, to, rule] = [...missing, 'reader-address/unseen'];
      }
    }
    if (!from || !to) continue;
    const end = Math.max(to.end, verdictClauseEnd(text, to.end, s.end));
    if (regions.overlaps(from.start, end)) continue;
    drafts.push({
      start: from.start,
      end,
      kind: 'opinion',
      voice: 'author',
      reason: 'the author addresses the reader: a call, not a report',
      rules: [rule],
    });
  }
}
