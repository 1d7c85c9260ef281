/**
 * Rule cue/quoted-label: a quotation that is the label a verb gives its object ("The union called
 * the offer “an insult”", "Critics described it as “reckless.”", "the levy, which Mayor Lee has
 * called “a gift to the banks,” passed"): the speaker is the verb's subject, the content the
 * object with its quoted label, ending where the quotation closes. Read as a cue with a sentence
 * after it, the content ran on past the quotation into the words of the clause around it ("“a
 * disaster,” passed anyway"), and a subject before an appositive was lost to the words before it.
 */
import { AS_PREDICATE_VERBS } from '../data/as-predicate-verbs';
import { NAMING_VERBS } from '../data/naming-verbs';
import { activeLabelVerb, isObjectWord, labelSubject, opensGap } from './as-predicate';
import { isCloseQuote, isFinal, isOpenQuote, mk, NO_VIAS, type Draft, type Sent } from './draft';
import { AUX, DETERMINERS, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isAdverb } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** The longest object between the verb and its label. */
const MAX_OBJECT = 10;
/** Words after a label that go on with the subject's words ("... “a stunt” and called for ..."). */
const AFTER_LABEL: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** Words that join quoted labels in a list. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or']);
/** Articles that open a label outside its quotation ("an “outlaw nation”"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Rule cue/quoted-label for the verb at i, or null when no quoted label follows it. */
export function quotedLabelDraft(text: string, t: Token[], i: number, sent: Sent): Draft | null {
  const w = t[i];
  if (!isWord(w) || isQuoted(w)) return null;
  const naming = NAMING_VERBS.get(w.lower);
  const verb = naming ? { participle: naming.participle, particle: null } : AS_PREDICATE_VERBS.get(w.lower);
  const at = verb ? activeLabelVerb(t, i, verb) : null;
  if (!at) return null;
  let k = at.after;
  while (
    k < t.length &&
    k - at.after <= MAX_OBJECT &&
    !isQuoted(t[k]) &&
    t[k].lower !== 'as' &&
    isObjectWord(t, k, at.after)
  )
    k++;
  let q = k;
  // "described it as “...”": an "as" verb needs its "as"; a naming verb may take one ("labeled it as “...”").
  if (t[q]?.lower === 'as' && !isQuoted(t[q])) q++;
  else if (!naming) return null;
  const labelStart = q;
  if (q < t.length && ARTICLES.has(t[q].lower) && !isQuoted(t[q])) q++;
  if (q >= t.length || !isOpenQuote(t[q].text)) return null;
  let c = quotationEnd(t, q);
  if (c < 0) return null;
  // A list of labels ("a “nasty guy,” an “anchor baby” and “sick.”") is one content.
  for (let more = labelAfter(t, c); more >= 0; more = labelAfter(t, c)) c = more;
  // The label ends its clause: a mark or the sentence end after it, or one inside it (“a disaster,” passed).
  const next = t[c + 1];
  const inside = t[c - 1].text;
  // "... “lone wolves” and describe their acts as crimes": what follows is more of what they said, as before.
  if (next && isWord(next) && (AFTER_LABEL.has(next.lower) || (inside !== ',' && !isFinal(inside)))) return null;
  const gap = k === at.after;
  const subject = labelSubject(t, i, at.before, gap);
  if (!subject) return null;
  // "what she called “a rant”": with no object, a relative word opens the gap and the subject is a
  // name, a pronoun or a determined phrase ("that document which they drew up called “...”" is passive).
  if (gap && !(opensGap(t, subject.from) && isGapSubject(t, subject.from, subject.to, i))) return null;
  return mk(
    'cue/quoted-label',
    text.slice(w.start, t[at.after - 1].end),
    w.start,
    sent,
    t[gap ? labelStart : at.after].start,
    t[c].end,
    { start: t[subject.from].start, end: t[subject.to - 1].end },
    'np',
    NO_VIAS,
  );
}

/** The closing mark of the quotation opening at q, or -1 when it is empty or not closed. */
function quotationEnd(t: Token[], q: number): number {
  let c = q + 1;
  while (c < t.length && isQuoted(t[c])) c++;
  return c === q + 1 || c >= t.length || !isCloseQuote(t[c].text) ? -1 : c;
}

/** The closing mark of a further quoted label right after the one closing at c (", an “...”", "and “...”"), or -1. */
function labelAfter(t: Token[], c: number): number {
  let k = c + 1;
  if (t[k]?.text === ',') k++;
  if (k < t.length && LIST_WORDS.has(t[k].lower)) k++;
  if (k < t.length && ARTICLES.has(t[k].lower)) k++;
  // Right after the closing mark only when the comma is inside it (“a nasty guy,” “unstable”).
  const joined = k > c + 1 || t[c - 1].text === ',';
  return joined && k < t.length && isOpenQuote(t[k].text) ? quotationEnd(t, k) : -1;
}

/** A gap clause's subject: a name, a pronoun or a phrase opened by a determiner, right before the verb (adverbs aside). */
function isGapSubject(t: Token[], from: number, to: number, verb: number): boolean {
  // (A name set off by commas: "which the port lawyer, Ann Lee, called".)
  for (let k = to; k < verb; k++) if (!isAdverb(t[k]) && !AUX.has(t[k].lower) && t[k].text !== ',') return false;
  const w = t[from];
  // A pronoun is the whole subject: "they drew up called" holds a verb of its own.
  if (SUBJECT_PRONOUNS.has(w.lower)) return to - from === 1;
  return isCap(w) || DETERMINERS.has(w.lower) || /['\u2019]s$/.test(w.lower);
}
