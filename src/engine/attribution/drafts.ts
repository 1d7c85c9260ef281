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
 * The content is what was said: the quotation, the that-clause or the clause before the cue,
 * never the cue clause itself.
 *
 * Known limits: no parser, so the speaker phrase is the run of words before the cue back to a
 * clause boundary (punctuation, a conjunction or a subordinator), and content runs to the end of
 * the sentence (or to the next participle cue). Verbs that take a noun object ("blasted
 * Democrats") count only next to a quotation.
 */
import type { Range } from '../../schema/brief';
import type { Doc, Sentence } from '../document';
import { CUES, PROGRESSIVE_CUES, TWO_WORD_CUE_HEADS, type CueInfo } from '../data/cues';
import type { Quote } from '../text/quotes';
import { ANONYMOUS_HEADS, OFFICIAL_TITLES, SPEAKER_PRONOUNS } from '../data/source-terms';
import {
  ACCORDING,
  MAY_CUE,
  SOURCING,
  firstTokenAt,
  flagsOfTokens,
  isCap,
  isCapAt,
  isQuoted,
  isWord,
  tokenize,
  withoutFinalPeriod,
  type Token,
} from './tokens';

export interface Via extends Range {
  /** How the channel was named: "on"/"via" a platform, "according to", "in" a document, "with"/"to" an outlet. */
  how: 'on' | 'according' | 'in' | 'to';
}

export interface Draft extends Range {
  cue: string | null;
  cueStart: number;
  /** The speaker phrase as written, or null when the speaker carries over (`mode`). */
  speaker: Range | null;
  /** `np`: the phrase names the speaker; `continue`: the previous claim's speaker; `participle`: the speaker of the claim before it in the sentence. */
  mode: 'np' | 'continue' | 'participle';
  vias: readonly Via[];
  paragraph: number;
  sentence: number;
  /** Where that sentence starts (for pronoun antecedents in the same sentence). */
  sentenceStart: number;
  /** Found next to a quotation or a "NAME:" line (passes 1 and 1b): never folded into another claim. */
  own: boolean;
}

/**
 * Opening and closing quotation marks and sentence-final marks, as tests on a token's text: each
 * is one character, so a code comparison answers what a Set of strings would (these run per token).
 */
function isOpenQuote(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab;
}

function isCloseQuote(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201d || c === 0xbb || c === 39;
}
const DASHES = new Set(['\u2014', '\u2013', '--', '\u2015']);
/** Line openers that are labels, not speakers ("Update: ...", "Photo: ..."). */
const LABELS = new Set([
  'update',
  'updated',
  'note',
  'editor',
  'photo',
  'photos',
  'video',
  'source',
  'sources',
  'related',
  'read',
  'watch',
  'listen',
  'breaking',
  'exclusive',
  'warning',
  'disclaimer',
  'correction',
  'clarification',
  'transcript',
  'q',
  'a',
  'subscribe',
  'email',
  'comments',
  'share',
  'tags',
  'topics',
  'advertisement',
  'credit',
  'image',
  'caption',
  'more',
  'see',
  'also',
  'sign',
  'follow',
  'contact',
  'copyright',
  'posted',
  'published',
  'filed',
  'by',
  'here',
  'bottom',
  'the',
  'this',
  'what',
  'why',
  'how',
  'who',
  'when',
  'where',
  'question',
  'answer',
  'analysis',
  'opinion',
  'commentary',
  'live',
  'quiz',
  'recap',
  'timeline',
]);
/** Sentence-final marks: . ! ? and the ellipsis. */
function isFinal(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Words that end a speaker phrase going backwards: the clause before it is not the speaker. */
const NP_STOP = new Set([
  'that',
  'which',
  'but',
  'or',
  'nor',
  'when',
  'while',
  'because',
  'if',
  'as',
  'so',
  'after',
  'before',
  'since',
  'although',
  'though',
  'where',
  'what',
  'how',
  'why',
  'whether',
  'than',
  'until',
  'unless',
  'once',
  'then',
  'also',
  'yet',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'to',
  'said',
  'says',
  'say',
  'told',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'into',
  'about',
  'over',
  'under',
  'during',
  'against',
  'between',
  'through',
  'like',
  'what',
  'there',
  'here',
  'this',
  'these',
  'those',
  'let',
  'just',
  'even',
  'only',
  'however',
  'meanwhile',
  'instead',
  'still',
  'now',
  'and',
  'whom',
  'whose',
  'please',
  'perhaps',
]);

/** Auxiliaries and adverbs that may stand between a speaker and the cue ("has warned", "also said"). */
const AUX = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'do',
  'also',
  'then',
  'later',
  'previously',
  'repeatedly',
  'again',
  'once',
  'often',
  'recently',
  'long',
  'already',
  'still',
  'just',
  'even',
  'further',
  'first',
  'finally',
  'publicly',
  'privately',
  'reportedly',
  'earlier',
  'since',
  'been',
  'be',
  'not',
  'never',
  'always',
  'had',
  'may',
  'might',
  'should',
  'must',
  'openly',
  'flatly',
  'quickly',
]);

/** Words of time and place that may follow a cue before its content ("said Thursday that"). */
const TIME = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'last',
  'this',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'then',
  'now',
  'once',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'late',
  'early',
  'ago',
]);

/** Object pronouns and addressees after "told". */
const ADDRESSEES = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'you',
  'reporters',
  'journalists',
  'lawmakers',
  'supporters',
  'the',
  'a',
  'an',
  'his',
  'their',
  'its',
  'our',
  'my',
]);

const MONTHS_AND_DAYS = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'month',
  'months',
  'week',
  'weeks',
  'year',
  'years',
  'day',
  'days',
]);

const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);
const TIME_DETERMINERS = new Set(['this', 'last', 'earlier', 'that']);

/** A four-digit year from 1900 to 2099. */
function isYear(w: string): boolean {
  return (
    w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3))
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "advisers to Mr. Obama say": a plural noun before a preposition among the few words before heads the subject. */
function pluralHeadBefore(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    const w = t[k].lower;
    if (w === 'to' || w === 'of' || w === 'for' || w === 'at' || w === 'with') {
      const head = t[k - 1];
      return isWord(head) && !isCap(head) && isAgentPlural(head.lower);
    }
    if (!isWord(t[k])) return false;
  }
  return false;
}

/** Plural nouns for people ("advisers", "aides", "lawyers", "supporters"). */
export function isAgentPlural(w: string): boolean {
  return (
    w.endsWith('ers') ||
    w.endsWith('ors') ||
    w.endsWith('ists') ||
    w.endsWith('ants') ||
    w.endsWith('ents') ||
    w === 'aides' ||
    w === 'allies' ||
    w === 'officials'
  );
}

/** "Mr. Grassley and Mr. Leahy say": an "and" among the few words before makes the subject plural. */
function joinedByAnd(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (t[k].lower === 'and') return true;
  return false;
}

function isPronoun(w: string): boolean {
  return w === 'i' || w === 'we' || w === 'you' || w === 'they';
}

/** Words before a noun: a cue word after them is the noun ("the reports", "widespread claims"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'such',
  'widespread',
  'media',
  'news',
  'many',
  'several',
  'some',
  'numerous',
  'multiple',
  'unconfirmed',
  'recent',
  'earlier',
  'previous',
  'no',
  'any',
  'every',
  'each',
  'new',
  'false',
  'similar',
  'other',
  'local',
  'initial',
  'published',
]);

/** Every draft built with one shape (the engine stays monomorphic on its hottest objects). */
function mk(
  cue: string | null,
  cueStart: number,
  sent: Sent,
  start: number,
  end: number,
  speaker: Range | null,
  mode: Draft['mode'],
  vias: readonly Via[],
): Draft {
  return {
    start,
    end,
    cue,
    cueStart,
    speaker,
    mode,
    vias,
    paragraph: sent.paragraph,
    sentence: sent.index,
    sentenceStart: 0,
    own: false,
  };
}

const CONTENT_SUBORDINATORS = new Set([
  'when',
  'as',
  'after',
  'before',
  'while',
  'because',
  'since',
  'during',
  'until',
  'though',
  'although',
  'upon',
]);

/** "called into the show", "called off the talks": a phrasal verb, not a stance. */
const PARTICLE_STARTS = new Set([
  'into',
  'in',
  'off',
  'up',
  'out',
  'back',
  'over',
  'at',
  'from',
  'with',
  'down',
  'away',
  'around',
]);

/** Prepositions before a participle cue that keep the sentence's speaker ("responded by saying ..."). */
const PARTICIPLE_PREPS = new Set(['by', 'before', 'while', 'for', 'when', 'also', 'without']);

/** Things that show or find without a "that" ("a new poll shows Clinton ahead", "the video shows him ..."). */
const EVIDENCE_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'analysis',
  'study',
  'studies',
  'data',
  'average',
  'video',
  'videos',
  'footage',
  'transcript',
  'report',
  'records',
  'documents',
  'figures',
  'numbers',
  'review',
  'audit',
  'investigation',
  'research',
  'slide',
  'photo',
  'photos',
  'image',
  'images',
  'recording',
  'chart',
  'map',
  'filing',
  'filings',
  'it',
  'averages',
]);

/** Third-person cue forms that are as often plural nouns. */
const NOUNISH = new Set([
  'tweets',
  'claims',
  'reports',
  'questions',
  'plans',
  'offers',
  'calls',
  'notes',
  'charges',
  'promises',
  'warnings',
  'fears',
  'hopes',
  'worries',
  'demands',
  'threats',
  'stresses',
  'estimates',
  'findings',
  'states',
  'shows',
  'supports',
  'attacks',
  'cites',
  'proposes',
  'blames',
  'praises',
  'posts',
  'comments',
  'remarks',
  'statements',
  'answers',
  'responds',
  'replies',
  'concerns',
]);

/** The longest content a cue clause can take: a run-on "sentence" without punctuation stops here. */
const MAX_CONTENT_TOKENS = 160;

/** Pro-forms that are no content ("said so", "said as much"). */
const EMPTY_CONTENT = new Set(['so', 'this', 'that', 'it', 'otherwise', 'nothing', 'no', 'yes']);

/**
 * Is t[s..last] a pro-form ("so", "as much", "this") or one leading a clause ("so ...", "as
 * much ...", "otherwise ...")? Read off the tokens: no string is built per claim.
 */
function emptyContent(t: Token[], s: number, last: number): boolean {
  const first = t[s].lower;
  if (s === last) return EMPTY_CONTENT.has(first);
  if (first === 'so' || first === 'otherwise') return true;
  return first === 'as' && t[s + 1].lower === 'much';
}

interface Sent {
  start: number;
  end: number;
  paragraph: number;
  index: number;
  tokens: Token[];
  /** The union of the tokens' flags. */
  flags: number;
}

/** The drafts, and the tokens of every sentence (reused by the source scan). */
export function findDrafts(
  doc: Doc,
  quotes: readonly Quote[],
  outer: readonly Quote[] = outerQuotes(quotes),
): { drafts: Draft[]; tokens: Token[][]; sourcing: Token[][] } {
  // Each pass is a function of its own, and so is its work per item. This runs once per document:
  // V8 replaces a long loop mid-way (OSR), compiling the function around it, and that code gives
  // up where the function goes on to code not run yet. Small functions keep both cheap.
  // (Plain loops rather than map/filter: on a document with tens of thousands of sentences or
  // drafts, V8's inlined map/filter deoptimize on the large arrays, every call.)
  const sents = sentencesOf(doc, outer);
  const drafts: Draft[] = [];
  /** Token starts of cues already used by a quotation's cue clause. */
  const usedCues = new Set<number>();
  const inClause = quotationPass(doc, sents, outer, usedCues, drafts);
  nameColonPass(doc, sents, outer, drafts);
  const withDraft = ownDrafts(drafts);
  cuePass(doc, sents, withDraft, usedCues, inClause, drafts);
  // Sorted only when out of order (often not, when only pass 2 found claims); the sort is stable, so the order is the same.
  if (!draftsInOrder(drafts)) drafts.sort(byDraftStart);
  const kept = withoutNested(drafts, outer);
  setSentenceStarts(kept, sents);
  const { tokens, sourcing } = tokensOf(sents);
  return { drafts: kept, tokens, sourcing };
}

/** Every sentence, with its tokens. */
function sentencesOf(doc: Doc, outer: readonly Quote[]): Sent[] {
  const sents: Sent[] = [];
  for (let index = 0; index < doc.sentences.length; index++)
    sents.push(sentenceOf(doc.text, doc.sentences[index], index, outer));
  return sents;
}

/** Pass 1: quotations with a cue clause next to them. Returns the offsets taken as a cue clause (null for none). */
function quotationPass(
  doc: Doc,
  sents: Sent[],
  outer: readonly Quote[],
  usedCues: Set<number>,
  drafts: Draft[],
): Uint8Array | null {
  const sentAt = makeLocator(sents);
  const st: QuoteState = { inClause: null, prevClaimPara: -10, prevClaimEnd: -1 };
  for (let qi = 0; qi < outer.length; qi++) {
    const q = outer[qi];
    if (st.inClause !== null && st.inClause[q.start]) continue;
    quotationDraft(doc, q, sents, sentAt, outer, st, usedCues, drafts);
  }
  return st.inClause;
}

/** Pass 1b: a line that opens with a name and a colon ("PENCE: Well, look, ...", "Pat Caddell: Democrat voters ..."). */
function nameColonPass(doc: Doc, sents: Sent[], outer: readonly Quote[], drafts: Draft[]): void {
  for (let si = 0; si < sents.length; si++) {
    const d = nameColonLine(doc, sents[si], outer);
    if (d) drafts.push(d);
  }
}

/** Marks the drafts so far (passes 1 and 1b) as claims of their own; returns the sentences that have one. */
function ownDrafts(drafts: Draft[]): Set<number> {
  const withDraft = new Set<number>();
  for (let k = 0; k < drafts.length; k++) {
    drafts[k].own = true;
    withDraft.add(drafts[k].sentence);
  }
  return withDraft;
}

/** Pass 2: cue verbs outside quotations. */
function cuePass(
  doc: Doc,
  sents: Sent[],
  withDraft: ReadonlySet<number>,
  usedCues: ReadonlySet<number>,
  inClause: Uint8Array | null,
  drafts: Draft[],
): void {
  const title = doc.titleRange;
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si];
    // No word that can start a cue or "according to": nothing for this pass.
    if (!(sent.flags & (MAY_CUE | ACCORDING))) continue;
    const heading = title !== null && sent.start >= title.start && sent.end <= title.end;
    cueDrafts(doc.text, sent, heading, withDraft.has(sent.index), usedCues, inClause, drafts);
  }
}

function setSentenceStarts(drafts: Draft[], sents: Sent[]): void {
  for (let k = 0; k < drafts.length; k++) drafts[k].sentenceStart = sents[drafts[k].sentence]?.start ?? 0;
}

/** The tokens of every sentence, and of those with a sourcing word (for the source scan). */
function tokensOf(sents: Sent[]): { tokens: Token[][]; sourcing: Token[][] } {
  const tokens: Token[][] = [];
  const sourcing: Token[][] = [];
  for (let k = 0; k < sents.length; k++) {
    const x = sents[k];
    tokens.push(x.tokens);
    if (x.flags & SOURCING) sourcing.push(x.tokens);
  }
  return { tokens, sourcing };
}

/** A sentence with its tokens (only one that can hold attribution is tokenized; the check is allocation-free). */
function sentenceOf(text: string, s: Sentence, index: number, outer: readonly Quote[]): Sent {
  const tokens = mayAttribute(text, s.start, s.end) ? tokenize(text, s.start, s.end, outer) : NO_TOKENS;
  return { start: s.start, end: s.end, paragraph: s.paragraph, index, tokens, flags: flagsOfTokens(tokens) };
}

/** What pass 1 carries from one quotation to the next. */
interface QuoteState {
  /** Ranges already taken as a cue clause (their quotations are not claims). Made at the first cue clause after a quotation: until then nothing is in one, and many documents have none. */
  inClause: Uint8Array | null;
  /** The paragraph and end of the last claim pass 1 found. */
  prevClaimPara: number;
  prevClaimEnd: number;
}

/** Pass 1 for one quotation: a claim when a cue clause stands next to it, or when it continues the claim before it. */
function quotationDraft(
  doc: Doc,
  q: Quote,
  sents: Sent[],
  sentAt: (pos: number) => number,
  outer: readonly Quote[],
  st: QuoteState,
  usedCues: Set<number>,
  drafts: Draft[],
): void {
  const { text } = doc;
  const si = sentAt(q.start);
  if (si < 0) return;
  const sent = sents[si];
  const paraIdx = sent.paragraph;
  const para = doc.paragraphs[paraIdx];
  // (Only compared with 1, 3 and 4 below: counted up to 4.)
  const words = countWords(text, q.contentStart, q.contentEnd, 4);
  const endsClause = q.closed && endsWithClauseMark(text, q.contentStart, q.contentEnd);

  // After: ", X said ..." / ", said X ..."
  const after = tailAfter(text, q, sents, sentAt);
  // A quotation that is the object of the words before it ("On “Fox News Sunday,” Pence said") is a title, not speech.
  const opens = opensClause(text, q.start, sent.start);
  let trail = after && (endsClause || after.tokens[0]?.text === ',') ? trailingClause(after.tokens) : null;
  if (trail && after!.hopped) {
    // Only a bare cue clause may stand as its own sentence ("Clinton said."), never new content.
    const tail = after!.tokens;
    const c = tail.findIndex((tk) => tk.start === trail!.cueStart);
    if (c < 0 || !onlyAdverbial(tail, c + 1, tail.length)) trail = null;
  }
  // Not opening its clause, the quotation finishes a sentence begun before it ("using the tax
  // ''is a misguided approach,'' said Mr. Burman"): a mixed claim from the sentence start, when
  // the cue clause after it is only a cue clause (else it was a title: "On “Fox News Sunday,” Pence said his ...").
  let from = q.start;
  if (trail && !opens) {
    const tail = after!.tokens;
    const cueAt_ = tail.findIndex((tk) => tk.start === trail!.cueStart);
    // Inverted ("..., says Paul Rieckhoff, founder of ...") is a cue clause by its form.
    const inverted = cueAt_ === 0 || (cueAt_ === 1 && tail[0].text === ',');
    if (cueAt_ < 0 || (!inverted && !onlyAdverbial(tail, cueAt_ + 1, tail.length)) || words < 3) trail = null;
    else from = firstWordStart(sent.tokens, sent.start, q.start);
  }
  if (trail && words >= 1) {
    drafts.push({
      start: from,
      end: q.end,
      cue: trail.cue,
      cueStart: trail.cueStart,
      speaker: trail.speaker,
      mode: trail.speaker ? 'np' : 'continue',
      vias: trail.vias,
      paragraph: paraIdx,
      sentence: si,
      sentenceStart: 0,
      own: false,
    });
    usedCues.add(trail.cueStart);
    if (st.inClause === null) st.inClause = new Uint8Array(text.length + 1);
    st.inClause.fill(1, q.end, Math.max(q.end, trail.end));
    st.prevClaimPara = paraIdx;
    st.prevClaimEnd = q.end;
    return;
  }
  // Before: "X said, “...”", "X: “...”"
  const lead = leadingClause(text, q, sent, para, outer);
  if (lead) {
    drafts.push({
      start: q.start,
      end: q.end,
      cue: lead.cue,
      cueStart: lead.cueStart,
      speaker: lead.speaker,
      mode: 'np',
      vias: lead.vias,
      paragraph: paraIdx,
      sentence: si,
      sentenceStart: 0,
      own: false,
    });
    if (lead.cueStart >= 0) usedCues.add(lead.cueStart);
    st.prevClaimPara = paraIdx;
    st.prevClaimEnd = q.end;
    return;
  }
  // "He said:" closing the paragraph before, the quotation opening this one.
  if (isBlankBetween(text, para.start, q.start) && paraIdx > 0) {
    const before = doc.paragraphs[paraIdx - 1];
    if (text[before.end - 1] === ':') {
      const bs = sents[sentAt(before.end - 1)];
      const tt = bs.tokens.slice(0, -1);
      for (let c = 0; c < tt.length; c++) {
        const cue = cueAt(tt, c);
        if (!cue || isCap(tt[c])) continue;
        const np = speakerBefore(tt, c);
        if (!np || tt.length - (c + cue.words) > 8) continue;
        drafts.push({
          start: q.start,
          end: q.end,
          cue: cue.text,
          cueStart: tt[c].start,
          speaker: { start: tt[np.from].start, end: tt[np.to - 1].end },
          mode: 'np',
          vias: collectVias(tt, c + cue.words, tt.length),
          paragraph: paraIdx,
          sentence: si,
          sentenceStart: 0,
          own: false,
        });
        usedCues.add(tt[c].start);
        st.prevClaimPara = paraIdx;
        st.prevClaimEnd = q.end;
        break;
      }
      if (st.prevClaimEnd === q.end) return;
    }
  }
  // Continuation: a quotation that opens its paragraph or sentence, right after a claim.
  const opensSentence = isBlankBetween(text, sent.start, q.start) || isBlankBetween(text, para.start, q.start);
  if (
    opensSentence &&
    words >= 4 &&
    (paraIdx === st.prevClaimPara || paraIdx === st.prevClaimPara + 1) &&
    q.start >= st.prevClaimEnd
  ) {
    drafts.push({
      start: q.start,
      end: q.end,
      cue: null,
      cueStart: -1,
      speaker: null,
      mode: 'continue',
      vias: NO_VIAS,
      paragraph: paraIdx,
      sentence: si,
      sentenceStart: 0,
      own: false,
    });
    st.prevClaimPara = paraIdx;
    st.prevClaimEnd = q.end;
  }
}

/**
 * Pass 1b for one sentence: a line that opens with a name and a colon. (Each pass's per-item work is a
 * function of its own: the loops over all sentences run once per document, and V8 optimises a small
 * function called per sentence sooner than a long loop body it can only replace mid-loop.)
 */
function nameColonLine(doc: Doc, sent: Sent, outer: readonly Quote[]): Draft | null {
  const { text } = doc;
  // The tokens first (a capitalised word and a colon), then whether a line starts there.
  const t = sent.tokens;
  let k = 0;
  if (t[k] && isOpenQuote(t[k].text)) k++;
  const from = k;
  while (k < t.length && k - from < 6 && isWord(t[k]) && isCap(t[k])) k++;
  if (k === from || t[k]?.text !== ':' || LABELS.has(t[from].lower)) return null;
  if (!opensLine(text, sent.start, doc.paragraphs[sent.paragraph].start)) return null;
  if (k + 1 < t.length && isOpenQuote(t[k + 1].text)) return null; // a quotation: pass 1
  let lineEnd = text.indexOf('\n', t[k].end);
  const para = doc.paragraphs[sent.paragraph];
  if (lineEnd < 0 || lineEnd > para.end) lineEnd = para.end;
  const ct = tokenize(text, t[k].end, lineEnd, outer);
  let last = ct.length - 1;
  while (
    last >= 0 &&
    !isWord(ct[last]) &&
    (isFinal(ct[last].text) || (isCloseQuote(ct[last].text) && !isQuoted(ct[last])))
  )
    last--;
  if (last < 2) return null;
  return {
    start: ct[0].start,
    end: ct[last].end,
    cue: null,
    cueStart: -1,
    speaker: { start: t[from].start, end: t[k - 1].end },
    mode: 'np',
    vias: NO_VIAS,
    paragraph: sent.paragraph,
    sentence: sent.index,
    sentenceStart: 0,
    own: false,
  };
}

/** Pass 2 for one sentence: its cue verbs outside quotations, each claim added to `drafts`. */
function cueDrafts(
  text: string,
  sent: Sent,
  heading: boolean,
  sentenceHasClaim: boolean,
  usedCues: ReadonlySet<number>,
  inClause: Uint8Array | null,
  drafts: Draft[],
): void {
  const t = sent.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!isWord(tok) || isQuoted(tok)) continue;
    // Most words neither start a cue nor "according to": one bit rules them out.
    if (!(tok.flags & (MAY_CUE | ACCORDING))) continue;
    if (usedCues.has(tok.start)) continue;
    if (inClause !== null && inClause[tok.start]) continue;
    if (tok.lower === 'according' && t[i + 1]?.lower === 'to') {
      const d = accordingTo(t, i, sent);
      if (d) {
        drafts.push(d);
        sentenceHasClaim = true;
      }
      continue;
    }
    const cue = cueAt(t, i, heading);
    if (!cue) continue;
    const span = cue.words;
    // Only next to a quotation (pass 1), or right before "that"/"whether" ("responded that ...").
    if (cue.info.cls === 'quote' && !(t[i + cue.words]?.lower === 'that' || t[i + cue.words]?.lower === 'whether'))
      continue;
    const d = verbClaim(text, t, i, span, cue.info, sent, sentenceHasClaim);
    if (d) {
      drafts.push(d);
      sentenceHasClaim = true;
      // Skip the words the claim's cue clause used.
      i += span - 1;
    }
  }
}

const NO_TOKENS: Token[] = [];

function byDraftStart(a: Draft, b: Draft): number {
  return a.start - b.start || a.cueStart - b.cueStart;
}

function draftsInOrder(drafts: readonly Draft[]): boolean {
  for (let k = 1; k < drafts.length; k++) if (byDraftStart(drafts[k - 1], drafts[k]) > 0) return false;
  return true;
}

/** The depth-0 double quotations, in order. */
export function outerQuotes(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (let k = 0; k < quotes.length; k++) if (quotes[k].depth === 0 && quotes[k].mark === 'double') out.push(quotes[k]);
  return out;
}

/**
 * Reported speech inside reported speech ("Earnest said Obama has long called for ...") is part
 * of the outer claim; a quotation's own cue clause (pass 1) stays a claim of its own. `drafts`
 * are sorted by start.
 */
function withoutNested(drafts: Draft[], outer: readonly Quote[]): Draft[] {
  // The outer claims' content spans (cue before content), sorted by start, with the running
  // furthest end, so "is this cue inside one of them" is a binary search.
  const spanStarts: number[] = [];
  const reach: number[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d.own || d.cueStart < 0 || d.cueStart >= d.start) continue;
    spanStarts.push(d.start);
    reach.push(Math.max(d.end, reach.length ? reach[reach.length - 1] : 0));
  }
  // A nested claim that quotes its speaker's own words ("... when she said that “...”") stays.
  // (The first quotation starting at or after the draft: drafts are sorted by start, so one index walks forward.)
  let j = 0;
  // A new list only from the first draft dropped (a copy of those before it): mostly none is.
  let kept: Draft[] | null = null;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d.cue !== null && d.cueStart >= 0 && !d.own && d.mode !== 'participle') {
      const k = lowerBoundNum(spanStarts, d.cueStart) - 1;
      const covered = k >= 0 && reach[k] > d.cueStart;
      if (covered) {
        while (j < outer.length && outer[j].start < d.start) j++;
        const quotesWords = j < outer.length && outer[j].end <= d.end;
        if (!quotesWords) {
          kept ??= drafts.slice(0, n);
          continue;
        }
      }
    }
    if (kept) kept.push(d);
  }
  return kept ?? drafts;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a lower-cased ASCII word, by code unit (no string is built). */
function hashWord(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

function hashString(word: string): number {
  return hashWord(word, 0, word.length);
}

/** Hashes of every word that can start attribution or name unnamed sourcing. */
const TRIGGERS: ReadonlySet<number> = new Set(
  [...CUES.keys(), ...ANONYMOUS_HEADS, 'according', 'reports', 'rumors', 'rumours', 'reporting'].map((w) =>
    hashString(w.split(' ')[0]),
  ),
);
/** The low 16 bits of those hashes, one byte each: most words are ruled out without the Set (whose keys are heap numbers). */
const TRIGGER_LOW = new Uint8Array(1 << 16);
for (const h of TRIGGERS) TRIGGER_LOW[h & 0xffff] = 1;

function isTrigger(h: number): boolean {
  return TRIGGER_LOW[h & 0xffff] === 1 && TRIGGERS.has(h);
}

/**
 * Can text[from, to) hold a claim or a source? A quotation mark, a colon, a dash, or a word whose
 * hash is a cue's or a sourcing noun's. One pass over the characters, nothing allocated.
 */
function mayAttribute(text: string, from: number, to: number): boolean {
  // The run of ASCII letters so far: its length and its hashWord hash, built as it is read.
  let n = 0;
  let h = FNV_OFFSET;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) {
      h = Math.imul(h ^ (c | 0x20), FNV_PRIME);
      n++;
      continue;
    }
    if (n > 0) {
      if (n >= 2 && isTrigger(h >>> 0)) return true;
      n = 0;
      h = FNV_OFFSET;
    }
    if (
      c === 34 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 58 ||
      c === 0x2014 ||
      c === 0x2013 ||
      c === 0x2015 ||
      (c === 39 && text.charCodeAt(i + 1) === 39)
    )
      return true;
  }
  return false;
}

/** First index whose value is >= x, in an ascending array (partitionPoint written out: this runs per draft). */
export function lowerBoundNum(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeLocator(sents: Sent[]): (pos: number) => number {
  // Quotations are looked up in reading order: the last answer, or the sentence after it, mostly
  // holds the next position (checked before the binary search).
  let last = 0;
  return (pos: number) => {
    for (let k = last; k < last + 2 && k < sents.length; k++) {
      if (sents[k].start <= pos && (k + 1 === sents.length || sents[k + 1].start > pos)) return (last = k);
    }
    let lo = 0;
    let hi = sents.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sents[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (ans >= 0) last = ans;
    return ans;
  };
}

/** Does text[from, to), trailing white space aside, end in , ? ! . or an ellipsis? */
function endsWithClauseMark(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isTrimmed(text.charCodeAt(i))) i--;
  // A quotation inside the quotation closes first: "People say, 'It doesn't matter ...,'" said X.
  if (i > from && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 44 || c === 63 || c === 33 || c === 46 || c === 0x2026;
}

/** The white space String.prototype.trimEnd removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The number of words in text[from, to), or `max` if there are at least that many. */
function countWords(text: string, from: number, to: number, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord && ++n === max) return n;
    inWord = !space;
  }
  return n;
}

/** The first word of a sentence's tokens before `limit` (the start of a mixed claim). */
function firstWordStart(t: Token[], fallback: number, limit: number): number {
  // At most MAX_CONTENT_TOKENS before the quotation: a run-on sentence does not make this quadratic.
  const end = firstTokenAt(t, limit);
  for (let k = Math.max(0, end - MAX_CONTENT_TOKENS); k < end; k++) if (isWord(t[k])) return t[k].start;
  return fallback;
}

/** Does a quotation at `at` open its clause: sentence start, or after a colon, comma, dash or bracket? */
function opensClause(text: string, at: number, sentenceStart: number): boolean {
  let i = at - 1;
  while (i >= sentenceStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 0xa0))
    i--;
  if (i < sentenceStart) return true;
  const c = text[i];
  return (
    c === ',' ||
    c === ':' ||
    c === ';' ||
    c === '(' ||
    c === '\u2014' ||
    c === '\u2013' ||
    c === '\u2015' ||
    c === '-' ||
    c === '.' ||
    c === '?' ||
    c === '!' ||
    c === '\u201d' ||
    c === '"' ||
    c === "'"
  );
}

/** Does a line start at `at` (only white space since the paragraph start or the last line break)? */
function opensLine(text: string, at: number, paraStart: number): boolean {
  let i = at - 1;
  while (i >= paraStart) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!(c === 32 || c === 9 || c === 13 || c === 0xa0)) return false;
    i--;
  }
  return true;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am']);
/** A subject pronoun with "is" run together: "He’s claiming that ..." is a speaker, not a possessive. */
export const PRONOUN_BE: ReadonlySet<string> = new Set(['he\u2019s', "he's", 'she\u2019s', "she's"]);
/** Plural nouns without an -s ("Police say he posed a deadly threat"). */
const PLURAL_COLLECTIVES = new Set(['police', 'people']);

/** The cue starting at token i (one or two words), if any. */
function cueAt(t: Token[], i: number, heading = false): { info: CueInfo; words: number; text: string } | null {
  const w = t[i];
  if (!isWord(w) || isQuoted(w) || !(w.flags & MAY_CUE)) return null;
  const next = t[i + 1];
  if (next && isWord(next) && TWO_WORD_CUE_HEADS.has(w.lower)) {
    const two = `${w.lower} ${next.lower}`;
    const info2 = CUES.get(two);
    if (info2) return { info: info2, words: 2, text: `${w.text} ${next.text}` };
  }
  // (No read at index -1: an out-of-bounds read leaves V8's fast path, and this runs per word.)
  const before = i > 0 ? t[i - 1] : undefined;
  // The progressive after a form of "be" ("is calling", "He’s claiming") is the verb, whatever the -ing form alone would be.
  if (
    before &&
    isWord(before) &&
    !isCap(w) &&
    (BE_FORMS.has(before.lower) || PRONOUN_BE.has(before.lower)) &&
    PROGRESSIVE_CUES.has(w.lower)
  ) {
    return { info: PROGRESSIVE_CUES.get(w.lower)!, words: 1, text: w.text };
  }
  const info = CUES.get(w.lower);
  if (!info) return null;
  // After a determiner or a possessive it is a noun: "widespread reports", "her claims", "Trump's remarks".
  if (
    before &&
    isWord(before) &&
    (DETERMINERS.has(before.lower) || before.lower === 'of' || endsWithPossessive(before.lower))
  )
    return null;
  // A base form after a singular name is a noun ("the McKinley plan is"); "Democrats plan to" and "Police say" stay.
  if (
    info.base &&
    before &&
    isWord(before) &&
    isCap(before) &&
    !before.lower.endsWith('s') &&
    !isPronoun(before.lower) &&
    !PLURAL_COLLECTIVES.has(before.lower) &&
    !joinedByAnd(t, i) &&
    !pluralHeadBefore(t, i)
  )
    return null;
  // A capitalised cue word mid-sentence is a name or title ("Warren Report", "Sen. Claims"), not a
  // verb; in a Title Case headline only the -s form counts ("Obama Says ...", "..., Graham Says").
  if (isCap(w) && i > 0 && !(heading && i > 0 && w.lower.endsWith('s') && info.cls === 'say')) return null;
  return { info, words: 1, text: w.text };
}

/** Ends in n't or n’t ("didn't"), as /n['\u2019]t$/ tests. (Char tests rather than regexes on the per-word paths: there the regex also allocated.) */
function endsWithNegation(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 116 || w.charCodeAt(n - 3) !== 110) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Ends in 's or ’s ("Trump's"), as /['\u2019]s$/ tests, read off the last two code units (this runs per cue word). */
function endsWithPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

interface SpeakerSpan {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/**
 * The speaker phrase ending right before token `i` (skipping auxiliaries and adverbs), going back
 * to a clause boundary. Returns the token range and the index of the boundary token (-1 at the
 * start of the tokens).
 */
function speakerBefore(t: Token[], i: number, floor = 0): (SpeakerSpan & { boundary: number }) | null {
  let k = i - 1;
  while (k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  // "who in 2010 said": a year or day between the subject and its cue.
  if (
    k - 1 > floor &&
    isWord(t[k]) &&
    (isYear(t[k].text) || (MONTHS_AND_DAYS.has(t[k].lower) && isCap(t[k]))) &&
    (t[k - 1].lower === 'in' || t[k - 1].lower === 'on')
  )
    k -= 2;
  // "Wells Fargo just this month announced ...", "The company last week said ...": a time phrase before the cue.
  else if (k - 1 > floor && isWord(t[k]) && TIME_NOUNS.has(t[k].lower) && TIME_DETERMINERS.has(t[k - 1].lower)) {
    k -= 2;
    while (k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  }
  // "many of whom say": the quantified relative is the whole subject.
  if (
    k - 2 >= floor &&
    t[k].lower === 'whom' &&
    t[k - 1].lower === 'of' &&
    isWord(t[k - 2]) &&
    !isCap(t[k - 2]) &&
    !NP_STOP.has(t[k - 2].lower)
  ) {
    return { from: k - 2, to: k + 1, boundary: k - 3 >= floor ? k - 3 : -1 };
  }
  // "anybody who complains": the relative pronoun stands for the phrase before it.
  if (k > floor && isWord(t[k]) && (t[k].lower === 'who' || t[k].lower === 'which')) {
    // "McConnell, ..., who in 2010 said ...": after a comma "who" is the subject, resolved like a pronoun.
    if (t[k - 1].text === ',' && t[k].lower === 'who') return { from: k, to: k + 1, boundary: k - 1 };
    k--;
  }
  // "all the experts I interviewed said": a reduced relative clause after the noun; the noun speaks.
  if (
    k - 2 >= floor &&
    isWord(t[k]) &&
    !isCap(t[k]) &&
    t[k].lower.endsWith('ed') &&
    isVerbLike(t[k].lower) &&
    SUBJECT_PRONOUNS.has(t[k - 1].lower) &&
    isWord(t[k - 2]) &&
    !isCap(t[k - 2]) &&
    !NP_STOP.has(t[k - 2].lower) &&
    !SUBJECT_PRONOUNS.has(t[k - 2].lower) &&
    !CUES.has(t[k - 2].lower) &&
    !isVerbLike(t[k - 2].lower)
  )
    k -= 2;
  const to = k + 1;
  // A personal pronoun is the whole subject ("... in the mail they asked"): nothing before it belongs.
  if (k >= floor && isWord(t[k]) && SUBJECT_PRONOUNS.has(t[k].lower))
    return { from: k, to, boundary: k - 1 >= floor ? k - 1 : -1 };
  let count = 0;
  while (k >= floor) {
    const w = t[k];
    if (isQuoted(w)) break;
    if (!isWord(w)) {
      if (w.text === '&' || w.text === '-') {
        k--;
        continue;
      }
      // "Sen. Claire McCaskill (D-Mo.) said": step over the bracket.
      if (w.text === ')') {
        let b = k - 1;
        while (b > floor && t[b].text !== '(' && k - b < 8) b--;
        if (t[b]?.text === '(' && b > floor) {
          k = b - 1;
          continue;
        }
      }
      break;
    }
    if (NP_STOP.has(w.lower)) {
      // "and" joins two names ("Trump and Pence said"); otherwise it ends the phrase.
      if (w.lower === 'and' && k > floor && isCap(t[k - 1]) && isCapAt(t, k + 1)) {
        k--;
        continue;
      }
      // "attorneys for the family", "Department of Justice", "a reporter for USA Today": a
      // preposition inside the phrase, after a noun-like word.
      if (
        (w.lower === 'of' ||
          w.lower === 'for' ||
          w.lower === 'on' ||
          w.lower === 'at' ||
          w.lower === 'in' ||
          w.lower === 'with' ||
          w.lower === 'from' ||
          (w.lower === 'to' && k > floor && isAgentPlural(t[k - 1].lower))) &&
        k > floor &&
        isWord(t[k - 1]) &&
        !NP_STOP.has(t[k - 1].lower) &&
        !isVerbLike(t[k - 1].lower) &&
        !CUES.has(t[k - 1].lower) &&
        count > 0
      ) {
        // "Board on Professional Responsibility", "Department of Justice"
        k--;
        continue;
      }
      break;
    }
    if (CUES.has(w.lower) && !isCap(w)) break;
    // A lower-case -ed/-ing word is a verb or participle of another clause ("referenced", "paying").
    if (!isCap(w) && isVerbLike(w.lower)) break;
    // "Earlier this month Wells Fargo announced", "$2,000 every three months": time and numbers are not speakers.
    if ((TIME.has(w.lower) && !isCap(w)) || MONTHS_AND_DAYS.has(w.lower) || isDigit(w.text.charCodeAt(0))) break;
    count++;
    if (count > 10) return null;
    k--;
  }
  const from = k + 1;
  if (from >= to) return null;
  return { from, to, boundary: k >= floor ? k : -1 };
}

/**
 * "Flynn, a top Trump surrogate, said": the cue right after a comma, an appositive before it and
 * the name before that. Returns the appositive's range with its boundary, so the caller's
 * appositive rule picks the name.
 */
function appositiveSpeaker(t: Token[], i: number, floor: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= floor && isWord(t[j]) && AUX.has(t[j].lower)) j--;
  if (j <= floor || t[j].text !== ',') return null;
  const app = speakerBefore(t, j, floor);
  if (!app || app.boundary < floor || t[app.boundary].text !== ',' || !isDescriptive(t, app)) return null;
  return app;
}

/** Words that open an adverbial, not a subject, before a comma ("In a statement, ..."). */
const ADVERBIAL_OPENERS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'while',
  'when',
  'for',
  'as',
  'with',
  'without',
  'under',
  'asked',
  'speaking',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'still',
  'but',
  'and',
  'yet',
  'also',
  'instead',
  'separately',
  'since',
  'by',
  'from',
  'last',
  'this',
  'on',
  'if',
  'although',
  'though',
  'because',
  'even',
  'then',
  'now',
  'today',
  'yesterday',
  'in',
  'according',
  'responding',
  'addressing',
  'writing',
  'following',
  'amid',
  'despite',
  'like',
  'unlike',
  'to',
  'so',
  'indeed',
  'moreover',
]);

/**
 * "Richard Revesz, director of the Institute for Policy Integrity at New York University’s law
 * school, said": the cue right after a comma; the speaker is the first stretch between commas
 * (from `floor`) that does not open like an adverbial, when nothing else in between ends a clause.
 */
function segmentSpeaker(t: Token[], i: number, floor: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= floor && isWord(t[j]) && AUX.has(t[j].lower)) j--;
  if (j <= floor || t[j].text !== ',' || j - floor > 45) return null;
  let segStart = floor;
  for (let k = floor; k <= j; k++) {
    const w = t[k];
    if (isQuoted(w) || isFinal(w.text) || w.text === ';' || isOpenQuote(w.text) || (isCloseQuote(w.text) && k > floor))
      return null;
    if (isWord(w) && !isCap(w) && CUES.has(w.lower) && !CUES.get(w.lower)!.participle) return null;
    if (w.text === ',') {
      const first = t[segStart];
      if (
        k > segStart &&
        k - segStart <= 12 &&
        isWord(first) &&
        !ADVERBIAL_OPENERS.has(first.lower) &&
        !isDigit(first.text.charCodeAt(0))
      ) {
        return { from: segStart, to: k, boundary: segStart - 1 >= floor ? segStart - 1 : -1 };
      }
      segStart = k + 1;
    }
  }
  return null;
}

/** "-ly" adverbs between a speaker and the cue ("forcefully told", "incorrectly stated"). */
function isAdverb(w: Token): boolean {
  return (
    !isCap(w) &&
    w.lower.length > 4 &&
    w.lower.endsWith('ly') &&
    w.lower !== 'family' &&
    w.lower !== 'ally' &&
    w.lower !== 'italy'
  );
}

const NOT_VERBS = new Set([
  'unnamed',
  'red',
  'bed',
  'speed',
  'seed',
  'need',
  'creed',
  'feed',
  'shed',
  'hundred',
  'kindred',
  'sacred',
  'wicked',
  'naked',
  'ring',
  'king',
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
  'evening',
  'morning',
  'building',
  'spring',
  'string',
  'wing',
  'briefing',
  'hearing',
  'meeting',
  'ruling',
  'funding',
  'setting',
  'training',
  'polling',
  'spending',
  'housing',
  'shooting',
  'rating',
  'during',
  'bring',
  'sibling',
  'darling',
  'ceiling',
  'wedding',
  'pudding',
  'earring',
  'writing',
  'offering',
  'timing',
  'warning',
  'finding',
  'feeling',
  'reading',
  'opening',
  'landing',
  'standing',
  'viewing',
  'beijing',
  'retired',
  'alleged',
  'elected',
  'married',
  'aged',
  'armed',
  'based',
  'interested',
  'concerned',
  'talented',
  'detailed',
  'unidentified',
  'united',
  'limited',
  'noted',
  'learned',
  'renowned',
  'respected',
  'trusted',
  'licensed',
  'certified',
  'registered',
  'skilled',
  'experienced',
  'advanced',
  'embattled',
  'beleaguered',
]);

function isVerbLike(lower: string): boolean {
  if (NOT_VERBS.has(lower)) return false;
  return (lower.length > 4 && lower.endsWith('ed')) || (lower.length > 5 && lower.endsWith('ing'));
}

/** A "the"/"a" led descriptive phrase ("a top Trump surrogate"): an appositive, not the speaker. */
function isDescriptive(t: Token[], s: SpeakerSpan): boolean {
  const first = t[s.from].lower;
  return (
    first === 'a' ||
    first === 'an' ||
    first === 'the' ||
    first === 'his' ||
    first === 'her' ||
    first === 'its' ||
    first === 'their' ||
    first.endsWith("'s") ||
    first.endsWith('\u2019s') ||
    (!isCap(t[s.from]) && isWord(t[s.from]))
  );
}

/** Channels after a cue: "on Telegram", "via Twitter", "in a statement", "according to TASS", "to reporters". */
function collectVias(t: Token[], from: number, to: number): readonly Via[] {
  // Most cue clauses name no channel: they share one empty list.
  let vias: Via[] | null = null;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) continue;
    let how: Via['how'] | null = null;
    let at = k + 1;
    if (w.lower === 'according' && t[k + 1]?.lower === 'to') {
      how = 'according';
      at = k + 2;
    } else if (w.lower === 'on' || w.lower === 'via') how = 'on';
    else if (w.lower === 'in') how = 'in';
    else if (w.lower === 'with' || w.lower === 'to') how = 'to';
    if (!how) continue;
    // The phrase: up to punctuation (but through possessives and a following quoted title).
    let e = at;
    while (e < to && isWord(t[e]) && !isQuoted(t[e]) && !NP_STOP.has(t[e].lower) && e - at < 6) e++;
    if (e > at) {
      (vias ??= []).push({ start: t[at].start, end: t[e - 1].end, how });
      k = e - 1;
    }
  }
  return vias ?? NO_VIAS;
}

const NO_VIAS: readonly Via[] = [];

interface Clause {
  cue: string | null;
  cueStart: number;
  speaker: Range | null;
  vias: readonly Via[];
  /** Offset where the cue clause ends. */
  end: number;
}

/** The tokens after a quotation up to the end of its sentence, the next quotation or the paragraph end. */
function tailAfter(
  text: string,
  q: Quote,
  sents: Sent[],
  sentAt: (p: number) => number,
): { tokens: Token[]; hopped: boolean } | null {
  const si = sentAt(Math.max(q.start, q.end - 1));
  if (si < 0) return null;
  let sent = sents[si];
  let hopped = false;
  // A quotation ending in ?, ! or . ends its sentence for the splitter ("“... country?” Clinton
  // said."): the cue clause is then the next sentence of the paragraph, when it starts right there.
  if (sent.end <= q.end) {
    const next = sents[si + 1];
    if (
      !next ||
      next.paragraph !== sent.paragraph ||
      next.tokens.length > 14 ||
      !isBlankBetween(text, q.end, next.start) ||
      hasNewline(text, q.end, next.start)
    )
      return null;
    // The next sentence is a bare cue clause only if it opens no quotation of its own.
    const nt = next.tokens;
    for (let k = 0; k < nt.length; k++) if (isQuoted(nt[k]) || isOpenQuote(nt[k].text)) return null;
    sent = next;
    hopped = true;
  }
  // From the quotation's end to the next quotation's opening mark (binary search, then a bounded walk).
  const all = sent.tokens;
  const from = firstTokenAt(all, q.end);
  let to = from;
  while (
    to < all.length &&
    to - from < 60 &&
    !isOpenQuote(all[to].text) &&
    !(isQuoted(all[to]) && all[to].start > q.end)
  )
    to++;
  return { tokens: all.slice(from, Math.min(all.length, to + 1)), hopped };
}

/** ", Flynn, a top Trump surrogate, said Thursday on Fox News." / ", said the official." / " Graham blasted Democrats." */
function trailingClause(t: Token[]): Clause | null {
  let k = 0;
  if (t[k]?.text === ',') k++;
  if (k >= t.length) return null;
  // A dash and a name, as under a reader's quotation or a post: "“...” ― Sonya Herridge".
  if (DASHES.has(t[k].text) || t[k].text === '-') {
    let e = k + 1;
    while (e < t.length && isWord(t[e]) && isCap(t[e]) && e - k <= 4) e++;
    if (e > k + 1 && (e === t.length || isFinal(t[e].text) || t[e].text === ',' || t[e].text === '(')) {
      return {
        cue: null,
        cueStart: -1,
        speaker: { start: t[k + 1].start, end: t[e - 1].end },
        vias: NO_VIAS,
        end: t[e - 1].end,
      };
    }
  }
  // Inverted: said X.
  const first =
    cueAt(t, k) ??
    (isWord(t[k]) && !isCap(t[k])
      ? CUES.get(t[k].lower) && { info: CUES.get(t[k].lower)!, words: 1, text: t[k].text }
      : null);
  if (first && isWord(t[k]) && !isCap(t[k])) {
    const s = k + first.words;
    let e = s;
    while (e < t.length && isWord(t[e]) && !NP_STOP.has(t[e].lower) && !TIME.has(t[e].lower) && e - s < 8) e++;
    if (e === s) return null;
    const end = clauseEnd(t, e);
    return {
      cue: first.text,
      cueStart: t[k].start,
      speaker: { start: t[s].start, end: t[e - 1].end },
      vias: collectVias(t, e, end.index),
      end: end.offset,
    };
  }
  // Speaker then cue, within a few words (an appositive between commas allowed).
  const limit = Math.min(t.length, k + 40);
  for (let c = k; c < limit; c++) {
    const tok = t[c];
    if (!isWord(tok)) {
      // A party tag or aside in brackets: "Rep. Gwen Moore (D-Wis.) said".
      if (tok.text === '(') {
        let e = c + 1;
        while (e < limit && t[e].text !== ')' && e - c < 8) e++;
        if (t[e]?.text === ')') {
          c = e;
          continue;
        }
      }
      if (tok.text === ',' || tok.text === '-' || tok.text === '&' || tok.text === '(' || tok.text === ')') continue;
      return null;
    }
    if (isQuoted(tok)) return null;
    const cue = cueAt(t, c);
    if (!cue || isCap(tok)) continue;
    const seg = segmentSpeaker(t, c, k);
    const np = speakerBefore(t, c, k) ?? (seg && seg.from === k ? seg : null) ?? appositiveSpeaker(t, c, k);
    if (!np) return null;
    let speaker: Range = { start: t[np.from].start, end: t[np.to - 1].end };
    // "Flynn, a top Trump surrogate, said": the name before the appositive speaks.
    if (np.boundary >= k && t[np.boundary].text === ',' && isDescriptive(t, np)) {
      const name = speakerBefore(t, np.boundary, k);
      if (name && name.from === k) speaker = { start: t[name.from].start, end: t[name.to - 1].end };
    } else if (np.from !== k) {
      return null; // something else stands between the quotation and the speaker
    }
    const after = c + cue.words;
    const end = clauseEnd(t, after);
    return { cue: cue.text, cueStart: tok.start, speaker, vias: collectVias(t, after, end.index), end: end.offset };
  }
  return null;
}

/** Where a cue clause ends: the sentence end, or a participle cue / quotation that starts new content. */
function clauseEnd(t: Token[], from: number): { index: number; offset: number } {
  // A cue clause is short; past 40 tokens there is more content, not more clause.
  const limit = Math.min(t.length, from + 40);
  for (let k = from; k < limit; k++) {
    const w = t[k];
    if (isQuoted(w) || isOpenQuote(w.text)) return { index: k, offset: w.start };
    if (w.text === ',' && k + 1 < t.length) {
      let n = k + 1;
      while (n < t.length && isWord(t[n]) && AUX.has(t[n].lower)) n++;
      const cue = n < t.length ? cueAt(t, n) : null;
      if (cue && cue.info.participle) return { index: k, offset: w.start };
    }
  }
  if (limit < t.length) return { index: limit, offset: t[limit - 1].end };
  const last = t[t.length - 1];
  return { index: t.length, offset: last ? last.end : 0 };
}

/** "Graham continued, “...”", "X said Thursday: “...”", "Sen. Lindsey Graham to committee Democrats: “...”". */
function leadingClause(text: string, q: Quote, sent: Sent, para: Range, outer: readonly Quote[]): Clause | null {
  // The stretch from the sentence (or line) start to the quotation.
  // Only a comma, colon or dash right before the quotation can end a cue clause: check that first, without tokenizing.
  let b = q.start - 1;
  while (
    b >= para.start &&
    (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 0xa0 || text.charCodeAt(b) === 9)
  )
    b--;
  // (By code unit: this runs per quotation. A one-character mark is in DASHES only as one of the three dashes.)
  const mark = b >= para.start ? text.charCodeAt(b) : -1;
  if (mark !== 44 && mark !== 58 && mark !== 0x2014 && mark !== 0x2013 && mark !== 0x2015) return null;
  let from = Math.max(sent.start, para.start, q.start - 200);
  for (let i = q.start - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 10) {
      from = i + 1;
      break;
    }
  }
  const t = tokenize(text, from, q.start, outer).filter((tk) => !isQuoted(tk));
  // Only what follows the last closed quotation before this one.
  let s = 0;
  for (let k = 0; k < t.length; k++) if (isCloseQuote(t[k].text) && k > 0) s = k + 1;
  const tt = t.slice(s);
  if (tt.length === 0) return null;
  const last = tt[tt.length - 1];
  if (last.text !== ',' && last.text !== ':' && !DASHES.has(last.text)) return null;
  const body = tt.length - 1;
  for (let c = 0; c < body; c++) {
    const cue = cueAt(tt, c);
    if (!cue || isCap(tt[c])) continue;
    const np = speakerBefore(tt, c) ?? segmentSpeaker(tt, c, 0);
    if (!np) continue;
    // After the cue only time words, channels and addressees before the mark.
    const after = c + cue.words;
    let ok = true;
    for (let k = after; k < body; k++) if (tt[k].text === '.' || tt[k].text === ';') ok = false;
    if (!ok || body - after > 10) continue;
    return {
      cue: cue.text,
      cueStart: tt[c].start,
      speaker: { start: tt[np.from].start, end: tt[np.to - 1].end },
      vias: collectVias(tt, after, body),
      end: q.start,
    };
  }
  // A name and a colon, no verb: "Sen. Lindsey Graham to committee Democrats:".
  if (last.text === ':' && body > 0 && body <= 8 && isCap(tt[0]) && isWord(tt[0])) {
    let e = 0;
    while (e < body && isCap(tt[e]) && isWord(tt[e])) e++;
    return {
      cue: null,
      cueStart: -1,
      speaker: { start: tt[0].start, end: tt[e - 1].end },
      vias: NO_VIAS,
      end: q.start,
    };
  }
  return null;
}

function lastContentEnd(t: Token[], to: number): number {
  // Drop the sentence's final period (not a quotation's closing mark or its inner period).
  let k = to - 1;
  while (
    k >= 0 &&
    !isWord(t[k]) &&
    (isFinal(t[k].text) || t[k].text === ',' || t[k].text === ';' || t[k].text === ':') &&
    !isQuoted(t[k])
  )
    k--;
  return k;
}

/** "X said (that) ...", "X told reporters ...", "..., X said.", "..., said X.", "..., also noting that ...". */
function verbClaim(
  text: string,
  t: Token[],
  i: number,
  span: number,
  info: CueInfo,
  sent: Sent,
  sentenceHasClaim: boolean,
): Draft | null {
  const cueText = span === 1 ? t[i].text : text.slice(t[i].start, t[i + span - 1].end);
  const cueStart = t[i].start;
  const after = i + span;

  // Participle after a comma: continues the speaker before it ("..., also noting that ...").
  let p = i - 1;
  while (p >= 0 && isWord(t[p]) && AUX.has(t[p].lower)) p--;
  // After a comma, also one inside a closing quotation ("...ago,\" adding that ...").
  const afterComma = p >= 0 && (t[p].text === ',' || (isCloseQuote(t[p].text) && t[p - 1]?.text === ','));
  if (info.participle && p >= 0 && (afterComma || PARTICIPLE_PREPS.has(t[p].lower))) {
    const content = contentAfter(t, after, info, true);
    if (!content) return null;
    if (sentenceHasClaim)
      return mk(cueText, cueStart, sent, content.start, content.end, null, 'participle', content.vias);
    // No claim before it in the sentence: the sentence's subject speaks ("The president spoke Tuesday, saying ...").
    let e = 0;
    while (
      e < p &&
      isWord(t[e]) &&
      !NP_STOP.has(t[e].lower) &&
      !CUES.has(t[e].lower) &&
      !(isVerbLike(t[e].lower) && !isCap(t[e])) &&
      !endsWithNegation(t[e].lower) &&
      e < 8
    )
      e++;
    // A subject ends at its verb: with no capital or pronoun in it, it is probably a clause ("It goes", "RT covered").
    if (e > 0 && !(isCap(t[0]) || SUBJECT_PRONOUNS.has(t[0].lower))) return null;
    if (e === 0) return null;
    return mk(
      cueText,
      cueStart,
      sent,
      content.start,
      content.end,
      { start: t[0].start, end: t[e - 1].end },
      'np',
      content.vias,
    );
  }

  // "a flurry of tweets", "Republican claims", "face questions": plural nouns, unless a name or pronoun speaks.
  // "A Government Accountability Office report released last year found that ...": a long evidence subject.
  if (EVIDENCE_LEMMAS.has(info.lemma) && !info.participle) {
    const ev = evidenceSubject(t, i);
    const content = ev ? contentAfter(t, after, info, false, true) : null;
    if (ev && content)
      return mk(
        cueText,
        cueStart,
        sent,
        content.start,
        content.end,
        { start: t[ev.from].start, end: t[ev.to - 1].end },
        'np',
        content.vias,
      );
  }
  if (NOUNISH.has(t[i].lower)) {
    const subject = speakerBefore(t, i);
    // "A new poll shows that ...": evidence with a that-clause speaks.
    const evidenceThat = !!subject && t[i + 1]?.lower === 'that' && hasEvidenceNoun(t, subject);
    if (
      t[i - 1]?.lower === 'of' ||
      !subject ||
      !(strongSubject(t, subject) || evidenceThat) ||
      (subject.to - subject.from === 1 && /(?:an|ic)$/.test(t[subject.from].lower))
    )
      return null;
  }
  if (info.cls === 'act') {
    const subject = speakerBefore(t, i) ?? segmentSpeaker(t, i, 0);
    if (!subject || !strongSubject(t, subject)) return null;
    // "a scenario where Russia attacks NATO personnel": an event or hypothesis, not a stance.
    if (subject.boundary >= 0 && SUBORDINATORS.has(t[subject.boundary].lower)) return null;
    const content = contentAfter(t, after, info, false);
    if (!content) return null;
    return mk(
      cueText,
      cueStart,
      sent,
      content.start,
      content.end,
      { start: t[subject.from].start, end: t[subject.to - 1].end },
      'np',
      content.vias,
    );
  }
  const np = speakerBefore(t, i) ?? appositiveSpeaker(t, i, 0);
  // "whom she claims was in the house": the content is split around a relative clause; no span holds it.
  if (np && np.boundary >= 0 && t[np.boundary].lower === 'whom') return null;
  // Trailing: "..., X said." The clause before the boundary is the content.
  if (
    np &&
    np.boundary > 0 &&
    (t[np.boundary].text === ',' || isCloseQuote(t[np.boundary].text) || DASHES.has(t[np.boundary].text))
  ) {
    let end = clauseEnd(t, after);
    let rest = end.index >= t.length || t[end.index].text === ',';
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the cue clause ends at its own comma.
    if (!(rest && onlyAdverbial(t, after, end.index))) {
      const c = nextComma(t, after, end.index);
      if (c >= 0 && CLAUSE_CONTINUERS.has(t[c + 1]?.lower ?? '') && onlyAdverbial(t, after, c)) {
        end = { index: c, offset: t[c].start };
        rest = true;
      }
    }
    if (rest && onlyAdverbial(t, after, end.index)) {
      let speaker: Range = { start: t[np.from].start, end: t[np.to - 1].end };
      let b = np.boundary;
      if (t[b].text === ',' && isDescriptive(t, np)) {
        const name = speakerBefore(t, b);
        if (name && name.boundary >= 0 && (t[name.boundary].text === ',' || isCloseQuote(t[name.boundary].text))) {
          speaker = { start: t[name.from].start, end: t[name.to - 1].end };
          b = name.boundary;
        }
      }
      const cEnd = isCloseQuote(t[b].text) ? b : b - 1;
      const last = lastContentEnd(t, cEnd + 1);
      if (last < 0) return null;
      const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
      if (start > last) return null;
      return mk(cueText, cueStart, sent, t[start].start, t[last].end, speaker, 'np', collectVias(t, after, end.index));
    }
  }
  // Inverted trailing: "..., said X."
  if (!np && i > 0 && t[i - 1].text === ',' && (info.cls === 'say' || info.cls === 'weak')) {
    let e = after;
    while (
      e < t.length &&
      isWord(t[e]) &&
      !NP_STOP.has(t[e].lower) &&
      !TIME.has(t[e].lower) &&
      !endsWithNegation(t[e].lower) &&
      e - after < 7
    )
      e++;
    // "said Victor Cha, who ..." names someone; "said Ivanka Trump's statement didn't ..." is a clause.
    if (e - after >= 7 || (e < t.length && isWord(t[e]) && !TIME.has(t[e].lower) && !NP_STOP.has(t[e].lower)))
      e = after;
    const end = clauseEnd(t, e);
    const appositive = e < t.length && t[e].text === ',';
    if (
      e > after &&
      (end.index >= t.length || t[end.index].text === ',') &&
      (appositive || onlyAdverbial(t, e, end.index))
    ) {
      const last = lastContentEnd(t, i - 1);
      if (last >= 0) {
        const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
        return mk(
          cueText,
          cueStart,
          sent,
          t[start].start,
          t[last].end,
          { start: t[after].start, end: t[e - 1].end },
          'np',
          collectVias(t, e, end.index),
        );
      }
    }
  }
  // Subject first: "X said (that) ...", "X, director of Y, said ...", "Cruz exhorted ... and said ...".
  const subject =
    np && !(np.boundary >= 0 && t[np.boundary].text === ',' && isDescriptive(t, np))
      ? np
      : (segmentSpeaker(t, i, 0) ?? np ?? coordinatedSubject(t, i));
  if (!subject) return null;
  // "A new poll shows Clinton ahead": evidence speaks without "that".
  const evidence = hasEvidenceNoun(t, subject);
  const content = contentAfter(t, after, info, false, evidence);
  if (!content) return null;
  return mk(
    cueText,
    cueStart,
    sent,
    content.start,
    content.end,
    { start: t[subject.from].start, end: t[subject.to - 1].end },
    'np',
    content.vias,
  );
}

/** Cues whose subject is often a study, poll or document ("the poll shows", "the audit found"). */
const EVIDENCE_LEMMAS = new Set(['show', 'find', 'reveal', 'indicate', 'conclude', 'suggest']);

/** Words that open the clause an evidence subject starts ("after leaked documents ... show"). */
const EVIDENCE_CLAUSE_OPENERS = new Set([
  'after',
  'when',
  'because',
  'while',
  'since',
  'but',
  'and',
  'though',
  'although',
  'as',
  'however',
]);

/** Prepositions and time words a long evidence subject runs through ("a study by ...", "released last year"). */
const EVIDENCE_PHRASE_WORDS = new Set([
  'of',
  'from',
  'by',
  'in',
  'for',
  'on',
  'at',
  'with',
  'over',
  'during',
  'the',
  'a',
  'an',
  'last',
  'past',
  'this',
]);

/**
 * "A 2014 study by Loyola Law School professor Justin Levitt found ...", "leaked documents from his
 * 1995 tax return show ...", "The latest Reuters/Ipsos opinion poll released Friday shows that
 * ...": back from the cue to the sentence start or a comma, through prepositions, dates and a
 * participle, when an evidence noun stands within the first eight words of that stretch.
 */
function evidenceSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  let k = i - 1;
  for (; k >= 0 && i - k <= 16; k--) {
    const w = t[k];
    if (isQuoted(w)) return null;
    if (!isWord(w)) {
      if (w.text === '-' || w.text === '/' || w.text === '$') continue;
      break;
    }
    if (EVIDENCE_NOUNS.has(w.lower) || EVIDENCE_PHRASE_WORDS.has(w.lower)) continue;
    if (EVIDENCE_CLAUSE_OPENERS.has(w.lower)) break;
    if (NP_STOP.has(w.lower)) return null;
    if (CUES.has(w.lower) && !isCap(w) && !isVerbLike(w.lower)) return null;
  }
  if (k >= 0 && t[k].text !== ',' && !EVIDENCE_CLAUSE_OPENERS.has(t[k].lower)) return null;
  // "After the video shows the crash, the anchor cuts ...": a fronted time or reason clause is an event, not a finding.
  if (k === 0 && CONTENT_SUBORDINATORS.has(t[k].lower)) return null;
  const from = k + 1;
  if (from >= i) return null;
  for (let n = from; n < i && n - from < 8; n++)
    if (t[n].lower !== 'it' && EVIDENCE_NOUNS.has(t[n].lower)) return { from, to: i, boundary: k };
  return null;
}

function hasEvidenceNoun(t: Token[], s: SpeakerSpan): boolean {
  for (let k = s.from; k < s.to; k++) if (EVIDENCE_NOUNS.has(t[k].lower)) return true;
  return false;
}

/** "Cruz exhorted Republicans to ... and said he ...": after "and", the sentence's opening name speaks. */
function coordinatedSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= 0 && isWord(t[j]) && (AUX.has(t[j].lower) || isAdverb(t[j]))) j--;
  if (j <= 0 || t[j].lower !== 'and' || !isWord(t[0]) || !(isCap(t[0]) || SPEAKER_PRONOUNS.has(t[0].lower)))
    return null;
  // The opening noun phrase: up to its verb ("A reporter for USA Today spotted ...").
  let e = 0;
  while (
    e < j &&
    isWord(t[e]) &&
    e < 8 &&
    !CUES.has(t[e].lower) &&
    !(isVerbLike(t[e].lower) && !isCap(t[e])) &&
    !(NP_STOP.has(t[e].lower) && !PHRASE_PREPS.has(t[e].lower))
  )
    e++;
  if (e === 0 || ADVERBIAL_OPENERS.has(t[0].lower)) return null;
  return { from: 0, to: e, boundary: -1 };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Clauses of place and condition: what happens there is an event or a hypothesis ("if Russia attacks"). */
const SUBORDINATORS = new Set(['where', 'if', 'unless', 'until', 'whether', 'once']);

/** Prepositions that stay inside a noun phrase ("a reporter for USA Today", "members of Congress"). */
const PHRASE_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);

/** A subject that can hold a stance: a name, a pronoun, a title or unnamed sourcing ("officials"). */
function strongSubject(t: Token[], s: SpeakerSpan): boolean {
  for (let k = s.from; k < s.to; k++) {
    const w = t[k];
    if (isCap(w) && !(k === s.from && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an'))) return true;
    const bare = withoutFinalPeriod(w.lower);
    if (ANONYMOUS_HEADS.has(bare) || OFFICIAL_TITLES.has(bare)) return true;
  }
  return s.to - s.from === 1 && SPEAKER_PRONOUNS.has(t[s.from].lower) && t[s.from].lower !== 'it';
}

/** Skip a leading conjunction of the content ("And", "But") only when nothing else is there. */
function firstContent(t: Token[], from: number, last: number): number {
  let s = from;
  while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
  return s;
}

/** Words that carry the content on after a mid-sentence cue clause (", he said, and ...", ", X said, until ..."). */
const CLAUSE_CONTINUERS = new Set([
  'and',
  'but',
  'until',
  'because',
  'so',
  'although',
  'though',
  'while',
  'or',
  'unless',
  'since',
  'as',
  'if',
  'when',
  'which',
]);

/** The first comma in t[from, to) outside quotations within a cue clause's reach, or -1. */
function nextComma(t: Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from <= 14; k++) {
    if (isQuoted(t[k]) || isOpenQuote(t[k].text) || isFinal(t[k].text)) return -1;
    if (t[k].text === ',') return k;
  }
  return -1;
}

/** Only time words, channels and addressees between the cue and the clause end. */
function onlyAdverbial(t: Token[], from: number, to: number): boolean {
  if (to - from > 14) return false;
  // Lower-case words outside the vocabulary of time, place and channel: one is tolerated
  // ("said in a phone interview"), two mean a clause ("said the suing states were ...").
  let strange = 0;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (isQuoted(w)) continue;
    if (!isWord(w)) continue;
    if (w.lower === 'that' || (CUES.has(w.lower) && !isCap(w) && !CUES.get(w.lower)!.participle)) return false;
    if (
      isCap(w) ||
      TIME.has(w.lower) ||
      ADVERBIAL_WORDS.has(w.lower) ||
      ADDRESSEES.has(w.lower) ||
      AUX.has(w.lower) ||
      isDigit(w.lower.charCodeAt(0))
    )
      continue;
    if (++strange > 1) return false;
  }
  return true;
}

/** Words of a cue clause's tail: prepositions, determiners, channels and occasions. */
const ADVERBIAL_WORDS = new Set([
  'on',
  'in',
  'at',
  'to',
  'via',
  'during',
  'with',
  'from',
  'after',
  'before',
  'for',
  'by',
  'according',
  'of',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'interview',
  'interviews',
  'statement',
  'statements',
  'press',
  'conference',
  'briefing',
  'news',
  'phone',
  'telephone',
  'email',
  'e-mail',
  'letter',
  'call',
  'speech',
  'rally',
  'event',
  'hearing',
  'meeting',
  'program',
  'programme',
  'show',
  'podcast',
  'radio',
  'television',
  'tv',
  'town',
  'hall',
  'post',
  'tweet',
  'video',
  'message',
  'release',
  'campaign',
  'stop',
  'appearance',
  'remarks',
  'op-ed',
  'column',
  'essay',
  'book',
  'memo',
  'report',
  'filing',
  'court',
  'testimony',
  'sunday',
  'weekly',
  'daily',
  'recent',
  'separate',
  'written',
  'televised',
  'broadcast',
  'online',
  'later',
  'earlier',
  'as',
  'he',
  'she',
  'they',
  'who',
  'has',
  'have',
  'been',
  'also',
  'then',
  'when',
  'asked',
  'warning',
  'about',
  'exclusive',
  'joint',
  'brief',
]);

/** Words that open an adverbial stretch right after a cue ("said on Monday that ..."). */
const ADVERBIAL_STARTS = new Set([
  'on',
  'in',
  'at',
  'to',
  'via',
  'during',
  'after',
  'before',
  'while',
  'with',
  'earlier',
  'later',
  'last',
]);

/** The content after a cue: optional adverbials and "that", then to the end of the sentence or the next participle cue. */
function contentAfter(
  t: Token[],
  from: number,
  info: CueInfo,
  participle: boolean,
  evidenceSubject = false,
): { start: number; end: number; vias: readonly Via[] } | null {
  let k = from;
  const viaStart = k;
  // "that" within a short adverbial stretch ("said Thursday in a statement that ...").
  let thatAt = -1;
  for (let n = k; n < t.length && n - k < 12; n++) {
    const w = t[n];
    if (isQuoted(w) || isOpenQuote(w.text)) break;
    if (w.lower === 'that' && isWord(w)) {
      thatAt = n;
      break;
    }
    if (w.text === ';' || isFinal(w.text)) break;
  }
  const first = t[k];
  if (!first) return null;
  const adverbialStart =
    first.text === ',' || TIME.has(first.lower) || ADVERBIAL_STARTS.has(first.lower) || first.lower === 'that';
  if (info.cls === 'tell') {
    if (thatAt >= 0 && thatAt - k <= 8) k = thatAt + 1;
    else {
      // Skip the addressee: a pronoun, "reporters", or a short name.
      let n = k;
      const determiner = n < t.length && DETERMINERS.has(t[n].lower);
      if (n < t.length && ADDRESSEES.has(t[n].lower)) n++;
      // "the Associated Press", "Fox News": a name after it; "reporters", "him": nothing more.
      if (determiner || (n === k && isCapAt(t, n)))
        while (n < t.length && isWord(t[n]) && isCap(t[n]) && n - k < 5) n++;
      k = n;
    }
  } else if (thatAt >= 0 && (thatAt === k || adverbialStart)) {
    k = thatAt + 1;
  } else if (info.cls === 'weak' && !evidenceSubject) {
    return null;
  } else {
    // Skip time words and short channels ("said Thursday on Telegram ...").
    while (k < t.length) {
      const w = t[k];
      if (isWord(w) && TIME.has(w.lower)) k++;
      else if (w.text === ',' || w.text === ':') k++;
      else if (isWord(w) && (w.lower === 'on' || w.lower === 'via') && isCapAt(t, k + 1)) {
        k += 2;
        while (k < t.length && isCap(t[k]) && isWord(t[k])) k++;
      } else break;
    }
  }
  const viaEnd = k;
  // The end: the sentence end, or a participle cue after a comma, or ", according to".
  let e = k;
  const cap = Math.min(t.length, k + MAX_CONTENT_TOKENS);
  for (; e < cap; e++) {
    const w = t[e];
    if (w.text === ',' && e + 1 < t.length && !isQuoted(t[e + 1])) {
      let n = e + 1;
      while (n < t.length && isWord(t[n]) && AUX.has(t[n].lower)) n++;
      const cue = n < t.length ? cueAt(t, n) : null;
      if ((cue && cue.info.participle) || (t[n]?.lower === 'according' && t[n + 1]?.lower === 'to')) break;
    }
  }
  const last = lastContentEnd(t, e);
  if (last < k) return null;
  let s = k;
  while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
  if (s > last) return null;
  // "endorsed by dozens of papers": a passive; the agent after "by" is the speaker, not content.
  if (t[s].lower === 'by') return null;
  // "what Liz Wahl said when she resigned", "said as he entered the talks": when it was said, not what.
  // After "that" it is the content's own clause ("Obama said that because terrorists are Muslim does not mean ...").
  if (!participle && CONTENT_SUBORDINATORS.has(t[s].lower) && !(k > from && t[k - 1].lower === 'that')) return null;
  if (info.cls === 'act' && !participle && PARTICLE_STARTS.has(t[s].lower)) return null;
  if (emptyContent(t, s, last)) return null;
  if (!participle && (info.cls === 'say' || info.cls === 'act') && last - s < 1 && !isQuoted(t[s])) return null;
  return { start: t[s].start, end: t[last].end, vias: collectVias(t, viaStart, viaEnd) };
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(t: Token[], i: number, sent: Sent): Draft | null {
  const cueStart = t[i].start;
  // The source phrase: to the next comma or the sentence end.
  let e = i + 2;
  // A source phrase is short ("according to a report by the Congressional Budget Office"): at most 14 tokens.
  while (
    e < t.length &&
    e - i < 16 &&
    t[e].text !== ',' &&
    !isFinal(t[e].text) &&
    t[e].text !== ';' &&
    !isQuoted(t[e]) &&
    !isOpenQuote(t[e].text)
  )
    e++;
  if (e === i + 2) return null;
  const speaker = { start: t[i + 2].start, end: t[e - 1].end };
  const vias: Via[] = [{ start: speaker.start, end: speaker.end, how: 'according' }];
  let b = i - 1;
  while (b >= 0 && !isWord(t[b]) && !isQuoted(t[b]) && !isOpenQuote(t[b].text) && !isCloseQuote(t[b].text)) b--;
  if (b < 0) {
    // Sentence start: "According to X, content."
    const last = lastContentEnd(t, t.length);
    let s = e + 1;
    if (s > last) return null;
    while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
    if (s > last) return null;
    return mk('according to', cueStart, sent, t[s].start, t[last].end, speaker, 'np', vias);
  }
  // Trailing: "content, according to X."
  const last = lastContentEnd(t, i);
  if (last < 0) return null;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  if (start >= last) return null; // one word ("basically, according to X") is no content
  return mk('according to', cueStart, sent, t[start].start, t[last].end, speaker, 'np', vias);
}
