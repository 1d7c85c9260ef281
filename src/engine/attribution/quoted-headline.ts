/**
 * Rule heading/quoted-headline (issue 16, PolNeAR dev misses: headlines): a Title Case headline
 * whose subject is followed by a verb of saying, judging or seeing, with quoted words after it:
 * "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments", "Obama Sees
 * 'Personal Insult' if ...", "Retired General Reveals ‘Demoralizing’ Experience ...", "Black
 * Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’". Headlines quote in single quotation
 * marks, which the quotation passes leave to the text (a single quote is mostly an apostrophe), and
 * their verbs stand in Title Case, which the cue pass reads as a name but for "Says"; the quoted
 * words are what marks the line as a report. The claim is the rest of the headline after the
 * verb, up to a comma, colon or dash after the quoted words; the speaker the capitalised words before it. A quotation right after a possessive
 * ("DuVernay’s ‘13th’") is a title of a work, not words said: no claim. Only the title line is
 * read, and only when no other rule made a claim in it.
 */
import type { Doc } from '../document';
import { CUES } from '../data/cues';
import { NO_VIAS, isFinal, mk, type Draft, type Sent } from './draft';
import type { TokenStream } from './token-stream';
import { isCap, isWord, type Token } from './tokens';

/** Headline verbs that are no cue words in running text ("Sees", "Rips"), in both numbers. */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(['sees', 'see', 'speaks', 'rips', 'rip']);
/** The most words of the subject before the verb ("Hillary Clinton", "Black Lawmakers"). */
const MAX_SUBJECT = 5;
/** An opening quotation mark at a word start, its words, and a closing one ("‘A Disgrace’", "'Personal Insult'"). */
const QUOTED =
  /(?:^|[\s(])[\u2018'"\u201c][^\u2018\u2019'"\u201c\u201d\s][^\u2018\u2019'"\u201c\u201d]*[\u2019'"\u201d]/;
/** Marks after which a headline goes on in its own words. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ':', ';', '-', '\u2013', '\u2014']);
/** A quotation right after a possessive: a title of a work ("DuVernay’s ‘13th’"). */
const WORK_TITLE = /[\u2019']s\s+[\u2018'"\u201c]/;

export function quotedHeadline(doc: Doc, sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  const title = doc.titleRange;
  if (!title) return;
  const line = doc.text.slice(title.start, title.end);
  if (!QUOTED.test(line) || WORK_TITLE.test(line)) return;
  for (const d of drafts) if (d.start < title.end && d.end > title.start) return;
  for (let si = 0; si < sents.length && sents[si].start < title.end; si++) {
    const s = sents[si];
    if (s.start < title.start || s.end > title.end) continue;
    const t = stream.sentenceTokens(s.index);
    const v = headlineVerb(t);
    if (v < 0) continue;
    let last = t.length - 1;
    while (last > v && !isWord(t[last]) && isFinal(t[last].text)) last--;
    // The quoted words stand after the verb.
    const from = t[v].end;
    const q = QUOTED.exec(doc.text.slice(from, t[last].end + 1));
    if (!q) continue;
    // The report ends at a comma, colon or dash after the quotation: what follows is the headline's own ("..., Of Which He Is A Chief Architect").
    const quoteEnd = from + q.index + q[0].length;
    for (let k = v + 1; k <= last; k++)
      if (t[k].start >= quoteEnd && CLAUSE_BREAKS.has(t[k].text)) {
        last = k - 1;
        break;
      }
    const speaker = { start: t[0].start, end: t[v - 1].end };
    drafts.push(
      mk('heading/quoted-headline', t[v].text, t[v].start, s, t[v + 1].start, t[last].end, speaker, 'np', NO_VIAS),
    );
  }
}

/** The index of the headline's verb: a capitalised cue word in its -s form (or a headline verb) after one to MAX_SUBJECT capitalised words, else -1. */
function headlineVerb(t: Token[]): number {
  for (let v = 1; v < t.length - 1 && v <= MAX_SUBJECT; v++) {
    const w = t[v];
    if (!isWord(w) || !isCap(w)) return -1;
    const info = CUES.get(w.lower);
    const verb = HEADLINE_VERBS.has(w.lower) || (info !== undefined && w.lower !== info.lemma && w.lower.endsWith('s'));
    if (verb) return isWord(t[v + 1]) || /^[\u2018'"\u201c]$/.test(t[v + 1].text) ? v : -1;
  }
  return -1;
}
