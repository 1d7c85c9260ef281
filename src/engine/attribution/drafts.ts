/**
 * Draft claims: where a claim's content, cue, speaker phrase and channels ("on Telegram",
 * "according to TASS") are, before speakers are resolved to names and actors.
 *
 * Approach, two passes over the text, both local (a few tokens around a cue or a quotation):
 * 1. Quotations. A depth-0 double quotation is a direct claim when a cue clause stands next to
 *    it: after it ("“...,” Flynn, a top Trump surrogate, said on Fox News.", "“...,” said X."),
 *    before it ("Graham continued, “...”", "X said: “...”"), or a name and a colon with no verb
 *    ("Sen. Lindsey Graham to committee Democrats: “...”"). A quotation that opens a paragraph
 *    or follows a claim's sentence with no cue of its own continues the previous speaker.
 * 2. Cue verbs outside quotations (data/cues.ts), sentence by sentence: "X said (that) ...",
 *    "X told reporters ...", "..., X said.", "..., said X.", "according to X, ...",
 *    "..., according to X.", and participles after a comma ("..., also noting that ...") which
 *    continue the speaker of the claim before them.
 * The passes live in quotation-pass.ts and cue-pass.ts, the speaker-phrase rules in
 * speaker-phrase.ts, the clause rules in clause.ts; this module runs them and keeps the drafts.
 * The content is what was said: the quotation, the that-clause or the clause before the cue,
 * never the cue clause itself.
 *
 * Known limits: no parser, so the speaker phrase is the run of words before the cue back to a
 * clause boundary (punctuation, a conjunction or a subordinator), and content runs to the end of
 * the sentence (or to the next participle cue). Verbs that take a noun object ("blasted
 * Democrats") count only next to a quotation.
 */
import { hasDurationBeforeCue } from '../speakers/time-before-cue';
import type { Doc, Sentence } from '../document';
import type { Quote } from '../text/quotes';
import { cuePass } from './cue-pass';
import { nominalPass } from './nominal-cue';
import { stateAdjectivePass } from './state-adjective';
import { stancePredicatePass } from './stance-predicate';
import { Offsets, type Draft, type Sent } from './draft';
import { nameColonPass } from './name-colon-pass';
import { quotationPass } from './quotation-pass';
import { transcriptTurns } from './transcript-turns';
import { unquotedBlocks } from './unquoted-block';
import { blockParagraphs } from './block-paragraph';
import { quotedHeadline } from './quoted-headline';
import { whoAfterSpeaker } from './who-after-speaker';
import { bareCueBefore } from './bare-cue-before';
import { extendToQuotations } from './whole-quotation';
import { isOwnNestedReport } from './nested-report';
import { withoutImpersonalOne } from './generic-one';
import { lowerBound } from '../text/partition';
import { TokenStream } from './token-stream';
import { cutToSubject } from '../speakers/finite-verb-subject';
import { relativeWhoBeforePhrase } from '../speakers/relative-clause';
import { thoseHeadBefore } from '../speakers/those-head';
import { perceivedObject } from '../speakers/perception-verb';
import { speakerBefore } from './speaker-phrase';
import { SOURCING, type Token } from './tokens';
import type { Trace } from '../trace';
import { hasRelativeClause, OBJECT_PRONOUNS } from './non-assertion';
import { intransitiveRelativeWho } from './subject-slot';
import { isPluralCueNounBeforeAside } from './cue-word-noun';

/** The drafts, the tokens of the sentences with sourcing words (for the source scan), and the token stream (for the speaker resolver). */
export function findDrafts(
  doc: Doc,
  quotes: readonly Quote[],
  outer: readonly Quote[] = outerQuotes(quotes),
): { drafts: Draft[]; sourcing: Token[][]; stream: TokenStream } {
  // Each pass is a function of its own, and so is its work per item. This runs once per document:
  // V8 replaces a long loop mid-way (OSR), compiling the function around it, and that code gives
  // up where the function goes on to code not run yet. Small functions keep both cheap.
  // (Plain loops rather than map/filter: on a document with tens of thousands of sentences or
  // drafts, V8's inlined map/filter deoptimize on the large arrays, every call.)
  const stream = new TokenStream(doc.text, doc.sentences, outer, doc.words);
  const sents = sentencesOf(doc, stream);
  const drafts: Draft[] = [];
  /** Token starts of cues already used by a quotation's cue clause. */
  const usedCues = new Offsets(doc.text.length);
  const inClause = quotationPass(doc, sents, stream, usedCues, drafts);
  const turns = drafts.length;
  nameColonPass(doc, sents, stream, drafts);
  transcriptTurns(doc, sents, stream, drafts, turns);
  unquotedBlocks(doc, sents, stream, drafts);
  blockParagraphs(sents, stream, drafts, doc.trace);
  whoAfterSpeaker(sents, drafts);
  const withDraft = ownDrafts(drafts, sents.length);
  cuePass(doc, sents, withDraft, usedCues, inClause, drafts);
  nominalPass(sents, drafts);
  stateAdjectivePass(doc.text, sents, stream, drafts);
  stancePredicatePass(doc.text, sents, stream, drafts);
  bareCueBefore(doc, sents, stream, outer, drafts);
  quotedHeadline(doc, sents, stream, drafts);
  // Sorted only when out of order (often not, when only pass 2 found claims); the sort is stable, so the order is the same.
  if (!draftsInOrder(drafts)) drafts.sort(byDraftStart);
  const kept = withoutImpersonalOne(doc.text, withoutNested(doc.text, drafts, outer));
  extendToQuotations(doc, kept, outer);
  setSentenceStarts(kept, sents);
  widenSpeakersToRelativeHeads(doc, stream, kept);
  cutSpeakersToSubjects(doc, stream, kept);
  return { drafts: kept, sourcing: sourcingOf(sents), stream };
}

/** Every sentence, with its tokens. */
function sentencesOf(doc: Doc, stream: TokenStream): Sent[] {
  // (Made at its size: grown by push, a list of tens of thousands is copied at each growth.)
  const sents = new Array<Sent>(doc.sentences.length);
  for (let index = 0; index < doc.sentences.length; index++)
    sents[index] = sentenceOf(doc.sentences[index], index, stream);
  return sents;
}

/** Marks the drafts so far (passes 1 and 1b) as claims of their own; returns the sentences that have one (1 by index). */
function ownDrafts(drafts: Draft[], sentences: number): Uint8Array {
  const withDraft = new Uint8Array(sentences);
  for (let k = 0; k < drafts.length; k++) {
    drafts[k].own = true;
    withDraft[drafts[k].sentence] = 1;
  }
  return withDraft;
}

/** Speaker phrases that ran on past their subject's verb, cut to the subject (speakers/finite-verb-subject.ts). */
function cutSpeakersToSubjects(doc: Doc, stream: TokenStream, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.mode !== 'np' || !d.speaker || d.speaker.end - d.speaker.start < 6) continue;
    const cut = cutToSubject(stream, d);
    if (!cut) continue;
    d.speaker = cut;
    doc.trace?.add('claim', d.start, d.end, 'speakers/finite-verb-subject');
  }
}

/** Speaker phrases that ran over a verb of perception, cut to its object; found inside a restrictive relative clause or a "those" phrase, widened to its head. */
function widenSpeakersToRelativeHeads(doc: Doc, stream: TokenStream, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.mode !== 'np' || !d.speaker) continue;
    const { tokens, first, end, shared } = stream.within(d.speaker.start, d.speaker.end, d.sentence);
    if (doc.trace && shared && hasDurationBeforeCue(tokens, end, d.cueStart))
      doc.trace.add('claim', d.start, d.end, 'speakers/duration-before-cue');
    if (doc.trace && shared) traceSubjectRules(doc.trace, d, tokens, first, end);
    // "Advocates who attended the rally heard the senator lambaste ...": the one heard speaks.
    const seen = shared && end - first > 2 ? perceivedObject(tokens, first, end) : null;
    if (seen) {
      d.speaker = { start: tokens[seen.from].start, end: tokens[seen.to - 1].end };
      doc.trace?.add('claim', d.start, d.end, 'speakers/perception-object');
      continue;
    }
    // "Those involved in the talks said": the phrase the walk found is inside the "those" phrase.
    const those = shared ? thoseHeadBefore(tokens, first) : -1;
    const who = shared && those < 0 ? relativeWhoBeforePhrase(tokens, first, d.cue) : -1;
    const from = those >= 0 ? those : who > 0 ? (speakerBefore(tokens as Token[], who)?.from ?? -1) : -1;
    if (from < 0) continue;
    d.speaker = { start: tokens[from].start, end: d.speaker.end };
    doc.trace?.add('claim', d.start, d.end, those >= 0 ? 'speakers/those-subject' : 'speakers/relative-clause-subject');
  }
}

/**
 * The subject rules that kept a speaker phrase whole: a relative clause ("A teacher who knew him",
 * "A voter who stayed"), a plural cue noun before an aside ("Media reports, based on ..., said").
 */
function traceSubjectRules(trace: Trace, d: Draft, t: readonly Token[], first: number, end: number): void {
  if (end < t.length && isPluralCueNounBeforeAside(t as Token[], end - 1))
    trace.add('claim', d.start, d.end, 'speakers/plural-cue-noun-before-aside');
  if (end - first > 2 && OBJECT_PRONOUNS.has(t[end - 1].text) && hasRelativeClause(t, first, end - 1))
    trace.add('claim', d.start, d.end, 'speakers/relative-clause-object');
  else if (end - first > 2 && intransitiveRelativeWho(t as Token[], end - 1, first) > first)
    trace.add('claim', d.start, d.end, 'speakers/intransitive-relative');
}

function setSentenceStarts(drafts: Draft[], sents: Sent[]): void {
  for (let k = 0; k < drafts.length; k++) drafts[k].sentenceStart = sents[drafts[k].sentence]?.start ?? 0;
}

/** The tokens of the sentences with a sourcing word (for the source scan). */
function sourcingOf(sents: Sent[]): Token[][] {
  const sourcing: Token[][] = [];
  for (let k = 0; k < sents.length; k++) if (sents[k].flags & SOURCING) sourcing.push(sents[k].tokens);
  return sourcing;
}

/** A sentence with its tokens (only one that can hold attribution has them: see token-stream.ts). */
function sentenceOf(s: Sentence, index: number, stream: TokenStream): Sent {
  const tokens = stream.bySentence[index];
  return { start: s.start, end: s.end, paragraph: s.paragraph, index, tokens, flags: stream.flagsBySentence[index] };
}

function byDraftStart(a: Draft, b: Draft): number {
  return a.start - b.start || a.cueStart - b.cueStart;
}

function draftsInOrder(drafts: readonly Draft[]): boolean {
  for (let k = 1; k < drafts.length; k++) if (byDraftStart(drafts[k - 1], drafts[k]) > 0) return false;
  return true;
}

/** The depth-0 double quotations, in order. */
export function outerQuotes(quotes: readonly Quote[]): Quote[] {
  // Counted, then made at their size (grown by push, a list of tens of thousands is copied at each growth).
  let n = 0;
  for (let k = 0; k < quotes.length; k++) if (quotes[k].depth === 0 && quotes[k].mark === 'double') n++;
  const out = new Array<Quote>(n);
  n = 0;
  for (let k = 0; k < quotes.length; k++)
    if (quotes[k].depth === 0 && quotes[k].mark === 'double') out[n++] = quotes[k];
  return out;
}

/**
 * Reported speech inside reported speech ("Earnest said Obama has long called for ...") is part
 * of the outer claim; a quotation's own cue clause (pass 1) stays a claim of its own, as does a
 * plain "X said S" inside the content (nested-report.ts). `drafts`
 * are sorted by start.
 */
const OBJECT_SPEAKS: ReadonlySet<string> = new Set([
  'cue/participle-controlled-object',
  'cue/participle-judged-object',
]);

function withoutNested(text: string, drafts: Draft[], outer: readonly Quote[]): Draft[] {
  // The outer claims' content spans (cue before content), sorted by start, with the running
  // furthest end, so "is this cue inside one of them" is a binary search.
  // (Typed arrays of the drafts' count, cut to length: on claim-dense text lists grown by push
  // pass the large-object size and are copied into a fresh one at each growth.)
  const starts = new Int32Array(drafts.length);
  const reach = new Int32Array(drafts.length);
  let m = 0;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d.own || d.cueStart < 0 || d.cueStart >= d.start) continue;
    starts[m] = d.start;
    reach[m] = Math.max(d.end, m > 0 ? reach[m - 1] : 0);
    m++;
  }
  const spanStarts = starts.subarray(0, m);
  // A nested claim that quotes its speaker's own words ("... when she said that “...”") stays.
  // (The first quotation starting at or after the draft: drafts are sorted by start, so one index walks forward.)
  let j = 0;
  // A new list only from the first draft dropped (a copy of those before it): mostly none is.
  let kept: Draft[] | null = null;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    // (A participle's claim stays inside the claim it continues, as does one whose speaker is that claim's object.)
    if (d.cue !== null && d.cueStart >= 0 && !d.own && d.mode !== 'participle' && !OBJECT_SPEAKS.has(d.rule)) {
      const k = lowerBound(spanStarts, d.cueStart) - 1;
      const covered = k >= 0 && reach[k] > d.cueStart;
      if (covered) {
        while (j < outer.length && outer[j].start < d.start) j++;
        const quotesWords = j < outer.length && outer[j].end <= d.end;
        if (!quotesWords && !isOwnNestedReport(text, d)) {
          kept ??= drafts.slice(0, n);
          continue;
        }
      }
    }
    if (kept) kept.push(d);
  }
  return kept ?? drafts;
}
