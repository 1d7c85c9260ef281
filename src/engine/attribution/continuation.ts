/**
 * One statement split by its own cue clause: '“Q1,” X said. “Q2.”' and '“Q1,” X said, “Q2.”'.
 * Each quotation stays a claim of its own (verbatim, the cue clause in neither), and the second
 * names the first in `continues`, so a reader (or an evaluation that scores statements, as
 * PolNeAR's discontinuous content spans do) can put the statement back together.
 *
 * Rule claims/continues-statement: a draft continues the draft before it when both are in the same
 * paragraph and either
 * - it is a quotation with no cue of its own (quotation/continues-claim) right after a quotation
 *   whose cue clause stands between them ('“Q1,” X said. “Q2.”'), or right after such a
 *   continuation with nothing but spaces between ('“Q1,” X said. “Q2.” “Q3.”'); or
 * - it is a quotation whose cue clause before it is the cue clause after the quotation before it
 *   ('“Q1,” X said, “Q2.”': both drafts name the same cue); or
 * - it is the rest of a sentence whose cue clause stands inside it ("The new museum, the mayor
 *   said, would make ...", or '..., the mayor said, “and ...”': medial-cue.ts makes both claims
 *   with the same cue); or
 * - it is the next sentence of a block paragraph under a "X added:" line (block-paragraph.ts).
 * No link when the next paragraph opens with the quotation, or when a cue participle in the cue
 * clause is the second quotation's own cue ('“Q1,” X said, adding, “Q2.”').
 */
import type { Claim } from '../../schema/brief';
import { CUES } from '../data/cues';
import type { Draft } from './draft';

/** The pass-1 rules whose cue clause stands after the quotation. */
function cueAfterQuotation(rule: string): boolean {
  return rule.startsWith('quotation/') && (rule.endsWith('cue-after') || rule.endsWith('name-after'));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** A cue participle after a comma in the cue clause ('Trump said, adding later, “...”') is the next quotation's own cue. */
function cueParticipleBetween(text: string, from: number, to: number): boolean {
  const limit = Math.min(to, from + 600);
  // No comma, no match: most claims next to each other have none between them (nothing sliced
  // then). (A bounded loop, not indexOf: that would read on to the next comma however far.)
  let comma = from;
  while (comma < limit && text.charCodeAt(comma) !== 44) comma++;
  if (comma >= limit) return false;
  const re = /,\s+([a-z]+ing)\b/g;
  const between = text.slice(from, limit);
  for (let m = re.exec(between); m; m = re.exec(between)) if (CUES.get(m[1])?.participle) return true;
  return false;
}

/** Does draft `d` continue the statement of `prev`, the draft resolved just before it? `prevContinues`: prev itself continues one. */
export function continuesStatement(text: string, prev: Draft, d: Draft, prevContinues: boolean): boolean {
  if (prev.paragraph !== d.paragraph || d.start < prev.end) return false;
  // The rules first, then the text between: most claims of one speaker in a row are no statement
  // split in two, and the participle check slices and matches what lies between them.
  return linksByRule(text, prev, d, prevContinues) && !cueParticipleBetween(text, prev.end, d.start);
}

/** The rules of claims/continues-statement, without the cue participle check between the two. */
function linksByRule(text: string, prev: Draft, d: Draft, prevContinues: boolean): boolean {
  if (d.rule === 'quotation/continues-claim') {
    if (prev.rule === 'quotation/continues-claim') return prevContinues && onlySpaces(text, prev.end, d.start);
    return cueAfterQuotation(prev.rule) && prev.cueStart >= prev.end && prev.cueStart < d.start;
  }
  if (d.rule === 'cue/medial-cue-rest') return prev.rule === 'cue/medial-cue' && prev.cueStart === d.cueStart;
  if (prev.rule === 'quotation/medial-cue-head')
    return d.rule === 'quotation/cue-before' && d.cueStart === prev.cueStart;
  // A block paragraph under its introducing line (block-paragraph.ts): one statement, sentence after sentence.
  if (d.rule === 'colon-line/block-paragraph') return prev.rule === d.rule && d.sentence === prev.sentence + 1;
  return (
    d.rule === 'quotation/cue-before' &&
    cueAfterQuotation(prev.rule) &&
    d.cueStart >= 0 &&
    d.cueStart === prev.cueStart &&
    prev.cueStart >= prev.end
  );
}

/**
 * Links made while resolving (a continuing claim -> the claim that opens its statement), written
 * as `continues` once the claims have their ids. Claims are linked in reading order, each to the
 * claim resolved just before it, so only the last link is ever looked up: two lists rather than a
 * Map keyed by claim objects (a hash per claim, which showed on quotation-dense text).
 */
export class Continuations {
  private readonly claims: Claim[] = [];
  private readonly heads: Claim[] = [];

  /** Links `claim` to `prev`, the claim resolved just before it. */
  link(claim: Claim, prev: Claim): void {
    const n = this.claims.length;
    this.claims.push(claim);
    this.heads.push(n > 0 && this.claims[n - 1] === prev ? this.heads[n - 1] : prev);
  }

  /** Was `claim`, the claim resolved last, linked? */
  has(claim: Claim): boolean {
    const n = this.claims.length;
    return n > 0 && this.claims[n - 1] === claim;
  }

  /** Sets `continues` on each continuing claim (after the claims are numbered). */
  write(): void {
    for (let k = 0; k < this.claims.length; k++) this.claims[k].continues = this.heads[k].id;
  }
}
