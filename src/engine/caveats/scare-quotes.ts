/**
 * Scare quotes, rhetorical questions and exclamations: the author's voice in punctuation.
 *
 * Scare quotes: a short quoted word or phrase (at most four words) in the author's own voice that
 * is not a quotation of anyone: it is not inside a claim, no verb of saying or naming stands
 * near it in its sentence ("he said Trump was “absolutely right”", "calls herself a “woke
 * administrator”" are partial quotations), its sentence quotes nobody at length, it is not a
 * quoted clause ("“Subpoenas are not optional,” the chairman said") or a title (every word
 * capitalised: “Fox and Friends”), and the same words do not occur inside a longer quotation
 * elsewhere in the article (the headline's “Most Unethical Sham” quotes Graham's "the most
 * unethical sham"). "so-called" before the quote marks it as a scare quote whatever else holds.
 *
 * Rhetorical questions: a sentence of the author's own (its question mark outside every
 * quotation and claim) that ends with "?", unless it is an explainer's subheading. Reported as
 * `opinion`: the contract has no separate kind, and a rhetorical question argues rather than asks.
 * An exclamation mark ending a sentence of the author's own is reported the same way (not the one
 * in a name: "Shares of Yahoo!").
 *
 * Known limits: a partial quotation whose speaker is named only in a neighbouring sentence is
 * taken for a scare quote unless a claim covers it.
 */
import type { Doc, Sentence } from '../document';
import type { Draft } from './author-voice';
import { emphaticQuestion, explainerQuestion } from './question-shapes';
import type { DocTokens } from '../text/word-tokens';
import type { QuoteLike, Regions } from './regions';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');
const RE_LETTER_OR_NUMBER = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const RE_UPPER_LETTER = lazyRegExp(String.raw`\p{Lu}`, 'u');
const RE_UPPER_OR_DIGIT_START = lazyRegExp(String.raw`^[\p{Lu}\d]`, 'u');
const RE_LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

const MAX_WORDS = 4;
const LOOK_BACK = 300;
/** "called in the National Guard" is not naming anything. */
const PARTICLES = new Set(['in', 'off', 'up', 'out', 'back', 'over', 'down']);
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by']);

/** Verbs and phrases that introduce somebody's words or name a thing as somebody calls it. */
const SAYING = new Set(
  (
    'say says said saying tell tells told telling call calls called calling dub dubs dubbed term terms termed ' +
    'label labels labeled labelled describe describes described describing write writes wrote written ' +
    'tweet tweets tweeted post posts posted state states stated declare declares declared warn warns warned ' +
    'add adds added argue argues argued claim claims claimed insist insists insisted urge urges urged ' +
    'promise promises promised vow vows vowed accuse accuses accused brand brands branded praise praised ' +
    'according asked ask asks reply replied respond responded announce announced note noted quip quipped ' +
    'remark remarked admit admitted acknowledge acknowledged deny denied suggest suggested blast blasted ' +
    'slam slammed dismiss dismissed decry decried refer referred referring mention mentioned cite cited ' +
    'quote quoted quoting headline headlined titled entitled nicknamed known announcing calling considers considered ' +
    'deem deems deemed rule rules ruled rating rated labeling labelling branding dubbing describing ' +
    // PolNeAR news whose short quotations are somebody's words: "referenced “political tensions”",
    // "named Bill Clinton its “honorary chairman”", "his warnings that the election is “rigged”",
    // "Clinton's allegations of a “vast right-wing conspiracy”", "retweeted the false rumor that ...",
    // "slamming the AP story as “faulty”", "compared Trump to a coach ... who is “working the referees”",
    // "The deal promotes the “excellent location”".
    'referenced references referencing named naming warning warnings allegation allegations alleged alleging ' +
    'rumor rumors rumour rumours retweet retweets retweeted tweeting slamming blasting dismissing deriding derided mocking mocked ' +
    'compare compares compared comparing promote promotes promoted touting touted touts advertise advertises advertised ' +
    // The -ing forms of the verbs above ("shared the post, claiming the church “was supported by” him").
    'claiming insisting arguing stating declaring adding writing urging promising vowing accusing praising ' +
    'replying responding noting remarking admitting acknowledging denying suggesting citing'
  ).split(' '),
);

/**
 * "‘local growth plans’ (LGPs)": the abbreviation a term of art is given in brackets (not a
 * mocking "(TM)").
 */
const ACRONYM_AFTER = /^[\s,\u201d"']*\((?!TM\))\s*[A-Z][A-Z0-9&-]{1,9}s?\s*\)/;
/**
 * "a “fair fares” scheme", "the “open harbour” policy": the quoted words name a programme
 * (the kind of thing follows straight after), as officials call it, not the author's irony.
 */
const NAMED_KIND_AFTER =
  /^\s(?:programmes?|programs?|polic(?:y|ies)|schemes?|protocols?|plans?|strategy|strategies|initiatives?|campaigns?|rules?|laws?|bills?|visas?|zones?|status|mandates?)\b/;

/**
 * A word mentioned, not used, when one of these stands at most four words before it: "the word
 * “fidelity”", "tried to ban “islander”, replacing it with “resident”" (not "In other words, ...").
 */
const MENTION = new Set('word phrase ban bans banned banning replace replaces replaced replacing'.split(' '));
const MENTION_REACH = 4;

/** The words of a span, normalised and space-joined: how quotations are compared. */
function phraseOf(index: DocTokens, start: number, end: number): string {
  return index
    .range(start, end)
    .map((t) => t.norm)
    .join(' ');
}

/** Is the quotation longer than MAX_WORDS words? Counts no further than one past the limit. */
function isLong(text: string, q: QuoteLike): boolean {
  let words = 0;
  let inWord = false;
  for (let k = q.contentStart; k < q.contentEnd && words <= MAX_WORDS; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words > MAX_WORDS;
}

/**
 * For each sentence, whether it holds a long quotation: one merge-like pass over the sorted
 * sentences and quotations, so the check costs nothing per candidate.
 */
function sentencesWithLongQuotes(text: string, sentences: Sentence[], quotes: QuoteLike[]): Uint8Array {
  // (1 for a sentence with one. Bytes, not a list of booleans: tens of thousands of sentences make
  // a list that long a large object, filled slot by slot.)
  const flags = new Uint8Array(sentences.length);
  let si = 0;
  for (let ix = 0; ix < quotes.length; ix++) {
    const q = quotes[ix];
    if (!isLong(text, q)) continue;
    while (si < sentences.length && sentences[si].end <= q.start) si++;
    for (let k = si; k < sentences.length && sentences[k].start < q.end; k++) flags[k] = 1;
  }
  return flags;
}

/** At most this many candidates are checked per article: past that the input is not prose. */
const MAX_CANDIDATES = 200;
/**
 * At most this many short quotations are looked at per article (the most any PTC or PolNeAR
 * article has is 119 quotations of any length): 20,000 of them are an attack, not an article.
 */
const MAX_SHORT_QUOTES = 1_000;

/**
 * The folded contents of every quotation longer than four words, space-delimited, so a quoted
 * fragment of one of them is a substring search (candidates are few in real articles).
 */
function quotedText(text: string, quotes: QuoteLike[], index: DocTokens): string {
  const parts: string[] = [];
  for (const q of quotes) if (isLong(text, q)) parts.push(phraseOf(index, q.contentStart, q.contentEnd));
  return ` ${parts.join(' | ')} `;
}

export function scareQuotes(doc: Doc, quotes: QuoteLike[], claimRegions: Regions, out: Draft[]): void {
  const { text } = doc;
  const index = doc.words;
  // Longer quotations, folded, to tell a quoted fragment of them from a scare quote.
  // Built on first need: most articles have no candidate scare quote at all.
  let quoted: string | undefined;
  let candidates = 0;
  let withLong: Uint8Array | undefined;
  // Short quotations that context shows to be somebody's words: the same words quoted elsewhere
  // (a headline quoting the body: 'working the referees') are theirs too.
  const partial = new Set<string>();
  const flagged: { q: QuoteLike; soCalled: boolean; folded: string }[] = [];
  const sentences = doc.sentences;
  let si = 0;
  let short = 0;
  for (const q of quotes) {
    if (!q.closed || q.depth > 0) continue;
    if (isLong(text, q)) continue;
    if (++short > MAX_SHORT_QUOTES) break;
    const words = index.range(q.contentStart, q.contentEnd);
    if (words.length === 0) continue;
    const content = text.slice(q.contentStart, q.contentEnd).trim();
    // A quoted figure ("“3,210 shooting victims”") comes from a source, not from irony.
    if (/\d/.test(content)) continue;
    // A quoted sentence ("“Yes.”", "“Go!”") is somebody's utterance.
    if (/[!?]$/.test(content) || (/\.$/.test(content) && words.length > 2)) continue;
    // "“Subpoenas are not optional,” the chairman said": a capitalised clause cut off by a comma.
    if (words.length > 2 && /[,.]$/.test(content) && RE_STARTS_UPPER.test(content)) continue;
    // A title: every word capitalised but the small ones ("Fox and Friends").
    if (
      words.every((w) => RE_STARTS_UPPER.test(text[w.start]) || TITLE_SMALL.has(w.norm)) &&
      RE_STARTS_UPPER.test(text[words[0].start])
    )
      continue;
    while (si < sentences.length - 1 && sentences[si].end <= q.start) si++;
    const s = sentences[si];
    const folded = words.map((t) => t.norm).join(' ');
    // "... as a “con artist”", "brushed off the comments as “locker room talk”": a characterisation,
    // somebody's label for the thing; "a request she often made: “Pls print.”": an utterance.
    const lead = text.slice(Math.max(s.start, q.start - 8), q.start);
    if (/(^|\W)as(\s+(a|an|the))?\s*$/i.test(lead) || /:\s*$/.test(lead)) {
      partial.add(folded);
      continue;
    }
    // "Clinton's “public option”, which would allow ...", "a “targeted employment area,” which is
    // defined as ...": a term of art introduced with its definition.
    // So is one given its abbreviation ("‘local growth plans’ (LGPs)") or its meaning ("“a tariff”
    // means ...").
    const after = text.slice(q.end, Math.min(s.end, q.end + 24));
    if (
      /^[\s,\u201d"']*(?:which|means|meant|refers to|stands for)\b/i.test(after) ||
      ACRONYM_AFTER.test(after) ||
      NAMED_KIND_AFTER.test(after)
    )
      continue;
    // Look around within the sentence, but only so far: a cue further off introduces something else.
    const before = index.range(Math.max(s.start, q.start - LOOK_BACK), q.start);
    if (before.slice(-MENTION_REACH).some((t) => MENTION.has(t.norm))) continue;
    const prev = before[before.length - 1];
    const soCalled =
      prev !== undefined &&
      (prev.norm === 'so-called' || (prev.norm === 'called' && before[before.length - 2]?.norm === 'so'));
    if (!soCalled) {
      withLong ??= sentencesWithLongQuotes(text, sentences, quotes);
      const somebodys =
        claimRegions.overlaps(q.start, q.end) ||
        // A sentence that also quotes somebody at length: the short quotation is more of the same speaker.
        withLong[si] === 1 ||
        before.some((t, k) => SAYING.has(t.norm) && !PARTICLES.has(before[k + 1]?.norm ?? '')) ||
        // '"..." in hopes of a softer debate, a political scientist said': a cue later in the sentence.
        index.range(q.end, Math.min(s.end, q.end + LOOK_BACK)).some((t) => SAYING.has(t.norm));
      if (somebodys) {
        partial.add(folded);
        continue;
      }
      if (++candidates > MAX_CANDIDATES) break;
      quoted ??= quotedText(text, quotes, index);
      if (folded && quoted.includes(` ${folded} `)) continue;
    }
    flagged.push({ q, soCalled, folded });
  }
  for (const { q, soCalled, folded } of flagged) {
    if (!soCalled && partial.has(folded)) continue;
    out.push({
      start: q.start,
      end: q.end,
      kind: 'scare-quotes',
      voice: 'author',
      reason: soCalled
        ? '“so-called” and quote marks: the author distances themselves from the term'
        : 'quote marks that quote nobody: the author signals doubt or irony about the term',
    });
  }
}

/**
 * "Shares of Yahoo!", "a Jeopardy!": the mark belongs to a capitalised name in mid-sentence, not
 * to an exclamation.
 */
function isNameBefore(text: string, sentenceStart: number, bang: number): boolean {
  let k = bang;
  while (k > sentenceStart && RE_LETTER_OR_NUMBER.test(text[k - 1])) k--;
  return k > sentenceStart && k < bang && RE_UPPER_LETTER.test(text[k]);
}

const SUBHEAD_WORDS = 10;
const SUBHEAD_OPENERS =
  /^(what|who|whom|whose|which|where|when|why|how|is|are|was|were|will|would|can|could|does|do|did|has|have|should)\b/i;

/**
 * An explainer's subheading ("What happens now?", "What is Trump’s view of NATO?"): a short
 * question that is a whole paragraph of a longer article, answered by the paragraphs after it.
 * It frames, it does not argue. A one-paragraph text (a single sentence) never qualifies.
 */
function isSubhead(doc: Doc, s: Sentence): boolean {
  if (doc.paragraphs.length < 3) return false;
  const p = doc.paragraphs[s.paragraph];
  if (!p || p.start !== s.start || p.end !== s.end || s.paragraph === doc.paragraphs.length - 1) return false;
  const line = doc.text.slice(s.start, s.end);
  return SUBHEAD_OPENERS.test(line) && line.split(/\s+/).length <= SUBHEAD_WORDS;
}

/** " ' ” ’ ) ] » and the space, by char code: what may follow a sentence's final mark. */
const isCloser = (c: number) =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 32;

/**
 * A short question the next sentence answers in somebody's words ("Why the last-minute push? “This is the
 * period of time when voters are making up their minds,” ...") or with a pointer ("Need help?
 * Visit RAINN's hotline"): the reporter frames a source's answer, as an interviewer does (PolNeAR
 * news). It does not argue.
 */
const ANSWERED_MAX_WORDS = 8;

function answeredQuestion(doc: Doc, si: number): boolean {
  const next = doc.sentences[si + 1];
  if (!next) return false;
  // Only a short framing question: a long one argues even when a quotation follows ("Why would the
  // autopsy report be something that needs to be withheld ...?", a PTC Doubt span).
  const s = doc.sentences[si];
  if (doc.text.slice(s.start, s.end).split(/\s+/).length > ANSWERED_MAX_WORDS) return false;
  const opening = doc.text.slice(next.start, Math.min(next.end, next.start + 12));
  return /^["\u201c\u2018']/.test(opening) || /^(Visit|Call|Read|See|Click|Contact|Text|Go)\b/.test(opening);
}

const POSED = /\b(questions?|asked|asks|wondered|wonders)\b/i;
const SAID = /\b(said|says|told|asked)\b/i;

/**
 * A question the article announces as somebody's ("They have several questions for the FBI
 * director. For one: how was Mills ...?", "A more important question voters ask themselves, he
 * said, is: Would I ...?"): the previous sentence, or this one before its colon, says a question
 * is being put by somebody. Seen in PolNeAR news; the article reports the question, it does not
 * argue it.
 */
function posedQuestion(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  const own = doc.text.slice(s.start, s.end);
  const colon = own.indexOf(':');
  // Before the colon a question and its asker: "A more important question voters ask themselves,
  // he said, is: ..." (not "raises one massive question that the author cannot answer: ...", PTC).
  if (colon > 0 && POSED.test(own.slice(0, colon)) && SAID.test(own.slice(0, colon))) return true;
  // The sentence before announces questions somebody has ("They have several questions for FBI
  // director James Comey at a hearing next week."), plural: a list follows.
  const prev = doc.sentences[si - 1];
  if (!prev || prev.paragraph < s.paragraph - 1) return false;
  const before = doc.text.slice(prev.start, prev.end);
  if (/\bquestions\b/i.test(before) && !/\?\s*$/.test(before)) return true;
  // The list goes on, joined by "And"/"Or" to a question before it in this paragraph that was itself
  // posed ("For one: how was Mills ...? And why did Justice grant immunity ...?"). A parallel run
  // without the conjunction ("Would X ...? Would Y ...?") may be the author's own questions (PTC).
  return (
    prev.paragraph === s.paragraph && /^(?:and|or)\b/i.test(own) && /\?\s*$/.test(before) && posedQuestion(doc, si - 1)
  );
}

/**
 * "... a book entitled What Is White Privilege?": the mark ends a title, not the author's
 * question: the words (at least two) from "entitled" or "titled" to the mark are all capitalised.
 */
function titleQuestion(text: string, s: Sentence, q: number): boolean {
  let a = q;
  while (a > s.start && !/[,;:(\u2014\u2013]/.test(text[a - 1])) a--;
  const words = text.slice(a, q).trim().split(/\s+/);
  const t = words.findIndex((w) => /^(?:entitled|titled)$/i.test(w));
  const title = t >= 0 ? words.slice(t + 1) : [];
  return title.length >= 2 && title.every((w) => RE_UPPER_OR_DIGIT_START.test(w));
}

/**
 * Words that make a short question argue: negation, modals, "really", "even", "still", "again",
 * "so", a person ("you", "we"), a pointer back at somebody's claim or conduct ("that", "these
 * people"), "likely".
 */
const ARGUING =
  /\b(?:not|never|no|nobody|nothing|can|could|would|should|might|must|possibly|really|ever|even|still|again|so|too|actually|seriously|honestly|likely|if|else|you|we|us|our|i|my|that|this|these|those|why|[a-z]+n[\u2019']t)\b/i;
const AUX = '(?:does|do|did|is|are|was|were|will|has|have)';
/** "What ...", up to six words ("What is the point of the ferry?" argues). */
const SIGNPOST_WHAT = /^(?:(?:and|but|so|now)\s+)?what\b/i;
const SIGNPOST_WHAT_WORDS = 6;
/**
 * A wh-word before an auxiliary ("How does it work?", "Why did the talks fail?"; not "How stupid
 * is that?"), "Which" and a noun before one ("Which towns are worst hit?"), or a yes-no question
 * about an event or what exists ("Did the talks fail?", "Are there other routes?"; not "Is the
 * ferry worth it?", which weighs). "Who knew?" and "Where is the outrage?" argue.
 */
const SIGNPOST = new RegExp(
  `^(?:(?:and|but|so|now)\\s+)?(?:(?:how|why|when|who)\\s+${AUX}\\b|where\\s+(?:does|do|did|will|has|have)\\b|which\\s+\\S+\\s+${AUX}\\b|(?:does|do|did|will|has|have)\\s+\\S+\\s+\\S+|(?:is|are|was|were)\\s+there\\s)`,
  'i',
);
const SIGNPOST_WORDS = 8;
/** "So who is ...?": the conjunction that opens a question does not make it argue; "so" later does. */
const OPENING_CONJUNCTION = /^(?:and|but|so|now)\s+/i;
/** ARGUING without "why": as the opener of a signpost it asks for a cause ("Why did the talks fail?"). */
const ARGUING_AFTER_WHY = /^(?:(?:and|but|so|now)\s+)?why\s/i;

/**
 * "What has changed?", "But what about the short run?", "Why did the talks fail?", "Are there
 * other routes?": a short question with nothing that argues (no negation, modal, "really", "you",
 * "this") moves the text on to its next point, as an explainer's subheading does (CheckThat train
 * labels such questions objective). It is no argument; "What could possibly go wrong?" is.
 */
function signpostQuestion(text: string, s: Sentence, q: number): boolean {
  const line = text.slice(s.start, q).trim();
  // "What exactly did they expect?" argues; "What will the rules mean for renters?" explains (caveats/question-shapes.ts).
  if (emphaticQuestion(line)) return false;
  if (explainerQuestion(line)) return true;
  // A question in capitals shouts ("SO WHAT?"); an acronym does not ("What is NATO for?").
  return (
    ((SIGNPOST_WHAT.test(line) && line.split(/\s+/).length <= SIGNPOST_WHAT_WORDS) ||
      (SIGNPOST.test(line) && line.split(/\s+/).length <= SIGNPOST_WORDS)) &&
    !ARGUING.test(line.replace(ARGUING_AFTER_WHY, '').replace(OPENING_CONJUNCTION, '')) &&
    RE_LOWER_LETTER.test(line)
  );
}

/**
 * "Defense Attorney : Where did it happen?": a transcript line whose words after its label are a
 * speaker's claim up to the mark (the claim stops before the "?").
 */
function isLabelledLine(text: string, regions: Regions, start: number, q: number): boolean {
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= q || !regions.overlaps(q - 1, q)) return false;
  let k = colon + 1;
  while (k < q && (text[k] === ' ' || text[k] === '\t')) k++;
  return regions.overlaps(k, k + 1);
}

export function questionsAndExclamations(doc: Doc, regions: Regions, out: Draft[]): void {
  const { text } = doc;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    let q = s.end - 1;
    while (q > s.start && isCloser(text.charCodeAt(q))) q--;
    const mark = text.charCodeAt(q);
    if (mark === 33) {
      if (regions.overlaps(q, q + 1) || isNameBefore(text, s.start, q)) continue;
      out.push({
        start: s.start,
        end: s.end,
        kind: 'opinion',
        voice: 'author',
        reason: 'an exclamation in the author’s own voice: emphasis, not report',
      });
      continue;
    }
    if (mark !== 63) continue;
    if (regions.overlaps(q, q + 1) || isLabelledLine(text, regions, s.start, q)) continue;
    // A transcript turn's question ("HOLT: ..." / "Ann, is that true?"): a claim runs from its start up to the mark.
    if (regions.overlaps(s.start, s.start + 1) && regions.overlaps(q - 1, q)) continue;
    if (isSubhead(doc, s) || answeredQuestion(doc, si) || posedQuestion(doc, si)) continue;
    if (titleQuestion(text, s, q) || signpostQuestion(text, s, q)) continue;
    out.push({
      start: s.start,
      end: s.end,
      kind: 'opinion',
      voice: 'author',
      reason: 'a question in the author’s own voice: it argues rather than reports',
    });
  }
}
