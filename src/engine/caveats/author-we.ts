/**
 * The author's "we" (CheckThat subjectivity recall on unseen opinion writing, issue 16): the
 * writer speaking for a people or a side the reader shares, as the subject of a verb: "We
 * borrowed to win the war; we can borrow to rebuild.", "we must act", "we know it fails". Outside
 * quotation marks a "we" is the writer's own party, and what it can, must or knows is stated from a
 * side, not reported.
 * - author-we/we-subject: "we" (or "we'd") before a modal or a verb of knowing, wanting, hoping or
 *   fearing (after up to two adverbs: "we simply cannot"), the caveat from "we" to that word. What
 *   "we" did or are doing ("We planned a wreath", "we were banned", "we're losing") is the writer's
 *   story, left alone: a broader reading flagged two-word spans of narration on a reader's page.
 * Stays quiet: a sentence with a verb of saying (somebody's words) or a figure, a question
 * ("Are we to expect ...?": asked, not stated), "as we" ("as we reported", "as we have seen": the
 * writer pointing back), a newsroom's routine ("we contacted the ministry", "we reached the
 * owner"), a relative clause on a noun ("the rules we have"), a line with an unpaired quotation
 * mark (a quotation running over lines, the speaker's "we"), an interview transcript's turns and a
 * letter set out in the article (caveats/addressed-text.ts: the speaker's or the sender's "we"; an
 * open letter's "we" is lost with them), ignorance admitted ("We do not know why the plane crashed": a report), a forecast with
 * "will" (the certain-forecast rules' to judge), and quotations and
 * claim content (the speaker's "we").
 * Kind opinion.
 *
 * Linear: sentences without "we" are passed over by their bits; one pass over each one's words.
 */
import type { Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FUNCTION_WORDS } from '../data/caveat-words';
import { NEWSROOM_VERBS, WE_ADVERBS } from '../data/author-we';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { addressedRanges } from './addressed-text';
import { pushAuthorOpinion } from './sentence-words';
import { WE_FORMS, eachWriterSentence } from './writer-triggers';

const WE = new Set(WE_FORMS);
const NEWSROOM = new Set(NEWSROOM_VERBS);
const ADVERBS = new Set(WE_ADVERBS);
/** Verbs that are function words: "we are", "we have", "we can", "we must". */
const AUXILIARIES = new Set(
  'are were have had can cannot could should would must shall may might need do did'.split(' '),
);
/** Verbs after "we" that state the writer's side: a modal, or knowing, wanting, hoping, fearing. */
const STANCE_AFTER_WE = new Set(
  "can cannot could should would must shall may might need know knew believe want hope fear ought deserve do don't".split(
    ' ',
  ),
);
/** Before "(not) know": "we do not know", "we don't know", "we didn't know". */
const NEGATORS = new Set(['do', "don't", 'did', "didn't", 'cannot', "can't"]);
const REASON =
  'the author’s “we” (“we can borrow to rebuild”, “we are losing”): the writer speaking from a side, not reporting';

export function authorWe(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  let addressed: Range[] | null = null;
  eachWriterSentence(doc, false, (toks, s, anchors) => {
    for (const i of anchors) {
      const found = weSubject(text, toks, i);
      if (found === undefined) continue;
      // A question, or a line opening or closing a quotation: no "we" of it is the writer's. (Asked
      // only of a sentence with a stance "we": reading each sentence's line cost more than the rule.)
      if (/\?\W*$/.test(text.slice(s.start, s.end)) || unpairedLine(text, s.start)) return;
      // An interview's answer or a letter set out in the article: the speaker's or the sender's "we".
      addressed ??= addressedRanges(doc);
      if (addressed.some((r) => r.start <= s.start && s.end <= r.end)) return;
      pushAuthorOpinion(drafts, regions, toks, i, found, REASON, 'author-we/we-subject');
      return;
    }
  });
}

/** Longest reach, either side, of the search for the line holding a sentence. */
const REACH = 600;

/**
 * Does the line holding `pos` have an odd number of quotation marks? Then it opens or closes a
 * quotation running over lines ("“When we ...” / he said, or a wire's quote set off on its own
 * lines): the "we" may be the speaker's though no region covers it.
 */
function unpairedLine(text: string, pos: number): boolean {
  let a = pos;
  const aMin = Math.max(0, pos - REACH);
  while (a > aMin && text.charCodeAt(a - 1) !== 10) a--;
  const bMax = Math.min(text.length, pos + REACH);
  let marks = 0;
  for (let b = a; b < bMax; b++) {
    const c = text.charCodeAt(b);
    if (c === 10) break;
    if (c === 34 || c === 0x201c || c === 0x201d) marks++;
  }
  return marks % 2 === 1;
}

const isLowerWord = (text: string, t: Token | undefined) => !!t && /^\p{Ll}/u.test(text[t.start]);

/** Rule author-we/we-subject: the index of the verb after the "we" at `i`, or undefined. */
function weSubject(text: string, toks: readonly Token[], i: number): number | undefined {
  const we = toks[i];
  if (!WE.has(we.norm) || toks[i - 1]?.norm === 'as') return undefined;
  // "the rules we have", "the crimes we talked about": a relative clause on a noun, no stance taken.
  const before = toks[i - 1];
  if (
    before &&
    !FUNCTION_WORDS.has(before.norm) &&
    !/ly$/.test(before.norm) &&
    /^\s*$/.test(text.slice(before.end, we.start))
  )
    return undefined;
  // "we'd" is "we would"; "we're", "we've" narrate as often as they judge.
  if (we.norm !== 'we') return we.norm === "we'd" ? i : undefined;
  let j = i + 1;
  while (j < i + 3 && ADVERBS.has(toks[j]?.norm)) j++;
  const v = toks[j];
  if (!isLowerWord(text, v) || NEWSROOM.has(v.norm)) return undefined;
  if (FUNCTION_WORDS.has(v.norm) && !AUXILIARIES.has(v.norm)) return undefined;
  // What "we" can, must or know is the writer's side; what "we" did ("We planned to lay a wreath",
  // "we were banned") is the writer's story, told, not judged.
  if (!STANCE_AFTER_WE.has(v.norm) && !(v.norm === 'have' && toks[j + 1]?.norm === 'to')) return undefined;
  // "We do not know why ...", "we still don't know": ignorance admitted, a report, not a stance.
  if (NEGATORS.has(v.norm)) {
    let k = j + 1;
    while (k < j + 3 && (toks[k]?.norm === 'not' || ADVERBS.has(toks[k]?.norm))) k++;
    if (toks[k]?.norm === 'know') return undefined;
  }
  return j;
}
