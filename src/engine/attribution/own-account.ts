/**
 * Rules cue/own-account-before-content and cue/own-account-after-content: "By his own account,
 * content." and "content, by the mayor's admission." A person's own telling, marked by "by" and a
 * possessor before a noun of telling (OWN_ACCOUNT_NOUNS), sources the clause like "according to X".
 * The cue pass calls it at the noun (the ACCORDING bit marks those nouns too).
 */
import { OWN_ACCOUNT_NOUNS } from '../data/source-terms';
import { firstContent, lastContentEnd } from './clause';
import { MAX_CONTENT_TOKENS, mk, type Draft, type Sent } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Words a possessor phrase may take between "by" and its "'s" ("the former mayor's"). */
const POSSESSOR_WORDS = 4;

/** The draft for "by X's (own) account" with its noun at i, or null. */
export function ownAccount(t: Token[], i: number, sent: Sent): Draft | null {
  if (!OWN_ACCOUNT_NOUNS.has(t[i].lower) || isQuoted(t[i])) return null;
  const possessor = possessorBefore(t, t[i - 1]?.lower === 'own' ? i - 1 : i);
  if (!possessor) return null;
  const by = possessor.from - 1;
  const speaker = { start: t[possessor.from].start, end: possessor.end };
  const cueStart = t[by].start;
  const cue = t
    .slice(by, i + 1)
    .map((w) => w.text)
    .join(' ');
  const lead = firstContent(t, 0, t.length - 1);
  if (by === lead && t[i + 1]?.text === ',') {
    // "By his own account, content."
    const last = lastContentEnd(t, t.length);
    const s = firstContent(t, i + 2, last);
    if (s >= last) return null;
    return mk('cue/own-account-before-content', cue, cueStart, sent, t[s].start, t[last].end, speaker, 'np', []);
  }
  // "content, by her own admission."
  if (by < 2 || t[by - 1].text !== ',' || lastContentEnd(t, t.length) !== i) return null;
  const last = lastContentEnd(t, by - 1);
  if (last < 0) return null;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  if (start >= last) return null;
  return mk('cue/own-account-after-content', cue, cueStart, sent, t[start].start, t[last].end, speaker, 'np', []);
}

/** "by his", "by the mayor's", "by Ms. Tran's": the possessor after "by" ending right before token `at`. */
function possessorBefore(t: Token[], at: number): { from: number; end: number } | null {
  const p = at - 1;
  if (p < 1 || !isWord(t[p])) return null;
  if (POSSESSIVE_PRONOUNS.has(t[p].lower)) return t[p - 1].lower === 'by' ? { from: p, end: t[p].end } : null;
  const w = t[p].lower;
  if (!(w.endsWith("'s") || w.endsWith('\u2019s'))) return null;
  let k = p;
  while (k > 0 && p - k < POSSESSOR_WORDS && isWord(t[k - 1]) && t[k - 1].lower !== 'by') k--;
  if (k < 1 || t[k - 1].lower !== 'by') return null;
  // A name or a role: "by the mayor's", not "by last year's".
  if (!isCap(t[p]) && !t.slice(k, p).some((x) => x.lower === 'the')) return null;
  return { from: k, end: t[p].end - 2 };
}
