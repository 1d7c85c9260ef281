/**
 * Structural opinion detectors: the author's verdicts that no single loaded word gives away, found
 * by the shape of the sentence (issue 16, caveats), and two filters for words that are not the
 * author's although no quotation mark says so.
 *
 * Detectors (each outside quotations and claim content, and outside sentences with a verb of
 * saying, so reported speech stays the speaker's; the writer's own "As I wrote" does not count,
 * caveats/author-saying.ts):
 * - evaluative predication: a definite subject (a pronoun, a determiner, a name, "which"), a
 *   copula ("is", "aren't", "would be", "has been") and, within four words of it, an evaluative head
 *   (data/opinion-structures.ts): "this is political theater", "they aren't pretty";
 * - ironic labels: "a <label> of a <thing>" ("a train wreck of a summit");
 * - exhortation: a sentence opening with "let's", "it's time", "we must", ... ;
 * - stance formulas: "if you ask me", "I for one", "so much for"; one in the first person ("what
 *   many of us thought") is the author's even inside reported speech, outside quotation marks.
 * Filters (on the drafts of all scans):
 * - the body of an embedded post: the lines before a "(@handle) date" credit, back to a blank line,
 *   other furniture, a line ending in a colon, or a line that names the post's author (the
 *   author's own introduction), at most six lines;
 * - a question or exclamation in the title line (a teaser, not an argument), and exclamations of
 *   courtesy ("Thank you!").
 *
 * Linear: one pass over each sentence's words, one over the furniture, one over the drafts.
 * Known limits: no syntax, so the subject is found within four words before the copula, and a
 * multi-paragraph embed without a credit line is still read as the author's.
 */
import type { Doc, Sentence } from '../document';
import { COURTESY, EXHORTATIONS, IRONIC_LABELS, STANCE_FORMULAS } from '../data/opinion-structures';
import { isSpaceCode } from '../text/spaces';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import { Regions, quotationRegions, quotesOf } from './regions';
import { anyOf, classesOf, wordClass } from './word-classes';
import { longestWords, sentenceWordsOf, triggerClass } from './sentence-words';
import { EVALUATIVE_HEADS, JUDGED_NOUNS, LINKING, SUBJECT_JUDGES } from './predicate-heads';
import { timeForAnAct } from './time-to-act';
import { authorSays } from './author-saying';

const EVALUATIVE = EVALUATIVE_HEADS;
const LABELS = new Set(IRONIC_LABELS);
const split = (list: readonly string[]) => list.map((e) => e.split(' '));
/** The exhortations by their first word. */
const OPENERS = new Map<string, string[][]>();
for (const w of split(EXHORTATIONS)) OPENERS.set(w[0], [...(OPENERS.get(w[0]) ?? []), w]);
const FORMULAS = new Map<string, string[][]>();
for (const f of split(STANCE_FORMULAS)) FORMULAS.set(f[0], [...(FORMULAS.get(f[0]) ?? []), f]);
/** Each formula's first two words ('' for a one-word formula): most words that can open one ("a", "so", "how") do not here. */
const FORMULA_SECOND = new Map<string, Set<string>>();
for (const [first, list] of FORMULAS) FORMULA_SECOND.set(first, new Set(list.map((f) => f[1] ?? '')));
const COURTESY_START = new RegExp(`^\\W*(?:${COURTESY.join('|')})\\b`, 'i');

const COPULAS = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);
/** Subject and copula in one word: "it's", "that's". */
const SUBJECT_COPULAS = new Set(["it's", "that's", "this's", "he's", "she's", "they're", "what's"]);
const PREDICATION_STARTS = new Set([...COPULAS, ...SUBJECT_COPULAS, ...LINKING, 'be', 'been', 'of']);
/** The perfect before "been": "the inquiry has been a waste", "they have long been a joke". */
const PERFECT = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't"]);
const PERFECT_ADVERBS = new Set(['also', 'always', 'long', 'now', 'often', 'simply']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'must', "would've", "won't", "wouldn't"]);
const DEFINITE = new Set('this that these those it he she they the his her its their our which who what'.split(' '));
/** Words that end the predicate before its head: "is one of the ...", "was due to ...". */
const PREDICATE_STOP = new Set(
  'of to that than in on for with by from at as and or because when if who which while about after before'.split(' '),
);
/** Verbs of saying or thinking: a sentence holding one reports somebody's words. */
const REPORTED = new Set(
  (
    'said says say told tell according wrote writes argued argues argue claimed claims claim believe believes ' +
    'believed think thinks thought insisted insists added stated asserted called calls described describes accused ' +
    'suggested suggests tweeted posted alleged alleges contends contended maintains maintained warned warns ' +
    'noted notes asked asks complained complains charged charges calling labeled labelled labeling labelling branded ' +
    'branding dubbed dubbing'
  ).split(' '),
);
/** Words that may open a sentence before its exhortation: "So let's ...", "Now, we must ...". */
const LEAD = new Set(['so', 'and', 'but', 'now', 'well', 'yes', 'ok', 'okay', 'then', 'folks', 'friends']);
/** Verbs of an explainer's "let's": "Let's break them down", "Let's look at the numbers". */
const GUIDE = new Set(['break', 'look', 'review', 'recap', 'start', 'begin', 'walk', 'go', 'see']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", "we're", "we've", "i've"]);

/** What a word can do in structuralOpinions' scans, one class each (see caveats/word-classes.ts). */
const SAYS = wordClass(REPORTED);
/** Words that are a formula alone, that open a longer one, and the longer ones' second words. */
const FORMULA_ALONE = wordClass([...FORMULAS].filter(([, list]) => list.some((f) => f.length === 1)).map(([w]) => w));
const OPENS_FORMULA = wordClass([...FORMULAS.keys()]);
const FORMULA_SECOND_WORD = wordClass([...FORMULAS.values()].flatMap((list) => list.map((f) => f[1] ?? '')));
const STARTS_PREDICATION = wordClass(PREDICATION_STARTS);
/** What a predication needs after its copula: an evaluative head, or "for" ("This is the Democrats for you."). */
const HEAD = wordClass(() => [...EVALUATIVE_HEADS, ...SUBJECT_JUDGES, 'for']);

/** Words without which no exhortation, predication or ironic label matches (caveats/sentence-words.ts). */
const EXHORTATION_WORD = triggerClass(longestWords(EXHORTATIONS));
/** A formula's longest word and its last word: a sentence without both holds none of them. */
const FORMULA_LONGEST = triggerClass(longestWords(STANCE_FORMULAS));
const FORMULA_LAST = triggerClass(STANCE_FORMULAS.map((f) => f.slice(f.lastIndexOf(' ') + 1)));
const FORMULA_WORDS = FORMULA_LONGEST | FORMULA_LAST;
const PREDICATION_WORD = triggerClass(() => [...EVALUATIVE_HEADS, ...SUBJECT_JUDGES, 'you', ...IRONIC_LABELS]);

const isCap = (text: string, t: Token) => /^\p{Lu}/u.test(text[t.start]);

function matchAt(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.norm !== words[k]) return false;
  return true;
}

/** Longest clause a caveat takes in after its cue. */
const MAX_CLAUSE = 400;

/** End of the clause holding `pos` (next clause punctuation or the sentence end), trimmed. */
function clauseEnd(text: string, pos: number, sentenceLimit: number): number {
  // A run-on "sentence" without punctuation is cut, so no input makes this quadratic.
  const limit = Math.min(sentenceLimit, pos + MAX_CLAUSE);
  let i = pos;
  while (i < limit && !isBreak(text.charCodeAt(i))) i++;
  while (i > pos && isTrimmed(text.charCodeAt(i - 1))) i--;
  return i;
}

/** , ; : ! ? em and en dash ( ) end a clause. */
const isBreak = (c: number) =>
  c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41;
/** White space, the period and the quotation marks " ' “ ” ‘ ’, trimmed off a clause's end. */
const isTrimmed = (c: number) =>
  c === 46 || c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || isSpaceCode(c);

function sentenceEnd(text: string, s: Sentence): number {
  let e = s.end;
  while (e > s.start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Words before a clause that ask or suppose it rather than assert it. */
const UNASSERTED: ReadonlySet<string> = new Set(['whether', 'if']);

/**
 * One opinion draft, traced under its rule. At module level, not a closure made per brief: the
 * bundler's keepNames names each closure on every call (a defineProperty, about a microsecond).
 */
function pushOpinion(
  drafts: Draft[],
  trace: Doc['trace'],
  start: number,
  end: number,
  kind: Draft['kind'],
  reason: string,
  rule: string,
): void {
  if (end <= start) return;
  drafts.push({ start, end, kind, voice: 'author', reason });
  trace?.add('caveat', start, end, `opinion-structures/${rule}`);
}

export function structuralOpinions(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const quoted = quotationRegions(quotesOf(doc));
  const trace = doc.trace;
  const classes = classesOf(doc);
  const roles = classes.bits;
  const words = sentenceWordsOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (words.counts[ix] === 0) continue;
    // Which scans can find anything here: most sentences hold no word any of them needs.
    const held = words.classes[ix];
    const formulas =
      (held & FORMULA_ALONE || (held & OPENS_FORMULA && held & FORMULA_SECOND_WORD)) &&
      (words.triggers[ix] & FORMULA_WORDS) === FORMULA_WORDS;
    const rest = words.triggers[ix] & (EXHORTATION_WORD | PREDICATION_WORD);
    if (!formulas && !rest) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const end = sentenceEnd(text, s);
    // Each word looked up once, for all three scans below (and the other caveat passes).
    const at = classes.at(ix);
    let reported = false;
    for (let k = 0; k < toks.length && held & SAYS; k++) {
      // "safe to say", "needless to say" say nothing of anybody's.
      // "As I wrote last year": the writer's own verb of saying (caveats/author-saying.ts).
      if (roles[at + k] & SAYS && !(toks[k].norm === 'say' && toks[k - 1]?.norm === 'to') && !authorSays(toks, k)) {
        reported = true;
        break;
      }
    }
    // Stance formulas: first-person ones hold even in reported speech, outside quotation marks.
    for (let i = 0; i < toks.length && formulas; i++) {
      const opens = roles[at + i] & OPENS_FORMULA && i + 1 < toks.length && roles[at + i + 1] & FORMULA_SECOND_WORD;
      if (!(roles[at + i] & FORMULA_ALONE || opens)) continue;
      const second = FORMULA_SECOND.get(toks[i].norm);
      if (second === undefined || !(second.has('') || second.has(toks[i + 1]?.norm ?? ''))) continue;
      const f = FORMULAS.get(toks[i].norm)?.find((w) => matchAt(toks, i, w));
      if (!f) continue;
      const last = toks[i + f.length - 1];
      // "those of US President ...": the country, not the first person.
      if (toks.slice(i, i + f.length).some((t) => text.slice(t.start, t.end) === 'US')) continue;
      const own = f.some((w) => FIRST_PERSON.has(w));
      if (quoted.overlaps(toks[i].start, last.end)) continue;
      if (!own && (reported || regions.overlaps(toks[i].start, last.end))) continue;
      const to = clauseEnd(text, last.end, end);
      pushOpinion(drafts, trace, toks[i].start, to, 'opinion', 'a stance formula in the author’s own voice', 'stance');
      i += f.length - 1;
      // One draft per clause: the next can only start after this one.
      while (i + 1 < toks.length && toks[i + 1].start < to) i++;
    }
    if (reported || !rest) continue;
    // Exhortation at the sentence start.
    let lead = 0;
    while (lead < toks.length - 1 && lead < 2 && LEAD.has(toks[lead].norm)) lead++;
    const opener = OPENERS.get(toks[lead].norm)?.find((w) => matchAt(toks, lead, w));
    // "Let us know in the comments" invites comment; it is no call to action.
    // "Let's break them down", "Let's look at ...": an explainer's guide voice, not a verdict.
    const invite =
      toks[lead + 2]?.norm === 'know' ||
      toks[lead + 1]?.norm === 'know' ||
      (toks[lead].norm === "let's" && GUIDE.has(toks[lead + 1]?.norm ?? ''));
    // "It is time for the annual review" schedules an event; a call needs an act (caveats/time-to-act.ts).
    const schedule = opener?.at(-1) === 'time' && !timeForAnAct(text, toks, lead + opener.length);
    if (opener && !invite && !schedule) {
      if (!regions.overlaps(toks[lead].start, end))
        pushOpinion(
          drafts,
          trace,
          s.start,
          end,
          'opinion',
          'a call to action in the author’s own voice',
          'exhortation',
        );
      else {
        // "Let us hope the tribunal sees sense": what is hoped can read as a claim of "us"; the
        // call itself, the opener and its verb, is still the author's.
        const verb = toks[lead + opener.length];
        if (verb && /^\p{Ll}/u.test(text[verb.start]) && !regions.overlaps(toks[lead].start, verb.end))
          pushOpinion(
            drafts,
            trace,
            toks[lead].start,
            verb.end,
            'opinion',
            'a call to action in the author’s own voice',
            'exhortation',
          );
      }
    }
    for (let c = 0; c < toks.length && rest & PREDICATION_WORD; c++) {
      // Only "of" and copulas start the rules below.
      if (!(roles[at + c] & STARTS_PREDICATION)) continue;
      const norm = toks[c].norm;
      if (norm === 'of') {
        // Ironic label: "a train wreck of a summit".
        if (LABELS.has(toks[c - 1]?.norm ?? '') && /^an?$/.test(toks[c + 1]?.norm ?? '')) {
          let a = c - 2;
          while (a >= 0 && c - a <= 3 && !/^an?$/.test(toks[a].norm)) a--;
          if (a >= 0 && c - a <= 3 && toks[c + 2] && !regions.overlaps(toks[a].start, toks[c + 2].end))
            pushOpinion(
              drafts,
              trace,
              toks[a].start,
              toks[c + 2].end,
              'opinion',
              'an ironic label used as a verdict',
              'ironic-label',
            );
        }
        continue;
      }
      // "appears to be a fiasco": the predicate starts after "to be".
      const linking = LINKING.has(norm);
      const first = linking && toks[c + 1]?.norm === 'to' && toks[c + 2]?.norm === 'be' ? c + 3 : c + 1;
      // No evaluative head (nor "for") within four words after the copula: nothing to find here.
      if (!anyOf(roles, at + first, at + Math.min(toks.length, first + 4), HEAD)) continue;
      const fused = SUBJECT_COPULAS.has(norm);
      let subjectEnd = c;
      if (!fused) {
        if (COPULAS.has(norm)) subjectEnd = c;
        // "what appeared to be a hoax" is the reporter's hedge (caveats/reporting-idiom.ts), not a verdict.
        else if (linking && toks[c - 1]?.norm !== 'what') subjectEnd = c;
        else if (norm === 'be' && MODALS.has(toks[c - 1]?.norm ?? '')) subjectEnd = c - 1;
        else if (norm === 'been' && PERFECT.has(toks[c - 1]?.norm ?? '')) subjectEnd = c - 1;
        else if (
          norm === 'been' &&
          PERFECT_ADVERBS.has(toks[c - 1]?.norm ?? '') &&
          PERFECT.has(toks[c - 2]?.norm ?? '')
        )
          subjectEnd = c - 2;
        else continue;
      }
      // A definite subject within four words before the copula.
      let subject = fused ? c : -1;
      let asked = false;
      for (let k = subjectEnd - 1; !fused && k >= 0 && subjectEnd - k <= 4; k--) {
        if (toks[k].norm === 'there') break;
        // "see whether their aim is correct", "If the plan is a disaster": asked or supposed, not asserted.
        if (UNASSERTED.has(toks[k].norm)) {
          asked = true;
          break;
        }
        if (DEFINITE.has(toks[k].norm) || isCap(text, toks[k])) subject = k;
      }
      if (subject < 0 || asked) continue;
      // A plan, policy or conduct as the subject: a judging adjective of it is a verdict too.
      let judged = false;
      for (let k = subject; k < subjectEnd && !judged; k++) judged = JUDGED_NOUNS.has(toks[k].norm);
      // An evaluative head within four words after it, in the same clause.
      for (let h = first; h < toks.length && h - first < 4; h++) {
        // "This is the Democrats for you.": the idiom closes the sentence.
        if (toks[h].norm === 'for' && toks[h + 1]?.norm === 'you' && h + 2 === toks.length) {
          if (!regions.overlaps(toks[subject].start, end))
            pushOpinion(
              drafts,
              trace,
              toks[subject].start,
              end,
              'opinion',
              'an evaluative idiom: the author’s verdict',
              'predication',
            );
          break;
        }
        if (PREDICATE_STOP.has(toks[h].norm)) break;
        if (/[,;:!?\u2014\u2013()]/.test(text.slice(toks[h - 1].end, toks[h].start))) break;
        if (!EVALUATIVE.has(toks[h].norm) && !(judged && SUBJECT_JUDGES.has(toks[h].norm))) continue;
        const from = toks[subject].start;
        const to = clauseEnd(text, toks[h].end, end);
        if (!regions.overlaps(from, to)) {
          pushOpinion(
            drafts,
            trace,
            from,
            to,
            'opinion',
            'an evaluative predication: the author’s verdict, stated as fact',
            'predication',
          );
          // One draft per clause: the next can only start after this one.
          while (c + 1 < toks.length && toks[c + 1].start < to) c++;
        }
        break;
      }
    }
  }
  dropOthersWords(doc, drafts);
}

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A post's credit line: "Name (@handle) August 1, 2018", with or without a leading dash. */
const CREDIT_LINE = new RegExp(`^[^\\n]{0,120}?\\(@\\w{1,30}\\)\\s*(?:${MONTH})\\.? \\d{1,2}, \\d{4}[ \\t]*$`, 'gm');
const IS_MONTH = new RegExp(`^(?:${MONTH})$`);
/** A line that introduces a post in the author's words: "In his Twitter post, ...", "She tweeted". */
const INTRODUCES = /\b(?:tweet|tweets|tweeted|posted|wrote|twitter|instagram|facebook)\b/i;

/** Lines before an embedded post's "(@handle) date" credit: the post, never the author's words. */
function embedBodies(doc: Doc): Regions {
  const { text } = doc;
  const credits: { start: number; end: number }[] = [];
  for (const f of doc.furniture) if (f.kind === 'embed-credit') credits.push(f);
  if (text.includes('(@'))
    for (const m of text.matchAll(CREDIT_LINE)) credits.push({ start: m.index, end: m.index + m[0].length });
  if (credits.length === 0) return new Regions([]);
  const ranges: { start: number; end: number }[] = [];
  const others = new Regions(doc.furniture.filter((f) => f.kind !== 'embed'));
  for (const f of credits) {
    const credit = text.slice(f.start, f.end);
    ranges.push(f);
    const handle = credit.indexOf('(@');
    // Words of the poster's name ("Donald J. Trump"): an author's line naming them introduces the post.
    const names = (credit.slice(0, handle < 0 ? credit.length : handle).match(/\p{Lu}[\p{Ll}'-]{2,}/gu) ?? []).filter(
      (w) => !IS_MONTH.test(w),
    );
    let lineEnd = text.lastIndexOf('\n', f.start - 1);
    // A credit at the end of a line: the text before it on that line is the post.
    if (lineEnd + 1 < f.start) ranges.push({ start: lineEnd + 1, end: f.start });
    for (let n = 0; n < 6 && lineEnd > 0; n++) {
      const start = text.lastIndexOf('\n', lineEnd - 1) + 1;
      const line = text.slice(start, lineEnd);
      if (line.trim() === '' || /:\s*$/.test(line) || others.overlaps(start, lineEnd)) break;
      if (names.some((w) => line.includes(w)) || INTRODUCES.test(line)) break;
      ranges.push({ start, end: lineEnd });
      // The post opens with its quotation mark.
      if (/^\s*[\u201c"]/.test(line)) break;
      lineEnd = start - 1;
    }
  }
  return new Regions(ranges);
}

/** A subscription or newsletter box: "Get the most important news delivered to your inbox". */
const PROMO = /\b(?:sign up (?:here|now|today)|subscribe (?:here|now|today)|newsletter|your inbox|unsubscribe)\b/i;
/** PROMO without its word boundaries, which a line cut at PROMO_REACH may make: a match of PROMO in any line is one of this in the text. */
const PROMO_WORDS = new RegExp(PROMO.source.replaceAll('\\b', ''), 'i');
const PROMO_REACH = 300;

/** Every place PROMO_WORDS matches in the text, overlapping ones too, as start and end pairs. */
const PROMO_ALL = new RegExp(PROMO_WORDS.source, 'gi');

function promoSpans(text: string): number[] {
  const out: number[] = [];
  PROMO_ALL.lastIndex = 0;
  for (let m = PROMO_ALL.exec(text); m !== null; m = PROMO_ALL.exec(text)) {
    out.push(m.index, m.index + m[0].length);
    PROMO_ALL.lastIndex = m.index + 1;
  }
  return out;
}

/** A word character of a non-Unicode `\b`: an ASCII letter, digit or underscore. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Does PROMO match in the line around a span, at most PROMO_REACH characters either side (linear
 * on any input)? Read off the text's own PROMO_WORDS matches (`spans`, a handful) rather than by
 * running PROMO over each draft's line: a match is one of those inside the line with a word
 * boundary on each side, where the line's own ends count as boundaries (as they do in a slice).
 */
function promoAround(text: string, spans: number[], start: number, end: number): boolean {
  let near = false;
  for (let k = 0; k < spans.length && !near; k += 2)
    near = spans[k] >= start - PROMO_REACH && spans[k + 1] <= end + PROMO_REACH;
  if (!near) return false;
  let a = start;
  while (a > 0 && start - a < PROMO_REACH && text.charCodeAt(a - 1) !== 10) a--;
  let b = end;
  while (b < text.length && b - end < PROMO_REACH && text.charCodeAt(b) !== 10) b++;
  const to = Math.min(b, end + PROMO_REACH);
  for (let k = 0; k < spans.length; k += 2) {
    const p = spans[k];
    const q = spans[k + 1];
    if (p < a || q > to) continue;
    if ((p === a || !isWordChar(text.charCodeAt(p - 1))) && (q === to || !isWordChar(text.charCodeAt(q)))) return true;
  }
  return false;
}

function dropOthersWords(doc: Doc, drafts: Draft[]): void {
  const { text } = doc;
  const embeds = embedBodies(doc);
  const title = doc.titleRange;
  const titleText = title ? text.slice(title.start, title.end).trim() : '';
  let w = 0;
  // Whether the words of PROMO are anywhere in the text: most articles have none, and then no line is read.
  let promo: number[] | undefined;
  for (let ix = 0; ix < drafts.length; ix++) {
    const d = drafts[ix];
    let drop = false;
    if (d.voice === 'author' && d.kind !== 'anonymous-sourcing' && d.kind !== 'single-source') {
      if (embeds.size && embeds.overlaps(d.start, d.end)) drop = true;
      const punct = d.reason.includes('question') || d.reason.includes('exclamation');
      if (punct && title && d.start >= title.start && d.end <= title.end) drop = true;
      // The headline printed again in the body is still the headline.
      if (punct && titleText && text.slice(d.start, d.end).trim() === titleText) drop = true;
      if (punct && /!\W*$/.test(text.slice(d.start, d.end)) && COURTESY_START.test(text.slice(d.start, d.end)))
        drop = true;
      if (!drop && (promo ??= promoSpans(text)).length > 0 && promoAround(text, promo, d.start, d.end)) drop = true;
    }
    if (drop) doc.trace?.add('caveat', d.start, d.end, 'opinion-structures/others-words');
    else drafts[w++] = d;
  }
  drafts.length = w;
}
