/**
 * Proper names: maximal runs of capitalised words ("Dmitry Medvedev", "Security Council",
 * "U.S.", "NATO", "Al-Qaeda", "Bank of England"), with exact offsets, split from the title words
 * before them ("Lt. Gen." in "Lt. Gen. Michael Flynn" becomes the name's `prefix`).
 *
 * Approach (two linear passes over the document's one token stream, text/word-tokens.ts):
 * 1. Evidence. A capitalised word in a trusted position (mid-sentence, not after an opening quote
 *    or colon, not in a Title Case heading or an ALL CAPS line) counts as a capitalised word of
 *    this article; every lower-case word is noted too.
 * 2. Runs. Adjacent capitalised words on one line, joined by name connectors (of, de, van, al,
 *    bin...) form a run; a possessive, a hyphen into a lower-case word ("US-supplied"), punctuation
 *    or a function word ends it. A word in an opening position (sentence start, after a quote mark
 *    or a colon, in a heading) has to earn its place: the article capitalises it elsewhere, a
 *    gazetteer knows it, or (in running text only) it is not a common opener ("However",
 *    "Predictably", "Former"), not an -ly/-ing/-ed word and never seen in lower case.
 * Title words (Sen., President, Deputy Chairman, Sheriff) at the front of a run become the name's
 * prefix, unless the run is itself an organisation ("Justice Department").
 *
 * The tokens are read in text/name-tokens.ts, the gazetteer checks are text/known-names.ts; the
 * connector words are data/name-connectors.ts.
 *
 * Known limits: no part-of-speech tagging, so a capitalised common word mid-sentence in running
 * text is taken for a name; names in ALL CAPS lines are found only through gazetteers or the
 * article's own capitalised forms; "and" never joins a name ("Johnson and Johnson" is two).
 */
import type { Range } from '../../schema/brief';
import { CALENDAR_WORDS, COMMON_OPENERS, WordShapes } from '../data/common-words';
import { countryOfLower } from '../data/countries';
import { ORG_HEADS, ORGANIZATIONS } from '../data/organizations';
import { isOutletLower } from '../data/outlets';
import { isPlatformLower } from '../data/platforms';
import {
  HEAD_CONNECTORS,
  NAME_CONNECTORS as CONNECTORS,
  WEAK_NAME_CONNECTORS as WEAK_CONNECTORS,
} from '../data/name-connectors';
import { isTeamInTable } from './tables';
import { isDateline } from './datelines';
import { DocTokens } from './word-tokens';
import { isKnownLower, isKnownRun } from './known-names';
import { isFirstNameLower } from '../data/first-names';
import { acronymSpelledFrom, isPortfolioOfBody, MAX_OFFICE_WORDS, officeEnd, placeEnd } from './office-names';
import { formalOfThe, isFunctionSurname, isOutletBefore, isTitledFunctionWord, isTitleSurname } from './name-joins';
import { lowerForms } from './lower-forms';
import { BREAK, isRoleModifier, isTitle, LOWER_WORDS, markShouting, tokenize, UPPER, type Token } from './name-tokens';

export { isKnownName } from './known-names';

export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** The title words before the name in the same capitalised run ("Lt. Gen."), when there are any. */
  prefix?: Range;
  /** The name ended in a possessive ("Clinton’s"); the `’s` is not part of the span. */
  possessive?: boolean;
  /**
   * Taken on weak evidence only: every word opens a sentence, quotation or line, and nothing but
   * its not being a common word speaks for it ("Attendance: 5,000"). Consumers may want more.
   */
  weak?: boolean;
  /** Some word of the name also appears in lower case in the article ("Presidential Debates" and "the debates"). */
  common?: boolean;
  /** What a person is named "of" ("Public Citizen" of "Craig Holman of Public Citizen"): a body, or a place. */
  affiliation?: boolean;
}

/** Connectors that may only join, never follow a title ("Secretary of State" stays a title). */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z]{1,3}$/;
/** Longest run of capitalised words still read as names (a list of six two-word names fits). */
const MAX_RUN = 12;

/**
 * @example
 * findNames('Former Russian president Dmitry Medvedev has warned NATO.')
 * // [{ text: 'Russian' }, { text: 'Dmitry Medvedev' }, { text: 'NATO' }] ("Former" is no name)
 */
export function findNames(text: string, words: DocTokens = new DocTokens(text)): NameSpan[] {
  // Pass 1: words, with evidence from trusted positions and every lower-case word.
  const lowerWords = LOWER_WORDS;
  lowerWords.length = 0;
  const tokens = tokenize(text, words, lowerWords);
  const lowerSeen = lowerForms(text, tokens, lowerWords);
  lowerWords.release();
  markShouting(tokens);
  const trusted = new Set<string>();
  // Two trusted words in a row are kept too (as "Donald Trump", on the first question: see
  // isShoutedPair), to join the same two words in capitals ("DONALD TRUMP") into one name; only
  // asked for where there is shouting.
  const pairs = tokens.some((t) => t.shouty && t.allCaps);
  const pairWords = PAIR_WORDS;
  pairWords.length = 0;
  trustedPairs = null;
  let last: Token | null = null;
  for (let ix = 0; ix < tokens.length; ix++) {
    const t = tokens[ix];
    if (t !== BREAK && t.cap && !t.opening && !t.shouty && !t.func && !(t.allCaps && t.text.length > 6)) {
      trusted.add(t.text);
      if (pairs && last && last.end + 1 === t.start && text.charCodeAt(last.end) === 32) pairWords.push(last, t);
      last = t;
    } else last = null;
  }

  // Pass 2: runs of capitalised words.
  const out: NameSpan[] = [];
  // One array for every run (emitRun keeps no reference to it).
  const run: Token[] = [];
  // Function words read as surnames so far ("May" of "Jane May"), made on the first one.
  let surnames: Set<string> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === BREAK) {
      flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    const prev = run.length ? run[run.length - 1] : null;
    // (Only a plural possessive goes on: past its apostrophe. A singular one stops the run.)
    const joined = prev !== null && !prev.stop && onlySpaces(text, prev.end + (prev.possessive ? 1 : 0), t.start);
    if (!joined) flushRun(text, run, trusted, lowerSeen, out);
    if (isNameWord(t)) {
      run.push(t);
      if (t.stop) flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    // "(Prime Minister) Jane May": a surname that is also a function word, right after a first name; alone later too.
    if (isFunctionSurname(text, t, joined && !t.opening ? prev : null, surnames)) {
      (surnames ??= new Set()).add(t.text);
      trusted.add(t.text);
      run.push(t);
      if (t.stop) flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    // "Democratic Republic of the Congo": "of the" inside a formal name the gazetteer knows.
    const after = tokens[k + 2];
    if (run.length && joined && t.text === 'of' && after && isNameWord(after) && formalOfThe(text, run, t, after)) {
      run.push(t, after);
      k += 2;
      if (after.stop) flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    // "Commission for the Protection of Minors", "Committee on the Judiciary": "for the" / "on the" after a body's head word.
    if (run.length && joined && isHeadConnectorThe(text, run, t, after)) {
      run.push(t, after);
      k += 2;
      if (after.stop) flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    // A connector stays in the run only between two name words on the same line.
    const next = tokens[k + 1];
    if (
      run.length &&
      joined &&
      (CONNECTORS.has(t.text) || isTitledFunctionWord(t)) &&
      !t.stop &&
      next &&
      isNameWord(next) &&
      onlySpaces(text, t.end, next.start)
    ) {
      run.push(t);
      continue;
    }
    flushRun(text, run, trusted, lowerSeen, out);
  }
  flushRun(text, run, trusted, lowerSeen, out);
  PAIR_WORDS.length = 0;
  return out;
}

/** Emit the run of capitalised words read so far, and empty it. */
function flushRun(text: string, run: Token[], trusted: Set<string>, lowerSeen: Set<string>, out: NameSpan[]): void {
  // (Most flushes, at every lower-case word, have nothing to emit.)
  if (run.length === 0) return;
  emitRun(text, run, trusted, lowerSeen, out);
  run.length = 0;
}

const CALENDAR_SHAPES = new WordShapes(CALENDAR_WORDS, 12);

/** Can this token stand in a run of name words? */
function isNameWord(t: Token): boolean {
  if (!t.cap) return false;
  // A function word is never a name, in capitals too ("CLOSE OUR SOUTHERN BORDER"), unless a
  // gazetteer knows it ("US").
  if (t.func && !(t.allCaps && (isKnownLower(t.lower) || t.bracketed))) return false;
  // A lone capital letter is no name ("W L T" table heads); an initial carries its period ("J.").
  if (t.text.length === 1) return false;
  if (CALENDAR_SHAPES.mayHold(t.bare) && CALENDAR_WORDS.has(t.bare)) return false;
  // "FLINT, Mich.", "Ariz.": a state abbreviation is a dateline part, not a name.
  if (t.abbreviation) return false;
  if (t.text.charCodeAt(1) === 45 && PARTY_TAG.test(t.text)) return false;
  if (t.url) return false;
  return true;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return to === from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** Can a word in an opening position be part of a name? */
function earnsCapital(t: Token, trusted: Set<string>, lowerSeen: Set<string>): boolean {
  if (trusted.has(t.text)) return true;
  if (isKnownLower(t.bare) && !(t.opening && COMMON_OPENERS.has(t.lower))) return true;
  const bare = t.bare;
  if (isTitle(bare) && !isRoleModifier(bare)) return true;
  if (t.shouty) {
    // ALL CAPS: the article's own capitalised form ("JAPAN" and "Japan") or a gazetteer entry.
    return t.allCaps && (trusted.has(t.text[0] + t.lower.slice(1)) || isKnownLower(t.lower));
  }
  // An acronym in running text (NATO, TASS, CIA, UNESCO); a longer word in capitals ("ABSTRACT",
  // "SPONSORED") is emphasis or a label unless the article writes it in mixed case too.
  if (t.allCaps) return t.text.replace(/\./g, '').length <= 6 || trusted.has(t.text[0] + t.lower.slice(1));
  if (COMMON_OPENERS.has(bare) || isRoleModifier(bare)) return false;
  if (lowerSeen.has(t.lower)) return false;
  if (/(?:ly|ing|ed)$/.test(t.lower) && t.lower.length > 4) return false;
  return true;
}

/** Two words in capitals the article writes side by side in mixed case ("DONALD TRUMP", "Donald Trump"). */
function isShoutedPair(a: Token, b: Token): boolean {
  if (!a.allCaps || !b.allCaps || a.end + 1 !== b.start) return false;
  if (trustedPairs === null) {
    trustedPairs = new Set();
    for (let k = 0; k < PAIR_WORDS.length; k += 2) trustedPairs.add(`${PAIR_WORDS[k].text} ${PAIR_WORDS[k + 1].text}`);
  }
  return trustedPairs.has(`${a.text[0]}${a.lower.slice(1)} ${b.text[0]}${b.lower.slice(1)}`);
}

/**
 * The current document's trusted words two in a row (first, second, first, ...), kept as tokens;
 * their texts are joined into `trustedPairs` only when a run in capitals asks (most documents never do).
 */
const PAIR_WORDS: Token[] = [];
let trustedPairs: Set<string> | null = null;

function emitRun(text: string, run: Token[], trusted: Set<string>, lowerSeen: Set<string>, out: NameSpan[]): void {
  // A run this long with no punctuation is no name nor list of names but noise or an attack:
  // skipping it keeps everything downstream linear in the names there really are.
  if (run.length > MAX_RUN) return;
  // "Correspondents’ Association" is one name; "the Beatles’ White Album" is two.
  const plural = pluralPossessiveAt(run);
  if (plural >= 0 && !ORG_HEADS.has(run[run.length - 1].lower)) {
    emitRun(text, run.slice(0, plural + 1), trusted, lowerSeen, out);
    emitRun(text, run.slice(plural + 1), trusted, lowerSeen, out);
    return;
  }
  // "Trump and Clinton" is two names; "Bosnia and Herzegovina" is one because a gazetteer says so.
  const weak = weakConnectorAt(run);
  if (weak > 0 && !isPortfolioOfBody(run, weak) && !isKnownRun(text, run)) {
    // "U.S. Immigration and Customs Enforcement (ICE)": the words its acronym spells are one name.
    const spelled = acronymSpelledFrom(text, run, weak);
    if (spelled > 0) emitRun(text, run.slice(0, spelled), trusted, lowerSeen, out);
    if (spelled >= 0) run = run.slice(spelled);
    else {
      emitRun(text, run.slice(0, weak), trusted, lowerSeen, out);
      emitRun(text, run.slice(weak + 1), trusted, lowerSeen, out);
      return;
    }
  }
  // Trim connectors off both ends.
  while (run.length && !run[0].cap) run = run.slice(1);
  while (run.length && !run[run.length - 1].cap) run = run.slice(0, -1);
  if (!run.length) return;
  // Three or more words in capitals in running text are shouting, not a name, unless known.
  // (Whether a gazetteer knows the run whole is asked at most once.)
  let known: boolean | undefined;
  if (run.length >= 3 && run.filter((t) => t.allCaps).length >= 3 && !run[0].shouty && !(known = isKnownRun(text, run)))
    return;
  // A run a gazetteer knows whole ("New Zealand", "United States") needs no more proof.
  if (run.length > 1 && run.length <= 4 && (known ?? isKnownRun(text, run))) {
    splitTitle(text, run, out, false, lowerSeen);
    return;
  }
  // In a heading or ALL CAPS line, words that earn their capital only one by one stand alone
  // ("NFL AMERICAN FOOTBALL" is not one name).
  // A club in a sports table or a dateline needs no more proof ("HARTFORD 12 7 6", "RANGOON 1996-12-06").
  const table =
    run[0].allCaps &&
    (isTeamInTable(text, run[0].start, run[run.length - 1].end) ||
      isDateline(text, run[0].start, run[run.length - 1].end));
  if (table && run.every((t) => t.cap)) {
    splitTitle(text, run, out, false, lowerSeen);
    return;
  }
  if (run.some((t) => t.shouty)) {
    for (let k = 0; k < run.length; k++) {
      const t = run[k];
      if (!t.cap || !earnsCapital(t, trusted, lowerSeen)) continue;
      // Words in capitals the article writes side by side in mixed case ("DONALD TRUMP" beside
      // "Donald Trump", "TRAVIS AIR FORCE BASE" beside "Travis Air Force Base"): one name.
      let j = k;
      while (j + 1 < run.length && isShoutedPair(run[j], run[j + 1])) j++;
      splitTitle(text, run.slice(k, j + 1), out, false, lowerSeen);
      k = j;
    }
    return;
  }
  // Words in opening positions must earn their capital; a run is cut where one does not.
  // (A run with no such cut is its own one segment, not copied.)
  const segments: Token[][] = [];
  let from = 0;
  for (let k = 0; k < run.length; k++) {
    const t = run[k];
    // Long words in capitals are shouting or labels ("SPONSORED") wherever they stand.
    const needsProof = t.opening || t.shouty || (t.allCaps && t.text.length > 6);
    if (t.cap && needsProof && !earnsCapital(t, trusted, lowerSeen)) {
      if (k > from) segments.push(run.slice(from, k));
      from = k + 1;
    }
  }
  if (from === 0) segments.push(run);
  else if (from < run.length) segments.push(run.slice(from));
  for (let s of segments) {
    while (s.length && !s[0].cap) s = s.slice(1);
    while (s.length && !s[s.length - 1].cap) s = s.slice(0, -1);
    if (!s.length) continue;
    // A lone opening word with nothing after it, followed by a comma ("Boy, ..."), is an interjection
    // or adverb unless the article capitalises it elsewhere or a gazetteer knows it.
    // ("(Oviedo, Spain)" after a player's name is no interjection: a bracket opened it.)
    if (
      s.length === 1 &&
      (s[0].opening || s[0].shouty) &&
      text[s[0].end] === ',' &&
      text[s[0].start - 1] !== '(' &&
      !trusted.has(s[0].text) &&
      !isKnownLower(s[0].lower)
    )
      continue;
    const weak = onlyWeakWords(s, trusted);
    splitTitle(text, s, out, weak, lowerSeen);
  }
}

/** `s.some((t) => isTitle(t.bare) || isRoleModifier(t.lower))`. */
function hasTitleWord(s: Token[]): boolean {
  for (const t of s) if (isTitle(t.bare) || isRoleModifier(t.lower)) return true;
  return false;
}

/** Bodies named "on" their topic ("Committee on the Judiciary"); "Church on the ..." is a document's title. */
const TOPIC_BODIES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'conference']);

/** "for the" or "on the" right after a body's head word and before a name word, on one line. */
function isHeadConnectorThe(text: string, run: Token[], t: Token, after: Token | undefined): boolean {
  return (
    !!after &&
    isNameWord(after) &&
    ORG_HEADS.has(run[run.length - 1].lower) &&
    (t.text === 'for' || (t.text === 'on' && TOPIC_BODIES.has(run[run.length - 1].lower))) &&
    after.start - t.end === 5 &&
    text.startsWith(' the ', t.end) &&
    !CALENDAR_WORDS.has(after.lower)
  );
}

/**
 * Where "and", "for" or "on" stands in the run, or -1 (a capitalised word never spells one); a "for"
 * or "on" after a body's head word is inside the body's name ("Committee on Intelligence"), unless a
 * day, a month or a platform follows ("the Council on Monday", "Fox News on Twitter") or the head
 * ends a known outlet's name ("Fox News on Scribd").
 */
function weakConnectorAt(run: Token[]): number {
  for (let k = 0; k < run.length; k++)
    if (
      !run[k].cap &&
      WEAK_CONNECTORS.has(run[k].text) &&
      !(
        k > 0 &&
        HEAD_CONNECTORS.has(run[k].text) &&
        ORG_HEADS.has(run[k - 1].lower) &&
        !(k + 1 < run.length && (CALENDAR_WORDS.has(run[k + 1].lower) || isPlatformLower(run[k + 1].lower))) &&
        !isOutletBefore(run, k)
      )
    )
      return k;
  return -1;
}

/** Does nothing but its opening position speak for every capitalised word of the segment? */
function onlyWeakWords(s: Token[], trusted: Set<string>): boolean {
  for (const t of s)
    if (t.cap && !((t.opening || t.shouty) && !trusted.has(t.text) && !isKnownLower(t.bare))) return false;
  return true;
}

/** Where a plural possessive stands inside the run (not last), or -1. */
function pluralPossessiveAt(run: Token[]): number {
  for (let k = 0; k < run.length - 1; k++) if (run[k].possessive) return k;
  return -1;
}

/** Separate title words at the front of a run from the name they introduce. */
function splitTitle(text: string, s: Token[], out: NameSpan[], weak: boolean, lowerSeen: Set<string>): void {
  const lastTok = s[s.length - 1];
  // Only a run with a title word in it needs to know whether it is an organisation as a whole.
  const titled = hasTitleWord(s) || (s.length >= 3 && (countryOfLower(s[0].lower)?.demonym ?? false));
  const whole = titled ? text.slice(s[0].start, lastTok.end).toLowerCase() : '';
  const isOrg = titled && (ORGANIZATIONS.has(whole) || ORG_HEADS.has(lastTok.lower) || isOutletLower(whole));
  let cut = 0;
  if (titled && !isOrg) {
    for (let k = 0; k < s.length - 1; k++) {
      const bare = s[k].bare;
      // A demonym before a name is a role too ("Swede Kennet Andersson", "German Chancellor Angela Merkel").
      const demonym = k === 0 && s.length >= 3 && (countryOfLower(s[k].lower)?.demonym ?? false);
      if (isTitle(bare) || isRoleModifier(bare) || demonym) {
        cut = k + 1;
        // "Secretary of State Rex Tillerson": "of" and one word after a title stay in the title; the
        // office's words up to its last portfolio word when it has one ("Secretary of Homeland
        // Security Kirstjen Nielsen", "Secretary of Health and Human Services"), and a run that ends
        // in one is an office with no name ("Director of National Intelligence").
        if (s[k + 1] && s[k + 1].lower === 'of' && s[k + 3]) cut = k + 3;
        if (s[k + 1] && s[k + 1].lower === 'of') cut = Math.max(cut, officeEnd(s, k + 2), placeEnd(text, s, k + 2));
      }
    }
    if (cut >= s.length) cut = s.length;
  }
  let prefixStart = s[0].start;
  // "Speaker of the House Newt Gingrich": after a title's "of the", the office's words up to a
  // first name are the role's, not the person's.
  if (cut === 0 && s.length >= 2) {
    const title = titleOfTheBefore(text, s[0].start);
    const first = title >= 0 ? personAfterOffice(s) : 0;
    if (first > 0) [cut, prefixStart] = [first, title];
  }
  let name = cut === 0 ? s : s.slice(cut);
  while (name.length && !name[0].cap) name = name.slice(1);
  if (!name.length) return;
  const first = name[0];
  const last = name[name.length - 1];
  // A name of only title words ("President", "Sen.") or ending in one ("Foreign Minister", not "Howard Dean") names no one.
  if (name.every((t) => isTitle(t.bare)) || (!isOrg && isTitle(last.bare) && !isTitleSurname(name))) return;
  // A lone one-letter word ("U" of U-turn) is no name.
  if (name.length === 1 && first.text.length < 3 && first.text.replace(/\./g, '').length < 2) return;
  const span: NameSpan = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  if (cut > 0) span.prefix = { start: prefixStart, end: s[cut - 1].end };
  if (last.possessive) span.possessive = true;
  if (weak) span.weak = true;
  if (name.length > 1 && lowerSeen.size > 0 && hasCommonWord(text, name, lowerSeen)) span.common = true;
  out.push(span);
}

/** A capitalised title word and " of the " right before `at` ("Secretary of the "): the title's start, or -1. */
function titleOfTheBefore(text: string, at: number): number {
  if (at < 9 || !text.startsWith(' of the ', at - 8)) return -1;
  let b = at - 8;
  while (b > 0 && b > at - 30 && /[\p{L}.]/u.test(text[b - 1])) b--;
  const word = text.slice(b, at - 8);
  return UPPER.test(word.charAt(0)) && isTitle(word.toLowerCase().replace(/\.$/, '')) ? b : -1;
}

/**
 * Where a person's name starts inside an office run ("House" "Newt Gingrich", "Joint Chiefs of
 * Staff" "Mark Milley"): the first known first name after the office's first word, followed only by
 * capitalised words; 0 when there is none.
 */
function personAfterOffice(s: Token[]): number {
  const to = Math.min(s.length - 1, MAX_OFFICE_WORDS);
  for (let j = 1; j <= to; j++) {
    if (!isFirstNameLower(s[j].lower)) continue;
    for (let k = j; k < s.length; k++) if (!s[k].cap) return 0;
    return j;
  }
  return 0;
}

/**
 * Does a word of the name, as `name.split(' ')` gives it, appear in lower case in the article?
 * Read from the tokens (their lower-cased forms are at hand): a token stands as such a word only
 * with a plain space (or the name's edge) on both sides. (Only multi-word names need the flag:
 * a lone word was already checked when it opened a sentence.)
 */
function hasCommonWord(text: string, name: Token[], lowerSeen: Set<string>): boolean {
  const last = name.length - 1;
  for (let k = 0; k <= last; k++) {
    const t = name[k];
    const w = t.text;
    const c = w.charCodeAt(0);
    if (w.length <= 2 || !((c >= 65 && c <= 90) || (c > 127 && UPPER.test(w)))) continue;
    if ((k > 0 && text.charCodeAt(t.start - 1) !== 32) || (k < last && text.charCodeAt(t.end) !== 32)) continue;
    if (lowerSeen.has(t.lower)) return true;
  }
  return false;
}
