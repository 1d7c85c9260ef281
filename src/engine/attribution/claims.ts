/**
 * From drafts to claims: which drafts say something (each span once), a claim's kind (direct,
 * mixed, indirect) from the quotations around it, its sources, and the claims' order and ids.
 */
import type { Claim, Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { Quote } from '../text/quotes';
import type { DocTokens } from '../text/word-tokens';
import type { Draft } from './draft';
import type { Resolved } from './resolved';
import { registerVia } from './source-linking';
import { SourceRegistry } from './sources';
import { firstStartingAt } from '../text/partition';
import { lazyRegExp } from '../text/lazy-regexp';

export function numberClaims(claims: Claim[]): void {
  for (let k = 0; k < claims.length; k++) claims[k].id = `c${k + 1}`;
}

/** The claim of a resolved draft (its id is given once the claims are in order), with its sources: the speaker's, the channels', the unnamed sourcing inside it. */
export function claimOf(
  text: string,
  d: Draft,
  r: Resolved | null,
  registry: SourceRegistry,
  outer: readonly Quote[],
  words: DocTokens,
): Claim {
  const sourceIds: string[] = [];
  if (r?.sourceId) sourceIds.push(r.sourceId);
  if (r) for (const id of r.moreSourceIds) if (!sourceIds.includes(id)) sourceIds.push(id);
  const vias = d.vias;
  for (let k = 0; k < vias.length; k++) {
    const s = registerVia(text, vias[k], registry, words);
    if (s && !sourceIds.includes(s.id)) sourceIds.push(s.id);
  }
  const anonymous = registry.anonymousWithin(d.start, d.end);
  for (let k = 0; k < anonymous.length; k++) if (!sourceIds.includes(anonymous[k])) sourceIds.push(anonymous[k]);
  return {
    id: '',
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    kind: kindOf(d, outer),
    cue: d.cue,
    speaker: r ? r.speaker : null,
    sourceIds,
  };
}

export function byClaimSpan(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end;
}

export function claimsInOrder(claims: readonly Claim[]): boolean {
  for (let k = 1; k < claims.length; k++) if (byClaimSpan(claims[k - 1], claims[k]) > 0) return false;
  return true;
}

/** The document's quotations, with doubled single marks read as double quotation marks. */
export function quotesOf(doc: Doc): Quote[] {
  const quotes = doc.quotes;
  // Doubled single marks (''...'', the New York Times' archive style) are double quotations.
  const { text } = doc;
  // Most documents have none: then the list is the document's own (nothing copied).
  let doubled = false;
  for (let k = 0; k < quotes.length && !doubled; k++) doubled = isDoubledSingle(text, quotes[k]);
  if (!doubled) return quotes;
  const out: Quote[] = [];
  for (const q of quotes) {
    out.push(isDoubledSingle(text, q) ? { ...q, start: q.start - 1, end: q.end + 1, mark: 'double' as const } : q);
  }
  return out;
}

function isDoubledSingle(text: string, q: Quote): boolean {
  return q.mark === 'single' && q.depth === 0 && q.closed && text[q.start - 1] === "'" && text[q.end] === "'";
}

const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** A claim must say something: a stray closing mark before ", said X" leaves an empty or inverted span. */
function saysSomething(text: string, d: Range): boolean {
  if (d.end <= d.start) return false;
  // ASCII letters and digits by code unit; anything else goes to the Unicode class (rare, and it allocates).
  for (let i = d.start; i < d.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return WORD_CHAR.test(text.slice(d.start, d.end));
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/**
 * The drafts that say something, each span once: two drafts for the same content and cue (a
 * quotation seen from both sides) are one claim. Drafts come sorted by start, so a duplicate is
 * in the run of drafts with the same start (a short run): the first of each span is kept,
 * nothing is hashed.
 */
export function claimDrafts(text: string, drafts: Draft[]): Draft[] {
  // A new list only from the first draft dropped (a copy of those kept before it): mostly none is, and the list is returned as it is.
  let out: Draft[] | null = null;
  let kept = 0;
  let run = 0;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    // (Until a draft is dropped, the first `kept` drafts are the kept ones.)
    const list = out ?? drafts;
    let keep = saysSomething(text, d);
    if (keep) {
      if (run < kept && list[run].start !== d.start) run = kept;
      for (let k = run; keep && k < kept; k++) if (list[k].end === d.end) keep = false;
    }
    if (!keep) {
      out ??= drafts.slice(0, kept);
      continue;
    }
    if (out) out.push(d);
    kept++;
  }
  return out ?? drafts;
}

function kindOf(d: Range, outer: readonly Quote[]): Claim['kind'] {
  let quoted = 0;
  // From the last quotation that starts at or before the content.
  let k = lastQuoteBefore(outer, d.start + 1);
  if (k < 0) k = 0;
  for (; k < outer.length; k++) {
    const q = outer[k];
    if (q.end <= d.start) continue;
    if (q.start >= d.end) break;
    if (q.start <= d.start && q.end >= d.end - 1) return 'direct';
    quoted++;
  }
  return quoted > 0 ? 'mixed' : 'indirect';
}

/**
 * Index of the last item whose start is < x (items sorted by start), or -1. One copy per kind of
 * item: V8 keeps type feedback per function, so a single search over quotations, names and
 * mentions would see three object shapes, go megamorphic and look `start` up generically on
 * every step. These run several times per claim.
 */
function lastQuoteBefore(items: readonly Quote[], x: number): number {
  // Claims come in reading order: the last answer, or the quotation after it, is checked first.
  if (items === hintQuotes) {
    for (let k = hintQuote; k <= hintQuote + 1 && k < items.length; k++) {
      if ((k < 0 || items[k].start < x) && (k + 1 === items.length || items[k + 1].start >= x)) return k;
    }
  }
  hintQuotes = items;
  hintQuote = firstStartingAt(items, x) - 1;
  return hintQuote;
}

/** Where the last search of `lastQuoteBefore` ended, and in which list. */
let hintQuotes: readonly Quote[] | null = null;

let hintQuote = -1;

/** Is offset p inside the content of a depth-0 double quotation? (They never overlap.) */
export function inQuotation(outer: readonly Quote[], p: number): boolean {
  const k = lastQuoteBefore(outer, p + 1);
  return k >= 0 && outer[k].contentStart <= p && p < outer[k].contentEnd;
}
