/**
 * Credit frames: the outlets, agencies and platforms an article credits in the wire's usual
 * positions, added as sources with their mentions and linked to the claims of the sentence.
 *
 * A pass over the attribution results (run by `brief()`), one linear walk over the document's
 * words. A name is an outlet, agency or platform by the gazetteers (data/outlets.ts,
 * data/platforms.ts), or by its shape: a capitalised name holding an outlet head word
 * ("Review-Journal", "News-4 San Antonio"), taken only in the strongest frames. It is a source
 * only inside one of these frames (words in data/credit-frames.ts):
 *
 * - before the name: "told (the) X", "spoke (anonymously) with X", "in an interview with X",
 *   "according to X", "reported by X", "a poll by X", "a quote from X", "via X", "on X" (not
 *   "followers on X"), "posted to X", "a poll ... for X", and an agency dateline "(AFP)";
 * - after the name: "X reported", "X first reported:", ", X reported.", "X <verb>ed that";
 *   coordinated names share the frame ("CBS and NPR both reported that").
 * - "in a tweet", "tweeted": Twitter.
 *
 * A credit followed by a colon ("The Tribune reported:") also credits the claims of the next
 * paragraph (the block quotation it introduces).
 */
import type { Claim, Range, Source, SourceType } from '../../schema/brief';
import type { Doc, Sentence } from '../document';
import { WordTable, type DocTokens } from '../text/word-tokens';
import { partitionPoint } from '../text/partition';
import { isNewsAgency, isOutletLower, outletKeys } from '../data/outlets';
import { isPlatformLower, platformKeys } from '../data/platforms';
import { STOPWORDS } from '../data/stopwords';
import { TITLE_WORDS } from '../data/titles';
import {
  BY_WORDS,
  FROM_WORDS,
  ON_NOT_CREDIT,
  OUTLET_HEADS,
  PLATFORM_MODIFIED,
  POLL_NOUNS,
  REPORT_ADVERBS,
  REPORT_VERBS,
  TALK_WORDS,
  TELL_VERBS,
  TO_VERBS,
  TWEET_DETERMINERS,
  IN_OUTLET_VERBS,
} from '../data/credit-frames';
import { foldName } from '../attribution/sources';

export interface Credited {
  claims: Claim[];
  sources: Source[];
}

interface Match {
  /** Token index range of the name (the leading "the" included when the gazetteer names it so). */
  from: number;
  to: number;
  type: SourceType;
  /** Known by shape only: strong frames only. */
  shaped: boolean;
  /** Characters of the last word after the name: the possessive of "told MSNBC’s Chuck Todd". */
  cut?: number;
}

const MAX_NAME_WORDS = 5;
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS.en);

function isUpperStart(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[start];
  return ch !== ch.toLowerCase();
}

/** Are tokens a..b (inclusive) joined by single spaces? */
function spaced(text: string, w: DocTokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.starts[k + 1] - w.ends[k] !== 1 || text.charCodeAt(w.ends[k]) !== 32) return false;
  return true;
}

function gazetteerType(lower: string, text: string, w: DocTokens, from: number): SourceType | null {
  if (isOutletLower(lower)) return isNewsAgency(lower) ? 'news-agency' : 'outlet';
  // "X" is a platform only as a whole capital word, and only when a frame says so (handled by callers).
  if (isPlatformLower(lower) && (lower !== 'x' || text[w.starts[from]] === 'X')) return 'platform';
  return null;
}

/** Every word prefix of a gazetteer name ("new", "new york" of "new york times"), made at the first use. */
let namePrefixes: Set<string> | undefined;

/** What nameAt asks of a word's normal form, one bit each, so one map look-up answers all of it. */
const MAY_START = 1;
const FUNCTION_WORD = 2;
const TITLE_WORD = 4;
const OUTLET_HEAD = 8;
/** The bits of every word that has any (the first words of gazetteer names and "the", function words, title words, outlet heads), made at the first use. */
let wordBits: Map<string, number> | undefined;

function gazetteerWords(): void {
  namePrefixes = new Set();
  const bits = new Map<string, number>();
  const mark = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  // No gazetteer name starts with any word but these.
  mark('the', MAY_START);
  for (const key of [...outletKeys(), ...platformKeys()]) {
    const words = key.split(' ');
    mark(words[0], MAY_START);
    for (let n = 1; n < words.length; n++) namePrefixes.add(words.slice(0, n).join(' '));
  }
  for (const w of FUNCTION_WORDS) mark(w, FUNCTION_WORD);
  for (const w of TITLE_WORDS) mark(w, TITLE_WORD);
  for (const w of OUTLET_HEADS) mark(w, OUTLET_HEAD);
  wordBits = bits;
}

/** Can a longer name than `lower` (words joined by spaces) be an outlet, agency or platform? */
function mayGrow(lower: string): boolean {
  if (!namePrefixes) gazetteerWords();
  // isOutletLower drops a leading "the" ("the washington post").
  return lower === 'the' || namePrefixes!.has(lower) || (lower.startsWith('the ') && namePrefixes!.has(lower.slice(4)));
}

/** The word's bits (MAY_START, FUNCTION_WORD, TITLE_WORD, OUTLET_HEAD), 0 for most capitalised words ("Trump", "Monday"). */
function bitsOf(norm: string): number {
  if (!wordBits) gazetteerWords();
  return wordBits!.get(norm) ?? 0;
}

/** bitsOf by word id (text/word-tokens.ts): a capitalised word's bits with no hashing of its text. */
const BITS_BY_ID = new WordTable(() => {
  if (!wordBits) gazetteerWords();
  return wordBits!;
});

/** The longest gazetteer or outlet-shaped name starting at word i, within the sentence's words [i, end). */
function nameAt(text: string, w: DocTokens, ids: Int32Array, i: number, end: number): Match | null {
  if (!isUpperStart(text, w.starts[i])) return null;
  const byId = BITS_BY_ID.byId();
  const bits = byId[ids[i]];
  if (bits & MAY_START || (endsInPossessive(text, w.ends[i]) && possessiveStart(w.norm(i)))) {
    let best: Match | null = null;
    let lower = '';
    for (let k = i; k < end && k - i < MAX_NAME_WORDS; k++) {
      if (k > i && (!spaced(text, w, k - 1, k) || !isUpperStart(text, w.starts[k]))) break;
      lower = k === i ? w.norm(k) : `${lower} ${w.norm(k)}`;
      const type = gazetteerType(lower, text, w, i);
      if (type) best = { from: i, to: k + 1, type, shaped: false };
      // "MSNBC’s Chuck Todd": a possessive ends the name.
      else if (lower.endsWith("'s")) {
        const owner = gazetteerType(lower.slice(0, -2), text, w, i);
        if (owner) best = { from: i, to: k + 1, type: owner, shaped: false, cut: 2 };
        break;
      }
      if (!mayGrow(lower)) break;
    }
    if (best) return quotedProgramme(text, w, best, end);
  }
  // Outlet shape: a capitalised run holding an outlet head word and no title word ("Press Secretary"),
  // starting a run (not "News Foundation" after "The Daily Caller") with no function word ("But Swedish TV").
  if (i > 0 && spaced(text, w, i - 1, i) && isUpperStart(text, w.starts[i - 1])) return null;
  if (bits & FUNCTION_WORD) return null;
  let to = i;
  let head = false;
  while (
    to < end &&
    to - i < MAX_NAME_WORDS &&
    (to === i || (spaced(text, w, to - 1, to) && isUpperStart(text, w.starts[to])))
  ) {
    const b = to === i ? bits : byId[ids[to]];
    if (b & TITLE_WORD) return null;
    if (b & OUTLET_HEAD) head = true;
    // (A word with no hyphen in the text has none in its normal form: its form is not asked for.)
    else if (hasHyphen(text, w.starts[to], w.ends[to])) {
      const norm = w.norm(to);
      const dash = norm.lastIndexOf('-');
      if (
        dash >= 0 &&
        (bitsOf(norm.slice(dash + 1)) & OUTLET_HEAD || (norm.startsWith('news-') && /^news-\d+$/.test(norm)))
      )
        head = true;
    }
    to++;
  }
  // A head word alone ("News", "Daily") is no name.
  return head && to - i >= 2 ? { from: i, to, type: 'outlet', shaped: true } : null;
}

/** Does text[start, end) hold a hyphen? */
function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

const OPEN_QUOTES = new Set([34, 0x201c]);
const CLOSE_QUOTES = new Set([34, 0x201d]);

/** A programme title in quotation marks that opens with its network: "CBS This Morning" (the whole title). */
function quotedProgramme(text: string, w: DocTokens, m: Match, end: number): Match {
  if (!OPEN_QUOTES.has(text.charCodeAt(w.starts[m.from] - 1)) || CLOSE_QUOTES.has(text.charCodeAt(w.ends[m.to - 1])))
    return m;
  for (let k = m.to; k < end && k - m.from < MAX_NAME_WORDS; k++) {
    if (!spaced(text, w, k - 1, k) || !isUpperStart(text, w.starts[k])) break;
    if (CLOSE_QUOTES.has(text.charCodeAt(w.ends[k]))) return { ...m, to: k + 1 };
  }
  return m;
}

function prevWord(w: DocTokens, k: number, sentenceFrom: number): string {
  return k >= sentenceFrom ? w.norm(k) : '';
}

/** Is the name at [from, to) credited by the words before it? Strong frames are those an outlet-shaped name may use. */
function leftFrame(text: string, w: DocTokens, from: number, sFrom: number, m: Match): boolean {
  let k = from - 1;
  if (prevWord(w, k, sFrom) === 'the') k--;
  const p1 = prevWord(w, k, sFrom);
  const p2 = prevWord(w, k - 1, sFrom);
  const p3 = prevWord(w, k - 2, sFrom);
  if (TELL_VERBS.has(p1)) return true;
  if ((p1 === 'to' || p1 === 'with') && (TALK_WORDS.has(p2) || (p2.endsWith('ly') && TALK_WORDS.has(p3)))) return true;
  if (p1 === 'to' && p2 === 'according') return true;
  if (p1 === 'by' && BY_WORDS.has(p2)) return true;
  if (m.shaped) return false;
  // "on Facebook ads", "Twitter users": the platform modifies a noun, it carries no statement.
  if (
    m.type === 'platform' &&
    m.to < w.count &&
    w.starts[m.to] - w.ends[m.to - 1] === 1 &&
    PLATFORM_MODIFIED.has(w.norm(m.to))
  )
    return false;
  if (p1 === 'from' && FROM_WORDS.has(p2)) return true;
  if (p1 === 'via') return true;
  if (p1 === 'on' && (m.type === 'platform' || m.type === 'outlet') && !ON_NOT_CREDIT.has(p2) && !/^\d/.test(p2))
    return true;
  if (p1 === 'to' && TO_VERBS.has(p2)) return true;
  if (p1 === 'in' && IN_OUTLET_VERBS.has(p2) && m.type !== 'platform') return true;
  if (p1 === 'for') {
    for (let j = k - 1; j >= sFrom && j >= k - 6; j--) if (POLL_NOUNS.has(w.norm(j))) return true;
  }
  // An agency dateline or credit in brackets: "PARIS (AFP) -", "(Reuters) -"; any outlet's before a
  // dash ("WASHINGTON, D.C., February 12, 2018 (LifeSiteNews) –", "Calif. (KGO) —").
  const a = w.starts[m.from];
  const b = w.ends[m.to - 1];
  if (
    text.charCodeAt(a - 1) === 40 &&
    text.charCodeAt(b) === 41 &&
    (m.type === 'news-agency' || dashAfter(text, b + 1))
  )
    return true;
  return false;
}

/** Is the name credited by the words after it ("reported", "first reported", "<verb>ed that")? */
function rightFrame(w: DocTokens, to: number, sEnd: number, m: Match): boolean {
  let k = to;
  let skipped = 0;
  while (k < sEnd && skipped < 2 && REPORT_ADVERBS.has(w.norm(k))) {
    k++;
    skipped++;
  }
  if (k >= sEnd) return false;
  const verb = w.norm(k);
  if (m.shaped) return verb === 'reported' || verb === 'reports';
  if (REPORT_VERBS.has(verb)) return true;
  return verb.endsWith('ed') && k + 1 < sEnd && w.norm(k + 1) === 'that';
}

function displayName(text: string, w: DocTokens, m: Match): string {
  return text.slice(w.starts[m.from], w.ends[m.to - 1] - (m.cut ?? 0));
}

/** Does the word ending at `end` end in "'s" or "’s" (read on the text, before any token is made)? */
function endsInPossessive(text: string, end: number): boolean {
  const q = text.charCodeAt(end - 2);
  return (text.charCodeAt(end - 1) | 32) === 115 && (q === 39 || q === 0x2019);
}

/** Does a gazetteer name start with this possessive's owner ("msnbc's")? */
function possessiveStart(norm: string): boolean {
  return norm.endsWith("'s") && (bitsOf(norm.slice(0, -2)) & MAY_START) !== 0;
}

/** A dash after one space at `at` (" –", " -", " —"): the end of a dateline. */
function dashAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const c = text.charCodeAt(at + 1);
  return c === 45 || c === 0x2013 || c === 0x2014;
}

export function creditSources(doc: Doc, items: Credited): Credited {
  const { text } = doc;
  const w = doc.words;
  const ids = doc.words.ids;
  const found: { name: string; type: SourceType; range: Range; sentence: Sentence; colon: boolean }[] = [];
  let i = 0;
  for (const s of doc.sentences) {
    if (i < w.count && w.starts[i] < s.start) i = doc.words.indexAt(s.start);
    let sEnd = i;
    while (sEnd < w.count && w.ends[sEnd] <= s.end) sEnd++;
    const sFrom = i;
    let k = sFrom;
    while (k < sEnd) {
      // Only a capitalised word starts a name, and only "tweet..." is the tweet frame: every other
      // word (most) is passed by its first character.
      const c = text.charCodeAt(w.starts[k]);
      if (c !== 116 && (c < 65 || c > 90) && c < 128) {
        k++;
        continue;
      }
      // (Only a word opening with a t in either case lower-cases to "tweet...": no other's form is made.)
      const tweet = c === 116 || c === 84 ? w.norm(k) : '';
      if (
        tweet === 'tweeted' ||
        ((tweet === 'tweet' || tweet === 'tweets') && k > sFrom && TWEET_DETERMINERS.has(w.norm(k - 1)))
      ) {
        found.push({
          name: 'Twitter',
          type: 'platform',
          range: { start: w.starts[k], end: w.ends[k] },
          sentence: s,
          colon: false,
        });
        k++;
        continue;
      }
      const m = nameAt(text, w, ids, k, sEnd);
      if (!m) {
        k++;
        continue;
      }
      // A coordination of names shares one frame: "CBS and NPR both reported", "told CNN and the BBC".
      const group = [m];
      let next = m.to;
      for (;;) {
        let j = next;
        if (j < sEnd && text.charCodeAt(w.ends[j - 1]) === 44) {
          /* "CBS, NBC and ABC" */
        } else if (j < sEnd && (w.norm(j) === 'and' || w.norm(j) === 'or')) j++;
        else break;
        if (j < sEnd && (w.norm(j) === 'and' || w.norm(j) === 'or')) j++;
        if (j < sEnd && w.norm(j) === 'the') j++;
        const other = j < sEnd ? nameAt(text, w, ids, j, sEnd) : null;
        if (!other || other.shaped !== m.shaped) break;
        group.push(other);
        next = other.to;
      }
      const last = group[group.length - 1];
      const credited = leftFrame(text, w, m.from, sFrom, m) || rightFrame(w, last.to, sEnd, last);
      if (credited) {
        const after = frameEnd(w, last.to, sEnd);
        const colon = text.charCodeAt(after) === 58;
        for (const g of group) {
          // "The Washington Post": the article that opens the name is part of it when capitalised.
          let from = g.from;
          if (
            from > sFrom &&
            w.norm(from - 1) === 'the' &&
            isUpperStart(text, w.starts[from - 1]) &&
            spaced(text, w, from - 1, from)
          )
            from--;
          const mm = { ...g, from };
          const range = { start: w.starts[from], end: w.ends[g.to - 1] - (g.cut ?? 0) };
          found.push({ name: displayName(text, w, mm), type: g.type, range, sentence: s, colon });
          doc.trace?.add('source', range.start, range.end, 'credits/frame');
        }
      }
      k = next;
    }
    i = sEnd;
  }
  if (found.length === 0) return items;
  return merge(doc, items, found);
}

/** The character after the frame's verb (or the name), to see a colon ("The Tribune reported:"). */
function frameEnd(w: DocTokens, to: number, sEnd: number): number {
  let k = to;
  while (k < sEnd && k - to < 3 && (REPORT_ADVERBS.has(w.norm(k)) || REPORT_VERBS.has(w.norm(k)))) k++;
  return w.ends[k - 1];
}

function merge(
  doc: Doc,
  items: Credited,
  found: { name: string; type: SourceType; range: Range; sentence: Sentence; colon: boolean }[],
): Credited {
  const sources = items.sources.map((s) => ({ ...s, mentions: [...s.mentions] }));
  const byKey = new Map<string, Source>();
  for (const s of sources) if (!byKey.has(foldName(s.name))) byKey.set(foldName(s.name), s);
  let nextId = 1;
  for (const s of sources) nextId = Math.max(nextId, Number(s.id.slice(1)) + 1);
  const claims = items.claims.map((c) => c);
  const touched = new Set<number>();
  // Mentions added per source (sorted once at the end, so many credits of one outlet stay linear).
  const added = new Map<Source, Set<string>>();
  for (const f of found) {
    const key = foldName(f.name === 'Twitter' ? 'twitter' : f.name);
    // "Fox" after "Fox News": the short form of an outlet already listed is that outlet.
    let source = byKey.get(key);
    if (!source) {
      source = sources.find((s) => s.type === f.type && foldName(s.name).startsWith(`${key} `));
      if (source) byKey.set(key, source);
    }
    if (!source) {
      // "said on Fox" listed before the credit "told Fox News": the short form becomes the full name.
      source = shortFormOf(sources, key, f.type);
      if (source) {
        source.name = f.name;
        byKey.set(key, source);
      }
    }
    if (!source) {
      source = { id: `s${nextId++}`, name: f.name, type: f.type, anonymous: false, mentions: [] };
      byKey.set(key, source);
      sources.push(source);
    }
    let seen = added.get(source);
    if (!seen) {
      seen = new Set(source.mentions.map((r) => `${r.start}:${r.end}`));
      added.set(source, seen);
    }
    const at = `${f.range.start}:${f.range.end}`;
    if (!seen.has(at)) {
      seen.add(at);
      source.mentions.push(f.range);
    }
    link(claims, f.sentence, source.id, touched);
    if (f.colon) {
      const nextPara = doc.paragraphs[f.sentence.paragraph + 1];
      if (nextPara) link(claims, nextPara, source.id, touched);
    }
  }
  for (const source of added.keys()) source.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, sources };
}

/** An outlet listed by the first word of `key` alone ("fox" for "fox news"), or undefined. */
function shortFormOf(sources: Source[], key: string, type: SourceType): Source | undefined {
  const space = key.indexOf(' ');
  if (space < 0) return undefined;
  const first = key.slice(0, space);
  return sources.find((s) => s.type === type && foldName(s.name) === first);
}

/** Add the source to every claim overlapping the range (claims are in text order). */
function link(claims: Claim[], r: Range, id: string, touched: Set<number>): void {
  const hi = partitionPoint(claims.length, (k) => claims[k].start < r.end);
  for (let k = hi - 1; k >= 0 && hi - k <= 12; k--) {
    const c = claims[k];
    if (c.end <= r.start || c.sourceIds.includes(id) || c.sourceIds.length >= 8) continue;
    if (!touched.has(k)) {
      claims[k] = { ...c, sourceIds: [...c.sourceIds] };
      touched.add(k);
    }
    claims[k].sourceIds.push(id);
  }
}
