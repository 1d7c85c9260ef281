/**
 * Rule cue/as-parenthetical (issue 16, recall): a reporting clause opened by "as" and set off by
 * a comma or a dash credits the clause beside it: "The plant will close in March, as the company
 * has said." and "As the coach put it, the team ran out of legs." The "as" clause has no content
 * of its own (only time, place and channel words after its verb), so the clause it leans on is
 * what was said. "even as she announced ..." and "not as rich as he says" have no comma or dash
 * before "as": a time or a comparison, no report.
 */
import {
  AS_CLAUSE_LEAD_CONNECTIVES,
  AS_CLAUSE_MODALS,
  AS_CLAUSE_NEGATIONS,
  AS_CLAUSE_NON_REPORTS,
  AS_CLAUSE_OPENERS_BEFORE,
  AS_CLAUSE_STANCE_OPENERS,
} from '../data/as-clause-words';
import { DASHES } from '../data/speaker-words';
import { firstContent, lastContentEnd, nextComma, onlyAdverbial } from './clause';
import { speakerBefore } from './speaker-phrase';
import { isWord, type Token } from './tokens';

/** t[b] is an "as" right after a comma or a dash (", as X said"). */
export function isParentheticalAs(t: Token[], b: number): boolean {
  if (b <= 0 || t[b].lower !== 'as') return false;
  const p = t[b - 1].text;
  return p === ',' || DASHES.has(p);
}

/** Word tokens in t[0, to). */
export function wordsBefore(t: Token[], to: number): number {
  let n = 0;
  for (let k = 0; k < to; k++) if (isWord(t[k])) n++;
  return n;
}

/**
 * "as X put it": a cue that stands only beside a quotation ("put it") also credits the clause an
 * "as" clause leans on, opening the sentence ("As X put it, ...") or after a comma or dash.
 */
export function opensAsClause(t: Token[], i: number): boolean {
  const np = speakerBefore(t, i);
  if (!np || np.boundary < 0 || t[np.boundary].lower !== 'as') return false;
  return np.boundary === 0 || isParentheticalAs(t, np.boundary);
}

/**
 * What a trailing "as" clause (t[as] is the "as", the cue at `cue` with `lemma`) does for the
 * clause t[start..last] before it: 'credit' it, give 'none' (a hypothetical or non-report "as"
 * clause, a negated or stance-marked clause), or 'after' (a connective alone or a conjunction
 * before the comma: "Yet, as X noted, ...", "and, as X said, ...": the content follows, which
 * the rules for a cue before its content read).
 */
export function asClauseCredit(
  t: Token[],
  as: number,
  cue: number,
  lemma: string,
  start: number,
  last: number,
): 'credit' | 'none' | 'after' {
  if (wordsBefore(t, as - 1) < 3 || AS_CLAUSE_OPENERS_BEFORE.has(t[as - 2]?.lower ?? '')) return 'after';
  if (AS_CLAUSE_NON_REPORTS.has(lemma)) return 'none';
  for (let k = as + 1; k < cue; k++) if (AS_CLAUSE_MODALS.has(t[k].lower)) return 'none';
  const first = t[start].lower;
  if (AS_CLAUSE_STANCE_OPENERS.has(first) || (first === 'of' && t[start + 1]?.lower === 'course')) return 'none';
  for (let k = start; k <= last; k++) {
    const w = t[k].lower;
    if (AS_CLAUSE_NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) {
      if (w !== 'far' || t[k + 1]?.lower === 'from') return 'none';
    }
  }
  return 'credit';
}

/**
 * "As the mayor said in a statement on Friday, the plant will close.": a sentence-opening "as"
 * clause (t[as] the "as", its cue ending before `after`) ends at its comma when only time, place
 * and channel words follow the cue; the content starts after that comma. -1 when it does not apply.
 */
export function afterFrontedAsClause(t: Token[], as: number, after: number): number {
  if (as < 0 || as > 2 || t[as].lower !== 'as') return -1;
  // "Yet, as X observed, ...": a connective (and its comma) may open the sentence.
  if (as > 0 && !AS_CLAUSE_LEAD_CONNECTIVES.has(t[0].lower)) return -1;
  if (as === 2 && t[1].text !== ',') return -1;
  const c = nextComma(t, after, t.length);
  if (c < 0 || !onlyAdverbial(t, after, c)) return -1;
  const s = firstContent(t, c + 1, lastContentEnd(t, t.length));
  return s < t.length ? s : -1;
}
