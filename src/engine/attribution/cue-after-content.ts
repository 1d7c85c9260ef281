/**
 * The cue rules for a cue after its content: "..., X said." (cue/cue-after-content, with its
 * medial form "The plan, X said, would fail") and "..., said X." (cue/said-name-after-content).
 */
import type { Range } from '../../schema/brief';
import { CLAUSE_CONTINUERS } from '../data/clause-words';
import { FINITE_VERBS, NP_STOP, PHRASE_PREPS, TIME } from '../data/speaker-words';
import { clauseEnd, firstContent, lastContentEnd, nextComma, onlyAdverbial } from './clause';
import { opensWithFrontedParticiple } from './fronted-participle';
import { asClauseCredit, isParentheticalAs } from './as-parenthetical';
import { collectVias } from './cue';
import { invertedNameEnd } from './inverted-name';
import { opensPredicate, restAfterCueClause, setMedialHead } from './medial-cue';
import { MAX_CONTENT_TOKENS, isCloseQuote } from './draft';
import { isDescriptive, speakerBefore } from './speaker-phrase';
import { endsAtClauseMark, isFrontedAdverbial } from './cue-pass-words';
import { draftOf, spanOf, type CueContext, type RuleResult } from './cue-context';
import { isCap, isQuoted, isWord, type Token } from './tokens';

export type SpeakerPhrase = NonNullable<ReturnType<typeof speakerBefore>>;

/**
 * Rule cue/cue-after-content: "..., X said." The clause before the speaker is the content, when
 * only time, place and channel words follow the cue ("Lenox was a juggernaut, Mr. Clarke said,
 * until it went bankrupt": the cue clause ends at its own comma). "Flynn, a top Trump surrogate,
 * said": the name before the appositive speaks.
 */
export function cueAfterContent(x: CueContext, np: SpeakerPhrase): RuleResult {
  const { t, after } = x;
  if (!endsAtClauseMark(t, np)) return undefined;
  // "The budget, Hale said, was balanced": a verb after the cue clause is the content's own (medial, below).
  if (t[after]?.text === ',' && opensPredicate(t, after + 1)) return undefined;
  // (Read only as far as a clause of 14 tokens: see clauseEnd.)
  let end = clauseEnd(t, after, 15);
  let rest = end.index >= t.length || t[end.index].text === ',';
  let goesOn: { from: number; to: number } | null = null;
  if (!(rest && onlyAdverbial(t, after, end.index))) {
    const c = nextComma(t, after, end.index);
    if (c >= 0 && CLAUSE_CONTINUERS.has(t[c + 1]?.lower ?? '') && onlyAdverbial(t, after, c)) {
      end = { index: c, offset: t[c].start };
      rest = true;
      goesOn = x.info.cls === 'say' ? restAfterCueClause(t, c) : null;
    }
  }
  if (!(rest && onlyAdverbial(t, after, end.index))) return undefined;
  let speaker: Range = spanOf(t, np.from, np.to);
  let b = np.boundary;
  if (t[b].text === ',' && isDescriptive(t, np)) {
    const name = speakerBefore(t, b);
    if (name && name.boundary >= 0 && (t[name.boundary].text === ',' || closesQuotation(t, name.boundary))) {
      speaker = spanOf(t, name.from, name.to);
      b = name.boundary;
    }
  }
  const cEnd = isCloseQuote(t[b].text) ? b : b - 1;
  const last = lastContentEnd(t, cEnd + 1);
  if (last < 0) return null;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  if (start > last) return null;
  // "As for the budget, the Ledger reported the following:": what was reported comes after the colon.
  if (introducesColon(t, after) && !hasFiniteVerb(t, start, last)) return undefined;
  // "Ana Ruiz, the mayor's daughter, noted the rule": a bare name before an appositive is the subject it describes.
  if (t[b].text === ',' && isDescriptive(t, np) && isBareName(t, start, last)) return undefined;
  // "Lamenting the delays, commuters wrote to the council": the participle phrase is cited, not said (cue/fronted-participle).
  if (start <= 1 && opensWithFrontedParticiple(t, start)) return null;
  // "Asked whether the pier was safe, Ann Lee said nothing": the question put to the speaker is not her answer.
  if (start <= 1 && isQuestionPut(t, start)) return undefined;
  // "In 1764, Messier added M31 to his catalog": a fronted time or place is not what was said.
  // Then the cue's own clause may still report ("On Monday, officials denied the report": subject-before-cue).
  if (isFrontedAdverbial(t, start, last)) return undefined;
  if (isParentheticalAs(t, np.boundary)) {
    const credit = asClauseCredit(t, np.boundary, x.i, x.info.lemma, start, last);
    if (credit !== 'credit') return credit === 'none' ? null : undefined;
  }
  const content = { start: t[start].start, end: t[last].end };
  const vias = collectVias(t, after, end.index);
  if (!goesOn) return draftOf(x, 'cue/cue-after-content', content, speaker, vias);
  // One statement around its cue clause: the head, then the rest (continuation.ts links them).
  setMedialHead(draftOf(x, 'cue/medial-cue', content, speaker, vias));
  return draftOf(x, 'cue/medial-cue-rest', spanOf(t, goesOn.from, goesOn.to), speaker, vias);
}

/** Rule cue/said-name-after-content: "..., said X." ("said Victor Cha, who ..." names someone; "said Ivanka Trump's statement didn't ..." is a clause). */
export function invertedCueAfterContent(x: CueContext): RuleResult {
  const { t, i, info, after } = x;
  if (!(i > 0 && t[i - 1].text === ',' && (info.cls === 'say' || info.cls === 'weak'))) return undefined;
  // "The memo, drafted in March, warned of delays": a preposition after the cue opens no name (see also invertedNameEnd).
  if (after < t.length && isWord(t[after]) && !isCap(t[after]) && PHRASE_PREPS.has(t[after].lower)) return undefined;
  if (isRelativeAsideBeforeCue(t, i)) return undefined;
  let e = invertedNameEnd(t, after, i);
  if (e < 0) return undefined;
  // A word after the name that is no time, subordinator or verb opens more of its clause; a
  // verb makes the name the said clause's subject ("..., said the mayor was ill").
  const next = e < t.length && isWord(t[e]) ? t[e].lower : null;
  if (e - after >= 7 || (next && ((!TIME.has(next) && !NP_STOP.has(next)) || FINITE_VERBS.has(next)))) e = after;
  const end = clauseEnd(t, e);
  const appositive = e < t.length && t[e].text === ',';
  const closes = end.index >= t.length || t[end.index].text === ',';
  if (!(e > after && closes && (appositive || onlyAdverbial(t, e, end.index)))) return undefined;
  const last = lastContentEnd(t, i - 1);
  if (last < 0) return undefined;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  const content = { start: t[start].start, end: t[last].end };
  return draftOf(x, 'cue/said-name-after-content', content, spanOf(t, after, e), collectVias(t, e, end.index));
}

/**
 * Rule cue/relative-aside-subject (a rejection of the inverted reading): "Ann Lee, who is running
 * for mayor, said the plan fails": the words before the cue's comma are a relative clause set off
 * after the subject (", who ...,"), so the cue is the subject's verb and what follows it is what was
 * said, not a speaker after the cue ("the plan fails" had spoken "Ann Lee, who is running for mayor").
 */
function isRelativeAsideBeforeCue(t: Token[], i: number): boolean {
  for (let k = i - 2; k > 0 && i - k <= 16; k--) {
    const w = t[k];
    if (w.text === ',') return k > 0 && isWord(t[k - 1]) && (t[k + 1]?.lower === 'who' || t[k + 1]?.lower === 'which');
    if (!isWord(w) || isQuoted(w)) return false;
  }
  return false;
}

/** Are tokens from..last all capitalised words (a name and nothing else: "Ana Ruiz")? */
function isBareName(t: Token[], from: number, last: number): boolean {
  if (last - from > 4) return false;
  for (let k = from; k <= last; k++) if (!isWord(t[k]) || !isCap(t[k])) return false;
  return true;
}

/**
 * A closing quotation mark at k, not a plural possessive's apostrophe ("his predecessors' legacies,
 * The Times reports" had made "legacies" the speaker, read as a quotation's last word).
 */
function closesQuotation(t: readonly Token[], k: number): boolean {
  if (!isCloseQuote(t[k].text)) return false;
  const before = t[k - 1];
  return !(t[k].text === "'" && before !== undefined && before.end === t[k].start && before.lower.endsWith('s'));
}

/**
 * Rule cue/colon-after-cue (a rejection of the content before the speaker): the cue is followed by
 * a colon, directly or after "the following", "this" or "as follows" ("First, the Ledger reports:",
 * "As for the budget, the Ledger reported the following:"), and the words before the speaker have no
 * verb of a clause: they are a fronted adverbial, and what was reported comes after the colon.
 */
function introducesColon(t: readonly Token[], after: number): boolean {
  let k = after;
  if (t[k]?.lower === 'the' && t[k + 1]?.lower === 'following') k += 2;
  else if (t[k]?.lower === 'this' || t[k]?.lower === 'these') k += 1;
  else if (t[k]?.lower === 'as' && t[k + 1]?.lower === 'follows') k += 2;
  return t[k]?.text === ':';
}

/**
 * Does t[from..to] hold a finite auxiliary (a clause, not a fronted phrase)? Not AUX, whose adverbs
 * ("first", "also", "then") may open a fronted phrase: "First, Politico reports:" had reported "First".
 */
function hasFiniteVerb(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isWord(t[k]) && FINITE_VERBS.has(t[k].lower)) return true;
  return false;
}

/** Participles that open the question put to a speaker ("Asked whether ...", "When pressed on ..."). */
const QUESTION_PUT: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'quizzed']);

/**
 * Rule cue/question-put (a rejection): a cue inside a fronted question put to the speaker ("Asked
 * if the mayor had informed him whether ..., Lee said ...") reports nothing: what follows it is the question.
 */
export function cueInQuestionPut(t: Token[], i: number): boolean {
  if (i > QUESTION_REACH || !isQuestionPut(t, 0)) return false;
  // Inside the question's own clause ("if ...", "how ..."): before its comma, after its opener
  // ("When asked for proof Harding says ...": no opener, and a comma may be missing).
  let opened = false;
  const after = t[0].lower === 'when' ? 2 : 1;
  for (let k = 1; k < i; k++) {
    if (t[k].text === ',') return false;
    if (k >= after && QUESTION_OPENERS.has(t[k].lower)) opened = true;
  }
  return opened;
}

/** The longest question put read before a cue, in tokens (a run-on sentence stays linear). */
const QUESTION_REACH = 40;

/** Words that open the clause of a question put ("asked if ...", "asked how ..."). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'if',
  'whether',
  'why',
  'how',
  'what',
  'who',
  'when',
  'where',
  'which',
]);

/** Does the fronted clause at t[start] put a question to the speaker ("Asked about ...", "When asked whether ...")? */
export function isQuestionPut(t: Token[], start: number): boolean {
  const k = t[start]?.lower === 'when' ? start + 1 : start;
  return QUESTION_PUT.has(t[k]?.lower ?? '');
}
