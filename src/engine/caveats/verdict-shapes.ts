/**
 * Verdicts and calls to action carried by a sentence's shape rather than a charged word (issue 16,
 * subjectivity on unseen text), each a named predicate, outside quotations and claim content and
 * outside sentences with a verb of saying:
 * - shellVerdict: a pronoun subject, a copula and an adjective before a shell noun ("this is a
 *   welcome step", "that is a bold claim", "it was a sad day", "these are worrying signs", "this
 *   is devastating news"): the adjective is the predicate; an
 *   adjective that classifies or measures ("the second step", "a public holiday") is no verdict;
 * - negatedDeonticPassive: "cannot be allowed to continue", "must not be ignored", "can never be
 *   forgiven": what may not be done, by the author's standard;
 * - readerImperative: a sentence that opens by telling the reader what not to do or think ("Don't
 *   believe the hype.", "Stop pretending ...", "Never mind the cost."), page furniture aside.
 *
 * Linear: one pass over each sentence's words; each predicate reads a fixed number of words.
 */
import type { Doc } from '../document';
import { FUNCTION_WORDS, REPORTED_VERBS } from '../data/caveat-words';
import {
  CLASSIFYING_ADJECTIVES,
  DEONTIC_PARTICIPLES,
  FURNITURE_IMPERATIVES,
  SHELL_NOUNS,
} from '../data/verdict-fragments';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { VERDICT_BREAK, isLower, verdictClauseEnd, verdictClauseStart } from './clauses';

const SHELLS = new Set(SHELL_NOUNS);
const CLASSIFYING = new Set(CLASSIFYING_ADJECTIVES);
/** Shell nouns without an article: "this is devastating news". */
const MASS_SHELLS = new Set(['news', 'progress']);
const PARTICIPLES = new Set(DEONTIC_PARTICIPLES);
const FURNITURE = new Set(FURNITURE_IMPERATIVES);
const PRONOUN_SUBJECTS = new Set(['this', 'that', 'it', 'which', 'these', 'those']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const FUSED = new Set(["it's", "that's", 'this’s']);
const DEGREE = new Set(['very', 'truly', 'really', 'such', 'rather', 'quite', 'most', 'pretty']);
/** "cannot be", "must not be", "can never be": a negated modal before the passive. */
const NEGATED_MODALS = new Set(['cannot', "can't", "mustn't", "shouldn't", "musn't"]);
const MODALS = new Set(['can', 'must', 'should']);
const REPORTED = new Set([...REPORTED_VERBS, 'according', 'told', 'wrote', 'called', 'described']);
/** Words that may open a sentence before its imperative: "So don't ...", "And stop ...". */
const LEAD = new Set(['so', 'and', 'but', 'now', 'please', 'just']);
/** After "never": an inversion ("Never before has ..."), a time, not an order. */
const NOT_AFTER_NEVER = new Set(
  'before again has have had did was were is are will would could the a an in since once'.split(' '),
);

type Found = [from: number, to: number, reason: string, rule: string];
const RE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const breakBetween = (text: string, a: Token, b: Token) => VERDICT_BREAK.test(text.slice(a.end, b.start));

/** "this is a welcome step", "that's a bold claim", "it was a sad day for the island". */
export function shellVerdict(text: string, toks: Token[], c: number): Found | null {
  const t = toks[c];
  let subject: Token | undefined;
  if (FUSED.has(t.norm)) subject = t;
  else if (COPULAS.has(t.norm) && PRONOUN_SUBJECTS.has(toks[c - 1]?.norm ?? '')) subject = toks[c - 1];
  if (!subject) return null;
  let k = c + 1;
  // "a welcome step"; without the article a plural or mass shell ("worrying signs", "devastating news").
  const article = toks[k]?.norm === 'a' || toks[k]?.norm === 'an';
  if (article) k++;
  if (DEGREE.has(toks[k]?.norm ?? '')) k++;
  const adj = toks[k];
  const noun = toks[k + 1];
  if (!adj || !noun || CLASSIFYING.has(adj.norm) || FUNCTION_WORDS.has(adj.norm)) return null;
  const shell = article
    ? SHELLS.has(noun.norm)
    : MASS_SHELLS.has(noun.norm) || (noun.norm.endsWith('s') && SHELLS.has(noun.norm.slice(0, -1)));
  if (!shell) return null;
  if (!RE_WORD.test(adj.text) || !isLower(text, noun) || /ed$/.test(adj.norm)) return null;
  for (let j = c; j <= k; j++) if (breakBetween(text, toks[j], toks[j + 1])) return null;
  return [subject.start, noun.end, 'an evaluative predication: the author’s verdict, stated as fact', 'shell-verdict'];
}

/** "this cannot be allowed to continue", "the warning must not be ignored", "can never be forgiven". */
export function negatedDeonticPassive(toks: Token[], i: number): Found | null {
  const t = toks[i];
  let be = -1;
  if (NEGATED_MODALS.has(t.norm)) be = i + 1;
  else if (MODALS.has(t.norm) && (toks[i + 1]?.norm === 'not' || toks[i + 1]?.norm === 'never')) be = i + 2;
  if (be < 0 || toks[be]?.norm !== 'be' || !PARTICIPLES.has(toks[be + 1]?.norm ?? '')) return null;
  return [t.start, toks[be + 1].end, 'the author says what may not be done: a prescription, not a report', 'deontic'];
}

/** "Don't believe the hype.", "Stop pretending ...", "Never mind the cost.": the reader told what to do. */
export function readerImperative(text: string, toks: Token[], lead: number): Found | null {
  const first = toks[lead];
  const second = toks[lead + 1];
  if (!first || !second || !isLower(text, second) || breakBetween(text, first, second)) return null;
  let verb: Token | undefined;
  if (first.norm === "don't" || first.norm === 'never') verb = second;
  else if (first.norm === 'do' && second.norm === 'not') verb = toks[lead + 2];
  else if (first.norm === 'stop' && /\p{Ll}{3}ing$/u.test(second.norm)) verb = second;
  if (!verb || !isLower(text, verb) || FURNITURE.has(verb.norm) || NOT_AFTER_NEVER.has(verb.norm)) return null;
  // An imperative's verb is bare: "Never has ...", "Never seen ...", "Don't you think ...?" are not orders.
  if (first.norm !== 'stop' && /(?:ed|s)$/.test(verb.norm) && !/ss$/.test(verb.norm)) return null;
  if (verb.norm === 'you' || verb.norm === 'we') return null;
  return [first.start, verb.end, 'the author tells the reader what to do or think: a call to action', 'imperative'];
}

export function verdictShapes(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const title = doc.titleRange;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    if (title && s.start >= title.start && s.end <= title.end) continue;
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (toks.length < 2) continue;
    let lead = 0;
    while (lead < toks.length - 2 && lead < 2 && LEAD.has(toks[lead].norm)) lead++;
    const order = readerImperative(text, toks, lead);
    // A verb of saying makes the sentence reported speech, unless it is the order's own ("Don't believe ...").
    if (toks.some((t) => REPORTED.has(t.norm) && !(order && t.start >= order[0] && t.end <= order[1]))) continue;
    const found: Found[] = [];
    if (order) found.push(order);
    for (let i = 0; i < toks.length; i++) {
      const f = shellVerdict(text, toks, i) ?? negatedDeonticPassive(toks, i);
      if (!f) continue;
      found.push(f);
      while (i + 1 < toks.length && toks[i + 1].start < f[1]) i++;
    }
    for (const [cueStart, cueEnd, reason, rule] of found) {
      const from = verdictClauseStart(text, cueStart, s.start);
      const to = Math.max(cueEnd, verdictClauseEnd(text, cueEnd, s.end));
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason,
        rules: [`verdict-shapes/${rule}`],
      });
    }
  }
}
