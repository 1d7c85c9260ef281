/**
 * Attribution: who said what (claims) and on whose word (sources).
 *
 * Approach: `findDrafts` (attribution/drafts.ts) finds each claim's content, cue, speaker phrase
 * and channels with local rules around quotations and cue verbs. This module then walks the
 * drafts in reading order and resolves each speaker: a pronoun to the actor whose mention it is
 * (Engine I's coreference), else to the nearest name before it in the sentence, else to the
 * previous claim's speaker; a titled phrase to its name ("Retired Lt. Gen. Michael Flynn" ->
 * "Michael Flynn"); unnamed sourcing ("two U.S. officials", "the same official") to an anonymous
 * speaker joined to its source. Channels and sourcing inside the content become the claim's
 * `sourceIds`, so "Politico reported ... two U.S. officials said" keeps both Politico (the
 * speaker) and the officials (sources of the claim).
 *
 * Known limits: no parser; a speaker phrase is the words before the cue back to a clause
 * boundary, and content runs to the end of the sentence. Nested reported speech inside an
 * indirect claim is a claim of its own.
 */
import type { Actor, Claim, Range, Source, Speaker, SourceType } from '../../schema/brief';
import type { Doc } from '../document';
import { findDrafts, isAgentPlural, outerQuotes, PRONOUN_BE, type Draft } from './drafts';
import { SourceRegistry, channelType, isDocumentNoun, scanAnonymous, scanEmbedCredits } from './sources';
import { firstTokenAt, isCap, isWord, tokenize, withoutFinalPeriod, type Token } from './tokens';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_QUANTIFIERS,
  BARE_ANONYMOUS,
  OFFICIAL_TITLES,
  SPEAKER_PRONOUNS,
} from '../data/source-terms';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';
import type { NameSpan } from '../text/names';
import type { Quote } from '../text/quotes';

export interface Attribution {
  claims: Claim[];
  sources: Source[];
}

/** "people familiar with ...", "officials close to ...", "sources with knowledge of ...". */
const ANONYMOUS_TAIL_STARTS = new Set(['familiar', 'close', 'with', 'briefed', 'who', 'speaking']);

/** A draft's speaker as resolved, with the paragraph of the draft (what the next draft may carry over). Never changed once made. */
interface Resolved {
  speaker: Speaker;
  sourceId: string | null;
  paragraph: number;
  person: boolean;
}

export function findAttribution(doc: Doc, actors: Actor[]): Attribution {
  const { text } = doc;
  const quotes = quotesOf(doc);
  const outer = outerQuotes(quotes);
  const found = findDrafts(doc, quotes, outer);
  const drafts = claimDrafts(text, found.drafts);
  const names = doc.names;
  const registry = new SourceRegistry();
  const mentions = actorMentions(actors);

  // Unnamed sourcing and embedded-post credits, wherever they stand.
  scanAllAnonymous(text, found.sourcing, registry);
  scanEmbedCredits(text, doc.paragraphs, registry);
  registry.indexAnonymous();

  // (Each loop in a function of its own, and the work per draft too: this runs once per document,
  // and on claim-dense text V8 optimises small functions sooner, and a long loop mid-way (OSR) at
  // less cost.)
  const claims = resolveClaims(text, drafts, found.tokens, names, mentions, actors, registry, outer);
  // Claims mostly come in text order already: sort only when one is out of place (the sort is stable, so the order is the same).
  if (!claimsInOrder(claims)) claims.sort(byClaimSpan);
  numberClaims(claims);
  return { claims, sources: registry.list };
}

function scanAllAnonymous(text: string, sourcing: Token[][], registry: SourceRegistry): void {
  for (let k = 0; k < sourcing.length; k++) scanAnonymous(text, sourcing[k], registry);
}

/** The claims of the drafts whose speaker resolves, in the drafts' order. */
function resolveClaims(
  text: string,
  drafts: Draft[],
  sentenceTokens: Token[][],
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  registry: SourceRegistry,
  outer: readonly Quote[],
): Claim[] {
  const claims: Claim[] = [];
  let prev = null as Resolved | null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    let r: Resolved | null = null;
    const last: Resolved | null = prev;
    if (d.mode === 'np' && d.speaker) {
      r = resolvePhrase(text, sentenceTokens, d, d.speaker, names, mentions, actors, registry, last, outer);
    } else if (last && (d.mode === 'participle' ? last.paragraph === d.paragraph : d.paragraph - last.paragraph <= 1)) {
      r = carried(last, d);
    }
    if (!r) continue;
    claims.push(claimOf(text, d, r, registry, outer));
    prev = r;
  }
  return claims;
}

function numberClaims(claims: Claim[]): void {
  for (let k = 0; k < claims.length; k++) claims[k].id = `c${k + 1}`;
}

/** The claim of a resolved draft (its id is given once the claims are in order), with its sources: the speaker's, the channels', the unnamed sourcing inside it. */
function claimOf(text: string, d: Draft, r: Resolved, registry: SourceRegistry, outer: readonly Quote[]): Claim {
  const sourceIds: string[] = [];
  if (r.sourceId) sourceIds.push(r.sourceId);
  const vias = d.vias;
  for (let k = 0; k < vias.length; k++) {
    const s = registerVia(text, vias[k], registry);
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
    speaker: r.speaker,
    sourceIds,
  };
}

function byClaimSpan(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end;
}

function claimsInOrder(claims: readonly Claim[]): boolean {
  for (let k = 1; k < claims.length; k++) if (byClaimSpan(claims[k - 1], claims[k]) > 0) return false;
  return true;
}

/** The document's quotations, with doubled single marks read as double quotation marks. */
function quotesOf(doc: Doc): Quote[] {
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

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
function claimDrafts(text: string, drafts: Draft[]): Draft[] {
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
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  hintQuotes = items;
  hintQuote = lo - 1;
  return lo - 1;
}

/** Where the last search of `lastQuoteBefore` ended, and in which list. */
let hintQuotes: readonly Quote[] | null = null;
let hintQuote = -1;

function lastNameBefore(items: readonly NameSpan[], x: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function lastMentionBefore(items: Mentions, x: number): number {
  const starts = items.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Is offset p inside the content of a depth-0 double quotation? (They never overlap.) */
function inQuotation(outer: readonly Quote[], p: number): boolean {
  const k = lastQuoteBefore(outer, p + 1);
  return k >= 0 && outer[k].contentStart <= p && p < outer[k].contentEnd;
}

function resolved(speaker: Speaker, sourceId: string | null, person: boolean, at: { paragraph: number }): Resolved {
  return { speaker, sourceId, paragraph: at.paragraph, person };
}

/** The previous claim's speaker carried over to a draft: the same object when the paragraph is the same (a claim-dense text makes one per claim otherwise). */
function carried(prev: Resolved, at: { paragraph: number }): Resolved {
  return prev.paragraph === at.paragraph ? prev : resolved(prev.speaker, prev.sourceId, prev.person, at);
}

/** Every actor mention, sorted by start: parallel arrays, no object per mention. */
interface Mentions {
  starts: number[];
  ends: number[];
  actors: Actor[];
}

function actorMentions(actors: Actor[]): Mentions {
  let n = 0;
  for (const a of actors) n += a.mentions.length;
  // Sorted by start, ties in the order read (as a stable sort leaves them), through numeric
  // keys start * n + index: a typed array sorts natively, with no comparator call per pair.
  // (The other lists are plain arrays of small integers: a typed array per call costs more to make.)
  const keys = new Float64Array(n);
  const read: { start: number; end: number }[] = [];
  const readActors: Actor[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      keys[read.length] = m.start * n + read.length;
      read.push(m);
      readActors.push(a);
    }
  }
  keys.sort();
  const starts: number[] = [];
  const ends: number[] = [];
  const sorted: Actor[] = [];
  for (let k = 0; k < n; k++) {
    const j = keys[k] % n;
    starts.push(read[j].start);
    ends.push(read[j].end);
    sorted.push(readActors[j]);
  }
  return { starts, ends, actors: sorted };
}

function actorAt(mentions: Mentions, r: Range): Actor | null {
  const { starts, ends } = mentions;
  let best: Actor | null = null;
  let bestLen = 0;
  // Mentions are short: any that overlaps r starts within 200 characters before it.
  for (let k = Math.max(0, lastMentionBefore(mentions, r.start - 200)); k < starts.length; k++) {
    const start = starts[k];
    if (start >= r.end) break;
    const shared = Math.min(ends[k], r.end) - Math.max(start, r.start);
    if (shared > bestLen) {
      best = mentions.actors[k];
      bestLen = shared;
    }
  }
  return best;
}

function speakerSourceType(phraseTokens: Token[], name: string, actor: Actor | null): SourceType {
  const channel = channelType(name);
  if (channel) return channel;
  if (phraseTokens.some((t) => OFFICIAL_TITLES.has(withoutFinalPeriod(t.lower)))) return 'official';
  const head = phraseTokens[phraseTokens.length - 1]?.lower ?? '';
  if (isDocumentNoun(head)) return head === 'report' ? 'report' : 'document';
  if (actor) return actor.type === 'person' ? 'person' : 'organization';
  return 'person';
}

/**
 * The word tokens of a speaker phrase. Phrases come from the sentence tokens, so those are
 * reused when they cover the phrase exactly (no per-phrase re-tokenising on claim-dense text);
 * a phrase from elsewhere (a cue clause in the next sentence or paragraph) is tokenized anew.
 */
function phraseWords(text: string, range: Range, sentence: Token[] | undefined): Token[] {
  if (sentence && sentence.length > 0) {
    const from = firstTokenAt(sentence, range.start);
    if (from < sentence.length && sentence[from].start === range.start) {
      let k = from;
      let marks = 0;
      for (; k < sentence.length && sentence[k].end <= range.end; k++) if (!isWord(sentence[k])) marks++;
      if (k > from && sentence[k - 1].end === range.end)
        return marks === 0 ? sentence.slice(from, k) : onlyWords(sentence, from, k);
    }
  }
  const all = tokenize(text, range.start, range.end, NO_QUOTES);
  return onlyWords(all, 0, all.length);
}

/** The word tokens of t[from, to). (Most speaker phrases are words only: the caller slices those, an exact-size copy.) */
function onlyWords(t: readonly Token[], from: number, to: number): Token[] {
  const words: Token[] = [];
  for (let k = from; k < to; k++) if (isWord(t[k])) words.push(t[k]);
  return words;
}

const NO_QUOTES: readonly Quote[] = [];

function resolvePhrase(
  text: string,
  sentenceTokens: Token[][],
  d: Draft,
  range: Range,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  registry: SourceRegistry,
  prev: Resolved | null,
  outer: readonly Quote[],
): Resolved | null {
  let t = phraseWords(text, range, sentenceTokens[d.sentence]);
  if (t.length === 0) return null;
  // The draft carries the paragraph and sentence a resolution records: no object per claim for them.
  const base = d;

  // A pronoun: the actor it is a mention of, else the nearest name before it.
  // "You also agree to ...": the reader is addressed, nobody is quoted (site boilerplate, how-tos).
  if (t.length === 1 && t[0].lower === 'you') return null;
  // "I" and "we" outside quotations are the writer: kept as written, never resolved to a name.
  if (t.length === 1 && (t[0].lower === 'i' || t[0].lower === 'we'))
    return resolved({ name: t[0].text, actorId: null, anonymous: false }, null, true, base);
  // "He’s claiming ...": the pronoun with "is" run together.
  if (t.length === 1 && PRONOUN_BE.has(t[0].lower))
    t = [{ ...t[0], end: t[0].end - 2, text: t[0].text.slice(0, -2), lower: t[0].lower.slice(0, -2) }];
  if (t.length === 1 && SPEAKER_PRONOUNS.has(t[0].lower)) {
    // A name earlier in the same sentence ("X said Y was right when she said ...") is the
    // nearest antecedent; otherwise the actor the pronoun is a mention of.
    const local = nearestInSentence(d.sentenceStart, range.start, names, mentions, actors, outer);
    if (local) return named(local.name, local.actor, range, [t[0]], registry, base);
    const actor = actorAt(mentions, range);
    if (actor) return named(actor.name, actor, range, [t[0]], registry, base);
    // The nearest usable name in the sentence, else the previous claim's named speaker, else a
    // full name in the two paragraphs before.
    const inSentence = nameBefore(range.start, d.sentenceStart, names, mentions, actors, outer, false);
    if (inSentence) return named(inSentence.name, inSentence.actor, range, t, registry, base, false);
    if (prev && !prev.speaker.anonymous && d.paragraph - prev.paragraph <= 2 && prev.person) return carried(prev, base);
    const earlier = nameBefore(range.start, range.start - 1500, names, mentions, actors, outer, true);
    if (earlier) return named(earlier.name, earlier.actor, range, t, registry, base, false);
    // Unresolved: keep the pronoun rather than guess.
    return resolved({ name: t[0].text, actorId: null, anonymous: false }, null, true, base);
  }

  // Unnamed sourcing: "two U.S. officials", "a source", "the same official", "sources".
  const headIdx = t.findIndex((w, k) => ANONYMOUS_HEADS.has(w.lower) && (!isCap(w) || k === 0));
  const tail = headIdx >= 0 && ANONYMOUS_TAIL_STARTS.has(t[headIdx + 1]?.lower ?? '');
  if (headIdx >= 0 && (tail || !t.slice(headIdx + 1).some((w) => isCap(w)))) {
    const before = t.slice(0, headIdx).map((w) => w.lower);
    const definite = before[0] === 'the' || before[0] === 'this' || before[0] === 'that';
    const quantified = before.some((w) => ANONYMOUS_QUANTIFIERS.has(w));
    if (quantified || definite || tail || BARE_ANONYMOUS.has(t[headIdx].lower)) {
      const phrase = text.slice(range.start, range.end);
      const backRef = definite || before.includes('same') || before.includes('another');
      const earlier = backRef ? registry.latestAnonymous(t[headIdx].lower, range.start) : null;
      const source = earlier ?? registry.add(phrase, 'anonymous', true, range);
      if (earlier) registry.mention(earlier, range);
      return resolved({ name: phrase, actorId: null, anonymous: true }, source.id, true, base);
    }
  }

  // A named speaker: the last name in the phrase without the titles before it.
  const name = nameIn(text, range, t, names);
  const actor = actorAt(mentions, name.range) ?? actorAt(mentions, range);
  const display = actor && name.isName ? actor.name : name.text;
  return named(display, actor, range, t, registry, base, true, name.text);
}

function named(
  name: string,
  actor: Actor | null,
  range: Range,
  phraseTokens: Token[],
  registry: SourceRegistry,
  base: { paragraph: number },
  register = true,
  sourceName = name,
): Resolved {
  const type = speakerSourceType(phraseTokens, sourceName, actor);
  const source = register
    ? registry.add(actor && type !== 'outlet' && type !== 'news-agency' ? actor.name : sourceName, type, false, range)
    : null;
  return resolved(
    { name, actorId: actor?.id ?? null, anonymous: false },
    source?.id ?? null,
    actor ? actor.type === 'person' : type === 'person' || type === 'official',
    base,
  );
}

/** The name a speaker phrase refers to: its last proper name, titles stripped; else the phrase itself. */
function nameIn(
  text: string,
  range: Range,
  t: Token[],
  names: NameSpan[],
): { text: string; range: Range; isName: boolean } {
  let last: NameSpan | null = null;
  for (let k = Math.max(0, lastNameBefore(names, range.start)); k < names.length; k++) {
    const n = names[k];
    if (n.start >= range.end) break;
    if (n.start >= range.start && n.end <= range.end) last = n;
  }
  // "Connecticut's tax commissioner": the name is a modifier; the phrase is the speaker.
  const lastWord = t[t.length - 1];
  // "advisers to Mr. Obama": the plural before the preposition is who speaks; the name only says whose.
  if (
    last &&
    t.some(
      (w, k) =>
        (!isCap(w) || k === 0) &&
        isAgentPlural(w.lower) &&
        (t[k + 1]?.lower === 'to' || t[k + 1]?.lower === 'of' || t[k + 1]?.lower === 'for') &&
        w.end <= last!.start,
    )
  ) {
    return { text: text.slice(range.start, range.end), range, isName: false };
  }
  if (last && !(last.possessive || last.end < lastWord.start)) {
    return { text: last.text, range: { start: last.start, end: last.end }, isName: true };
  }
  // No name found by Engine I: the trailing capitalised words without title words.
  let k = t.length - 1;
  while (k >= 0 && isCap(t[k]) && !TITLE_WORDS.has(withoutFinalPeriod(t[k].lower)) && !ROLE_MODIFIERS.has(t[k].lower))
    k--;
  if (k < t.length - 1 && !last) {
    const s = t[k + 1];
    return { text: text.slice(s.start, lastWord.end), range: { start: s.start, end: lastWord.end }, isName: true };
  }
  return { text: text.slice(range.start, range.end), range, isName: false };
}

/**
 * Fallback pronoun resolution while actors carry no pronoun mentions: the nearest person-like
 * name before the pronoun (outside quotations) that starts at or after `floor` (its own
 * sentence's start, or 1,500 characters back); with `full`, only a name of more than one word.
 * (Between the two searches the caller tries the previous claim's named speaker.)
 */
function nameBefore(
  at: number,
  floor: number,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  outer: readonly Quote[],
  full: boolean,
): { name: string; actor: Actor | null } | null {
  for (let k = lastNameBefore(names, at); k >= 0; k--) {
    const n = names[k];
    if (n.end > at) continue;
    if (n.start < floor) break;
    if (usable(n, outer, mentions, actors) && (!full || n.text.includes(' '))) {
      const actor = actorAt(mentions, n);
      return { name: actor?.name ?? n.text, actor };
    }
  }
  return null;
}

/** A name that can be a pronoun's antecedent: outside quotations, not a possessive, a person if anything. */
function usable(n: NameSpan, outer: readonly Quote[], mentions: Mentions, actors: Actor[]): boolean {
  return !inQuotation(outer, n.start) && !n.possessive && (actors.length === 0 || isPersonish(mentions, n));
}

function nearestInSentence(
  sentenceStart: number,
  at: number,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  outer: readonly Quote[],
): { name: string; actor: Actor | null } | null {
  for (let k = lastNameBefore(names, at); k >= 0; k--) {
    const n = names[k];
    if (n.end > at) continue;
    if (n.start < sentenceStart) break;
    if (inQuotation(outer, n.start) || n.possessive) continue;
    const actor = actorAt(mentions, n);
    if (actors.length > 0 && (!actor || actor.type !== 'person')) continue;
    return { name: actor?.name ?? n.text, actor };
  }
  return null;
}

function isPersonish(mentions: Mentions, n: NameSpan): boolean {
  const a = actorAt(mentions, n);
  return !a || a.type === 'person';
}

function registerVia(text: string, v: Range & { how: string }, registry: SourceRegistry): Source | null {
  const raw = text.slice(v.start, v.end);
  const words = raw.split(/\s+/);
  if (v.how === 'in') {
    // "in a statement", "in a letter to ...": the document; "in an interview with CNN" has CNN as its channel.
    const head = words.find((w) => isDocumentNoun(w));
    if (!head || !/^(a|an|the|his|her|their|its)$/i.test(words[0])) return null;
    const at = v.start + raw.indexOf(head);
    return registry.add(head.toLowerCase(), head.toLowerCase() === 'report' ? 'report' : 'document', false, {
      start: at,
      end: at + head.length,
    });
  }
  // Named channels: the capitalised run ("Fox News’s" -> "Fox News", "TASS", "Telegram").
  let name = raw.replace(/[\u2019']s$/, '');
  const type = channelType(name);
  if (v.how === 'according') {
    const t = tokenize(text, v.start, v.end, NO_QUOTES);
    const anonymousHead = t.some((w) => ANONYMOUS_HEADS.has(w.lower));
    if (anonymousHead && !type) return registry.add(raw, 'anonymous', true, v);
    if (!type && !/^\p{Lu}/u.test(raw)) return null;
    return registry.add(name, type ?? 'organization', false, { start: v.start, end: v.start + name.length });
  }
  if (!type) {
    // "on Fox News’s “Fox and Friends”": try the run without its last words.
    const run = words.filter((w) => /^\p{Lu}/u.test(w));
    name = run.join(' ').replace(/[\u2019']s$/, '');
    if (!run.length || !channelType(name)) return null;
  }
  const start = v.start + raw.indexOf(name);
  return registry.add(name, channelType(name)!, false, { start, end: start + name.length });
}
