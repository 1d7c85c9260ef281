/**
 * The lexical scan: one pass over each sentence's words, matching the subjectivity and hedge
 * lexicons (src/engine/data/subjectivity.ts, hedges.ts) and turning each hit into a caveat draft
 * with a span a reader can check and a reason that says what kind of cue it is. Three small
 * patterns sit beside the lexicons: vague attribution ("some who saw", "critics say"), a generic
 * "you" with a negative or deontic modal, and asserted superlatives ("the most effective leader").
 *
 * Span policy: a single loaded word or booster gets its own words (plus the noun it qualifies);
 * a cue that governs a whole statement (a prediction, a prescriptive "should", a first-person
 * remark, a vague "some who saw ...") gets its clause, from the cue (or the clause start) to the
 * next clause break, because the statement is what the editor has to weigh.
 *
 * Voice: a hit inside an attributed region (quotation or claim content) is the speaker's. Of
 * those only loaded language is kept (marked `attributed`, so a reader sees the speaker's charged
 * words without their counting against the author); the rest are dropped.
 *
 * Reporting idiom is not opinion (each rule from a false alarm in PolNeAR's news reports): a cue
 * before a closing tag ("..., officials said.") is the speaker's; a charged word in a reported
 * characterisation ("derided the deal as toothless", "accused him of ...") is kept as attributed;
 * named literal senses ("crude oil", "outstanding debts", "a kind of help"), measured degrees
 * ("very few", "very low", "deeply divided") and foreseen necessities ("would soon have to") are not
 * flagged; nor is a guess in the content clause of a noun of saying or thinking ("an acknowledgment
 * that he may be ..."), in what a colon after a noun of position introduces ("the same position on
 * it: ..., and Congress should act"), in a relative clause naming what is needed ("the money it
 * needs to provide"), or how something seemed to named people ("seemed far away to citizens").
 *
 * The cue rules are caveats/cue-rules.ts, the patterns caveats/patterns.ts, clause bounds and the
 * reporting context caveats/clauses.ts; their word sets data/caveat-words.ts and caveat-senses.ts.
 *
 * Known limits: no part-of-speech tagging, so "the noun it qualifies" is the next lower-case
 * content word, and a word-sense ambiguity is resolved only where a rule names it (elsewhere "a
 * dull knife" is flagged like the evaluative sense); emotions the author ascribes to others
 * ("Ms. McCaskill was furious") are still flagged, as the worked examples ask ("the Kremlin is
 * fuming").
 */
import type { CaveatKind } from '../../schema/brief';
import type { Doc } from '../document';
import { EVIDENCE_VERDICTS, HEDGES, IMPERSONAL_ATTRIBUTION, SPECULATION } from '../data/hedges';
import { FIRST_PERSON, INTENSIFIERS, OPINION_PHRASES, PRESCRIPTIVE, STANCE_MARKERS } from '../data/subjectivity';
import { LOADED_TERMS } from '../data/loaded-terms';
import { EVALUATIVE_IDIOMS } from '../data/evaluative-idioms';
import { PhraseIndex, type Candidates } from './lexicon';
import type { Regions } from './regions';
import { afterPositionColon, reportedBefore, tagStart } from './clauses';
import { loadedReason, toDraft } from './cue-rules';
import { VAGUE_HEADS, genericYou, superlativeAt, vagueSource } from './patterns';
import { anyOf, classesOf, wordClass, type DocClasses } from './word-classes';
import { TAG_VERBS } from '../data/caveat-words';
import { sentenceWordsOf } from './sentence-words';
import { isSpaceCode } from '../text/spaces';
import { WordTable, type Token } from '../text/word-tokens';

export interface Draft {
  start: number;
  end: number;
  kind: CaveatKind;
  voice: 'author' | 'attributed';
  reason: string;
  /** The named rules that made it ('author-voice/loaded', 'patterns/vague-source'), for the rule trace. */
  rules?: string[];
}

export type Cue =
  | 'stance'
  | 'intensifier'
  | 'loaded'
  | 'opinion'
  | 'prescriptive'
  | 'first-person'
  | 'speculation'
  | 'hedge'
  | 'impersonal'
  | 'verdict';

/** "one of the stupidest acts", "the vilest smear": the superlative of a one-word loaded adjective is as loaded. */
function superlativesOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!/^[a-z]{3,8}$/.test(w) || /(?:ly|ness|ing|ed|s|ity|ism|ion|est|ful|ic|ous|al)$/.test(w)) continue;
    out.push(w.endsWith('e') ? `${w}st` : w.endsWith('y') ? `${w.slice(0, -1)}iest` : `${w}est`);
  }
  return out;
}

/** Made on the first scan, not at module load (its phrase tables were a tenth of the engine's load). */
let lexicon: PhraseIndex<Cue> | null = null;
const lexiconOf = () => (lexicon ??= buildLexicon());
const buildLexicon = () =>
  new PhraseIndex<Cue>()
    .add('stance', STANCE_MARKERS)
    .add('intensifier', INTENSIFIERS)
    .add('loaded', [...LOADED_TERMS, ...superlativesOf(LOADED_TERMS)])
    .add('opinion', [...OPINION_PHRASES, ...EVALUATIVE_IDIOMS])
    .add('prescriptive', PRESCRIPTIVE)
    .add('first-person', FIRST_PERSON)
    .add('speculation', SPECULATION)
    .add('hedge', HEDGES)
    .add('impersonal', IMPERSONAL_ATTRIBUTION)
    .add('verdict', EVIDENCE_VERDICTS);

/**
 * What a word can start, for the scan's one lookup per word: most words start nothing and cost
 * that single lookup. `entries` are its lexicon entries (longest first).
 */
interface WordCues {
  vague: boolean;
  you: boolean;
  most: boolean;
  entries: Candidates<Cue> | undefined;
}

/** Made on the first scan, not at module load (the Worker's cold start). */
let wordCues: ReadonlyMap<string, WordCues> | null = null;
const cuesOf = () => (wordCues ??= buildWordCues());
/**
 * The words that start a cue by themselves, those that start a longer lexicon phrase, and the
 * phrases' second words (see caveats/word-classes.ts): most words, and "the" or "a" before a word
 * that continues none of their phrases, are ruled out by bits.
 */
const CUE_ALONE = wordClass(() =>
  [...cuesOf()].filter(([, c]) => c.vague || c.you || c.most || c.entries?.single).map(([word]) => word),
);
const PHRASE_FIRST = wordClass(() => [...cuesOf()].filter(([, c]) => c.entries?.bySecond.size).map(([word]) => word));
/** The verbs of a closing speech tag ("..., officials said."), see caveats/clauses.ts's tagStart. */
const TAG_VERB = wordClass(TAG_VERBS);
const PHRASE_SECOND = wordClass(() => [...cuesOf().values()].flatMap((c) => [...(c.entries?.bySecond.keys() ?? [])]));
/**
 * The cues of each word by its id in the document's words (text/word-tokens.ts): the index in
 * `cueList()` (0 for none), so the scan reads an array where it looked up each word's string.
 */
const CUE_INDEX = new WordTable(() => new Map([...cuesOf().keys()].map((word, k) => [word, k + 1])));
let cueList: (WordCues | undefined)[] | null = null;
const cueListOf = () => (cueList ??= [undefined, ...cuesOf().values()]);
/** The phrases' second words, each once. */
let seconds: string[] | null = null;
const secondsOf = () =>
  (seconds ??= [...new Set([...cuesOf().values()].flatMap((c) => [...(c.entries?.bySecond.keys() ?? [])]))]);
/** The index + 1 in `secondsOf()` of each word id (0 for none). */
const SECOND_INDEX = new WordTable(() => new Map(secondsOf().map((word, k) => [word, k + 1])));
/**
 * Every first and second word of a lexicon phrase, as `pairKey` of their indexes: "of the" is a
 * PHRASE_FIRST word before a PHRASE_SECOND one but starts no phrase, and most such pairs were
 * looked up in the first word's phrases only to miss.
 */
let pairs: Set<number> | null = null;
/** `secondsOf().length + 1`, once the pairs are made. */
let pairSpan = 0;
const pairKey = (cue: number, second: number) => cue * pairSpan + second;
/** One bit per pair key's 16-bit hash (8 KB, in cache): most pairs that are none are ruled out without the set. */
const pairBloom = new Int32Array(2048);
const bloomAt = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;
const mayPair = (key: number) => (pairBloom[bloomAt(key) >>> 5] & (1 << (bloomAt(key) & 31))) !== 0;
const pairsOf = () => (pairs ??= buildPairs());
const isPair = (known: Set<number>, key: number) => mayPair(key) && known.has(key);
function buildPairs(): Set<number> {
  const out = new Set<number>();
  pairSpan = secondsOf().length + 1;
  const secondIx = new Map(secondsOf().map((word, k) => [word, k + 1]));
  let k = 0;
  for (const c of cuesOf().values()) {
    k++;
    for (const second of c.entries?.bySecond.keys() ?? []) {
      const key = pairKey(k, secondIx.get(second)!);
      out.add(key);
      pairBloom[bloomAt(key) >>> 5] |= 1 << (bloomAt(key) & 31);
    }
  }
  return out;
}

function buildWordCues(): ReadonlyMap<string, WordCues> {
  const map = new Map<string, WordCues>();
  const cues = (word: string): WordCues => {
    let c = map.get(word);
    if (!c) map.set(word, (c = { vague: false, you: false, most: false, entries: undefined }));
    return c;
  };
  for (const word of VAGUE_HEADS) cues(word).vague = true;
  cues('you').you = true;
  cues('most').most = true;
  for (const [word, entries] of lexiconOf().firstWords()) cues(word).entries = entries;
  return map;
}
/** Cues whose statement is somebody else's when a verb of saying or thinking comes before them. */
const REPORTED_CONTEXT_CUES = new Set<Cue>(['speculation', 'hedge', 'opinion']);
/** Cues whose statement is somebody's position when a colon after "position", "view" ... introduces it. */
const POSITION_CUES = new Set<Cue>(['speculation', 'hedge', 'opinion', 'prescriptive']);
/** The lexical scan of every sentence (scanSentence), with the document's word classes looked up once. */
export function scanSentences(doc: Doc, regions: Regions, out: Draft[]): void {
  const { classes: held, counts } = sentenceWordsOf(doc);
  const classes = classesOf(doc);
  for (let ix = 0; ix < held.length; ix++) {
    // A sentence with no word that starts a cue alone, nor a phrase's first and second words, has none.
    const h = held[ix];
    if (h & CUE_ALONE || (h & PHRASE_FIRST && h & PHRASE_SECOND))
      scanSentence(doc, ix, classes, counts[ix], regions, out);
  }
}

/** Scan sentence `ix`, of `count` words (its tokens are made at its first cue: a sentence passed by its bits may hold none). */
function scanSentence(doc: Doc, ix: number, classes: DocClasses, count: number, regions: Regions, out: Draft[]): void {
  const { text } = doc;
  const s = doc.sentences[ix];
  let words: Token[] | null = null;
  let tag = -1;
  let i = 0;
  const bits = classes.bits;
  const at = classes.at(ix);
  const ids = doc.words.ids;
  const byId = CUE_INDEX.byId();
  const secondById = SECOND_INDEX.byId();
  const known = pairsOf();
  const list = cueListOf();
  while (i < count) {
    const b = bits[at + i];
    if (!(b & (CUE_ALONE | PHRASE_FIRST))) {
      i++;
      continue;
    }
    const k = byId[ids[at + i]];
    // Does the next word continue one of this word's phrases (the pair is a phrase's first two words)?
    const continued =
      (b & PHRASE_FIRST) !== 0 &&
      i + 1 < count &&
      (bits[at + i + 1] & PHRASE_SECOND) !== 0 &&
      isPair(known, pairKey(k, secondById[ids[at + i + 1]]));
    const cues = b & CUE_ALONE || continued ? list[k] : undefined;
    if (cues === undefined) {
      i++;
      continue;
    }
    const toks = (words ??= doc.words.sentence(ix, s.start, s.end));
    const vague = cues.vague ? vagueSource(text, toks, i, s, regions) : null;
    if (vague) {
      vague.rules = ['patterns/vague-source'];
      out.push(vague);
      i++;
      continue;
    }
    const generic = cues.you ? genericYou(text, toks, i, s, regions) : null;
    if (generic) {
      generic.rules = ['patterns/generic-you'];
      out.push(generic);
      i += 2;
      continue;
    }
    const superlative = cues.most ? superlativeAt(text, toks, i, regions) : null;
    if (superlative) {
      superlative.rules = ['patterns/asserted-superlative'];
      out.push(superlative);
      i += 2;
      continue;
    }
    const entry = cues.entries && lexiconOf().match(cues.entries, text, toks, i, continued);
    if (!entry) {
      i++;
      continue;
    }
    const n = entry.words.length;
    const first = toks[i];
    const last = toks[i + n - 1];
    const attributed = regions.overlaps(first.start, last.end);
    // In somebody else's words only charged language is reported: skip the rest before any work.
    if (attributed && entry.category !== 'loaded' && entry.category !== 'intensifier') {
      i += n;
      continue;
    }
    // Reported speech the attribution missed: "officials said the bill will likely pass".
    if (!attributed && REPORTED_CONTEXT_CUES.has(entry.category) && reportedBefore(toks, i)) {
      i += n;
      continue;
    }
    // "both men had the same position on it: ..., and Congress should act": somebody's stated position.
    if (!attributed && POSITION_CUES.has(entry.category) && afterPositionColon(text, toks, i)) {
      i += n;
      continue;
    }
    // "..., officials said.": everything before the tag is the speaker's. Charged words stay visible
    // as theirs; every other cue is dropped, as inside a quotation.
    // (A sentence with no verb of a speech tag has none: most sentences are ruled out by a bit.)
    if (tag < 0) tag = anyOf(bits, at, at + toks.length, TAG_VERB) ? tagStart(text, toks, s.end) : toks.length;
    const tagged = !attributed && i + n <= tag && tag < toks.length;
    if (tagged && entry.category !== 'loaded' && entry.category !== 'intensifier') {
      i += n;
      continue;
    }
    const draft = toDraft(text, toks, i, n, entry.category, s, attributed || tagged);
    if (draft && (!(attributed || tagged) || draft.kind === 'loaded-language')) {
      draft.rules = [`author-voice/${entry.category}${tagged ? '-before-speech-tag' : ''}`, ...(draft.rules ?? [])];
      // Charged words side by side are one loaded phrase ("Unleashes Firestorm", "relentless assault on").
      const prev = out[out.length - 1];
      if (
        prev &&
        draft.kind === 'loaded-language' &&
        prev.kind === 'loaded-language' &&
        prev.voice === draft.voice &&
        prev.end >= s.start &&
        onlySpaceBefore(text, Math.min(prev.end, draft.start), draft.start)
      ) {
        prev.end = Math.max(prev.end, draft.end);
        prev.rules = [...(prev.rules ?? []), 'author-voice/adjacent-loaded-words-joined', ...draft.rules];
        prev.reason = loadedReason(prev.voice === 'attributed');
      } else out.push(draft);
    }
    i += n;
  }
}

/** Is text[from, to) all white space (what `/^\s*$/` says of its slice, without the slice)? */
function onlySpaceBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
