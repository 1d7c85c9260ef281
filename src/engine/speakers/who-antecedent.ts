/**
 * The antecedent of a speaking relative "who" (issue 16, speakers): the phrase right before it
 * ("Senate investigators, who said", "ICE officials, who say"), or the name before an apposition
 * ("Keith Vaz, chairman of the committee, who had called"), never a name elsewhere in the
 * sentence or a speaker carried on from an earlier claim (PTC train: "the woman who had bragged"
 * went to the president named before, "Democrats on Capitol Hill, who have argued" to the last
 * person quoted). Null when nothing stands right before it: the speaker is then left unnamed.
 * "X is a liar and a coward who" (a predicate nominal) is left to the pronoun rules.
 */
import type { Range } from '../../schema/brief';
import type { NameSpan } from '../text/names';
import { firstStartingAt } from '../text/partition';
import { speakerBefore } from '../attribution/speaker-phrase';
import type { TokenStream } from '../attribution/token-stream';
import { isFinal } from '../attribution/draft';
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';
import { isDigit, isVerbLike } from '../attribution/cue';
import { isPredicateNominal } from './predicate-relative';
import { actorAt, type Mentions } from '../attribution/actor-mentions';
import { REACTION_NOUNS } from '../data/reaction-nouns';

/** How far back before "who" its antecedent and an apposition are looked for, in characters. */
const REACH = 160;

/** The name ending at `end` (a binary search: names are sorted by start), or null. */
function nameEndingAt(names: readonly NameSpan[], end: number): NameSpan | null {
  for (let k = firstStartingAt(names, end) - 1; k >= 0 && k >= firstStartingAt(names, end) - 4; k--)
    if (names[k].end === end && !names[k].possessive) return names[k];
  return null;
}

/** Words that open no apposition: ", according to X, who", ", in Dover, who", ", and X, who". */
const NOT_APPOSITION: ReadonlySet<string> = new Set([
  'according',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'of',
  'to',
  'after',
  'before',
  'during',
  'including',
  'like',
  'such',
  'and',
  'or',
  'but',
  'which',
  'who',
  'where',
  'when',
  'as',
  'while',
  'because',
  'if',
  'than',
]);

/** The longest apposition between a name and ", who", in tokens. */
const APPOSITION_TOKENS = 20;

/** "Keith Vaz, chairman of the committee, who": the name before the apposition ending at t[k], or null. */
function nameBeforeApposition(t: readonly Token[], k: number, names: readonly NameSpan[]): NameSpan | null {
  for (let c = k - 1; c > 0 && k - c <= APPOSITION_TOKENS; c--) {
    const w = t[c];
    if (isQuoted(w) || isFinal(w.text) || w.text === ';' || w.text === '(' || w.text === ')') return null;
    if (w.text !== ',') continue;
    const first = t[c + 1];
    if (!isDigit(first.text.charCodeAt(0)) && (!isWord(first) || NOT_APPOSITION.has(first.lower))) return null;
    if (isVerbLike(first.lower)) return null;
    return nameEndingAt(names, t[c - 1].end);
  }
  return null;
}

/** Words after which a name is a post-modifier of the phrase before it. */
const POSTMODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'from']);

/** Is the token before the one starting at `start` a lower-case preposition? */
function afterPreposition(t: readonly Token[], start: number): boolean {
  let k = t.length - 1;
  while (k > 0 && t[k].start > start) k--;
  const w = k > 0 && t[k].start === start ? t[k - 1] : null;
  return !!w && isWord(w) && !isCap(w) && POSTMODIFIER_PREPOSITIONS.has(w.lower);
}

/**
 * "X is a liar and a bully who has pledged": "who" takes up the sentence's subject (speakers/
 * predicate-relative.ts), which the pronoun rules find; not this phrase.
 */
export function isPredicateWho(stream: TokenStream, at: number): boolean {
  const t = stream.range(Math.max(0, at - REACH), at);
  return t.length > 0 && isPredicateNominal(t, t.length - 1, 0);
}

/** The antecedent's span for the "who" starting at `at`, or null. */
export function whoAntecedent(
  stream: TokenStream,
  at: number,
  names: readonly NameSpan[],
  mentions: Mentions,
): Range | null {
  const t = stream.range(Math.max(0, at - REACH), at);
  let k = t.length - 1;
  const comma = k >= 0 && t[k].text === ',';
  if (comma) k--;
  // "Sen. Ada Byrne (D-Md.), who": a short bracket after the name (party and state) is no part of it.
  k = beforeBracket(t, k);
  if (k < 0 || isQuoted(t[k]) || !isWord(t[k])) return null;
  // A person named right before "who" is its antecedent ("..., Patti LaBelle and Stevie Wonder, who");
  // another name there may end an apposition ("Keith Vaz, chairman of the committee, who").
  let direct = nameEndingAt(names, t[k].end);
  const person = direct !== null && actorAt(mentions, direct)?.type === 'person';
  // "Democrats on Capitol Hill, who": a place or body after a preposition ends the phrase, it does
  // not head it ("meeting with Cruz, who" is Cruz).
  const modifier = direct !== null && !person && afterPreposition(t, direct.start);
  if (modifier) direct = null;
  const name = (comma && !person ? nameBeforeApposition(t, k, names) : null) ?? direct;
  if (name) return { start: name.start, end: name.end };
  const np = speakerBefore(t, k + 1);
  if (!np) return null;
  // "drew outrage from residents, who said": the "from" object of a reaction noun reacted.
  const from = reactionFrom(t, np.from, k);
  if (from > 0) return { start: t[from].start, end: t[k].end };
  let end = np.to - 1;
  if (modifier) while (end > np.from && !(isWord(t[end]) && POSTMODIFIER_PREPOSITIONS.has(t[end].lower))) end--;
  if (modifier && end > np.from) end--;
  return { start: t[np.from].start, end: t[end].end };
}

/** The longest bracket skipped before ", who" ("(D-Md.)", "(R)"), in tokens. */
const BRACKET_TOKENS = 8;

/** The index before a short bracket that closes at t[k], or k when none does. */
function beforeBracket(t: readonly Token[], k: number): number {
  if (k < 0 || t[k].text !== ')') return k;
  for (let c = k - 1; c >= 0 && k - c <= BRACKET_TOKENS; c--) {
    if (t[c].text === '(') return c - 1;
    if (isFinal(t[c].text) && t[c].text !== '.') return k;
  }
  return k;
}

const REACTIONS: ReadonlySet<string> = new Set(REACTION_NOUNS);

/**
 * Rule speakers/reaction-from-object: "criticism from the dockworkers' union, who", "praise from
 * residents, who": the index of the first word after "from" when a reaction noun stands right
 * before it in the phrase t[start..k], else -1.
 */
function reactionFrom(t: readonly Token[], start: number, k: number): number {
  for (let c = Math.max(start, 1); c < k; c++)
    if (t[c].lower === 'from' && isWord(t[c - 1]) && REACTIONS.has(t[c - 1].lower)) return c + 1;
  return -1;
}
