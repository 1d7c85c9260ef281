/**
 * Pass 1b: a line that opens with a name and a colon ("PENCE: Well, look, ...", "Pat Caddell:
 * Democrat voters ..."), the line after the colon being what the name said.
 */
import { countryOfLower, isPlaceLower } from '../data/countries';
import { isFirstNameLower } from '../data/first-names';
import { ORG_HEADS } from '../data/organizations';
import { HEADLINE_FINDING_LABELS } from '../data/poll-nouns';
import { LABELS, LONE_LABELS } from '../data/labels';
import { TITLE_WORDS } from '../data/titles';
import type { Doc } from '../document';
import { NO_VIAS, isCloseQuote, isFinal, isOpenQuote, type Draft, type Sent } from './draft';
import { LowerWords } from '../speakers/lower-words';
import { opensLine } from './text-scan';
import type { TokenStream } from './token-stream';
import { isCap, isQuoted, isWord, type Token, withoutFinalPeriod } from './tokens';

export function nameColonPass(doc: Doc, sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  let lower: LowerWords | undefined;
  for (let si = 0; si < sents.length; si++) {
    const d = nameColonLine(doc, sents[si], stream);
    if (d && !isCommonNounLabel(doc, d, (lower ??= new LowerWords(doc.text, doc.words)))) drafts.push(d);
  }
}

/**
 * Rule name-colon/common-noun-label: a body line's label of one or two capitalised words ending in a
 * plural the article also writes in lower case ("Possible Solutions:", "Present Problems:") heads a
 * list item, not a speaker's turn, unless it opens with a given name or a title, or is the end of a
 * longer name the article writes ("Rose:" after "Jane Rose"). Title-line labels keep their own test.
 */
function isCommonNounLabel(doc: Doc, d: Draft, lower: LowerWords): boolean {
  const { text } = doc;
  if (doc.titleRange && d.speaker!.start < doc.titleRange.end) return false;
  const label = text.slice(d.speaker!.start, d.speaker!.end).split(' ');
  if (label.length > 2) return false;
  const first = label[0].toLowerCase();
  const last = label[label.length - 1];
  // (A plural: "Attorney:", "Q:" and a surname that is also a word stay turns of a transcript.)
  if (last.length < 4 || !last.endsWith('s') || last === last.toUpperCase()) return false;
  if (isFirstNameLower(first) || TITLE_WORDS.has(withoutPeriod(first)) || !lower.has(last.toLowerCase())) return false;
  const at = d.speaker!.start;
  return !doc.names.some((n) => n.start !== at && n.end - n.start > last.length && n.text.endsWith(` ${last}`));
}

const withoutPeriod = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

/**
 * Pass 1b for one sentence: a line that opens with a name and a colon. (Each pass's per-item work is a
 * function of its own: the loops over all sentences run once per document, and V8 optimises a small
 * function called per sentence sooner than a long loop body it can only replace mid-loop.)
 */
function nameColonLine(doc: Doc, sent: Sent, stream: TokenStream): Draft | null {
  const { text } = doc;
  // The tokens first (a capitalised word and a colon), then whether a line starts there.
  const t = sent.tokens;
  let k = 0;
  if (t[k] && isOpenQuote(t[k].text)) k++;
  const from = k;
  while (k < t.length && k - from < 6 && isWord(t[k]) && isCap(t[k])) k++;
  // "Obama on Climate Change: The Trends Are ...": a headline's "X on Topic:" is X speaking on it.
  const topicAt = k > from ? headlineTopicEnd(doc, sent, t, k) : -1;
  const speakerEnd = topicAt >= 0 ? k : -1;
  if (topicAt >= 0) k = topicAt;
  if (k === from || t[k]?.text !== ':' || LABELS.has(t[from].lower)) return null;
  if (k === from + 1 && LONE_LABELS.has(t[from].lower)) return null;
  // "Editor's Note:", "The Latest:": a label, whatever comes before it ("BACON Q:" is a turn).
  if (t[k - 1].lower.length > 1 && LABELS.has(t[k - 1].lower)) return null;
  // "Trump To Sessions: End The Probe": a headline's "X to Y:" is X speaking to Y.
  let end = speakerEnd >= 0 ? speakerEnd : k;
  for (let j = from + 1; j < end - 1; j++) if (t[j].lower === 'to') end = j;
  const title = doc.titleRange;
  if (title && sent.start < title.end && !isHeadlineSpeaker(text, t, from, end, title.end)) return null;
  if (!opensLine(text, sent.start, doc.paragraphs[sent.paragraph].start)) return null;
  if (k + 1 < t.length && isOpenQuote(t[k + 1].text)) return null; // a quotation: pass 1
  let lineEnd = text.indexOf('\n', t[k].end);
  const para = doc.paragraphs[sent.paragraph];
  if (lineEnd < 0 || lineEnd > para.end) lineEnd = para.end;
  const ct = stream.range(t[k].end, lineEnd);
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
    speaker: { start: t[from].start, end: t[end - 1].end },
    mode: 'np',
    vias: NO_VIAS,
    paragraph: sent.paragraph,
    sentence: sent.index,
    sentenceStart: 0,
    own: false,
    rule: 'name-colon/line',
    bound: '',
  };
}

/**
 * Whether a headline's label before its colon is somebody speaking ("Newt Gingrich: ...", "Army
 * Colonel: ...", "Trump To Sessions: ...") rather than its topic ("Shock: ...", "Las Vegas Shooting:
 * ...", "Uranium Bombshell: ...") or its place ("UK: ..."): a given name, a title or an
 * organisation's head word last, or a name of one or two words the article names again.
 */
/**
 * In the title line, "on" and one to four capitalised words before a colon ("Obama on Climate
 * Change:"): the colon's index, else -1.
 */
function headlineTopicEnd(doc: Doc, sent: Sent, t: Token[], k: number): number {
  const title = doc.titleRange;
  if (!title || sent.start >= title.end || t[k]?.lower !== 'on' || isCap(t[k])) return -1;
  let n = k + 1;
  while (n < t.length && n - k <= 4 && isWord(t[n]) && isCap(t[n])) n++;
  return n > k + 1 && t[n]?.text === ':' ? n : -1;
}

function isHeadlineSpeaker(text: string, t: Token[], from: number, end: number, bodyStart: number): boolean {
  const label = t.slice(from, end);
  const lower = label.map((w) => w.lower).join(' ');
  if (countryOfLower(lower) || isPlaceLower(lower)) return false;
  if (isFirstNameLower(label[0].lower)) return true;
  if (ORG_HEADS.has(label[label.length - 1].lower)) return true;
  // "Poll: ...", "New Survey: ...": the label names a finding.
  if (HEADLINE_FINDING_LABELS.has(label[label.length - 1].lower)) return true;
  if (label.some((w) => TITLE_WORDS.has(withoutFinalPeriod(w.lower)))) return true;
  return label.length <= 2 && text.indexOf(label[label.length - 1].text, bodyStart) >= 0;
}
