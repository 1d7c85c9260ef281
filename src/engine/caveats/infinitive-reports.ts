/**
 * Reported words after an infinitive of saying are the sayer's (precision on objective sentences):
 * "Some have had the courage to say it is nothing more than a scam", "Republicans have begun to
 * argue that the tax is a cruel hoax". The attribution finds finite reports ("critics say ...");
 * after "to" + a verb of saying the content is as much somebody else's, so a cue in it does not
 * count against the author. Not when the sentence opens on the author's own subject ("I dare to
 * say", "We have to say", "It is fair to say", "Suffice it to say"): then the words are the
 * author's, nor when "I", "we" or "you" comes before the verb; the reported words must start
 * straight after it ("to say that ...", "to argue it is ...", not "nothing to say about those
 * preachers" nor "refused to say whether ...") and the cue must lie in their clause. Loaded language in the content is kept as the speaker's (voice `attributed`, as for
 * quotations); other cues in it are dropped.
 *
 * Linear: per author-voice draft, a look back over the words of its clause for "to" + verb.
 */
import type { Doc } from '../document';
import { firstEndingAfter } from '../text/partition';
import type { Token } from '../text/word-tokens';
import {
  BASE_SAYING_VERBS,
  CLAUSE_OPENERS,
  FIRST_SECOND_PERSON,
  OWN_SUBJECTS,
  REPORT_STARTS,
} from '../data/infinitive-reports';
import type { Draft } from './author-voice';

const SAYING = new Set(BASE_SAYING_VERBS);
const OWN = new Set(OWN_SUBJECTS);
const PERSON = new Set(FIRST_SECOND_PERSON);
const REPORT_START = new Set(REPORT_STARTS);
const OPENER = new Set(CLAUSE_OPENERS);
/** How many words back from a cue the "to say" may stand. */
const REACH = 12;
/** Characters before a cue in which its verb and the writer's "I"/"we" are looked for. */
const WINDOW = 240;
const RE_STOP = /[.,;:!?\u2014()[\]]/;

export function quietInfinitiveReports(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (
      d.voice === 'author' &&
      (d.kind === 'loaded-language' || d.kind === 'opinion' || d.kind === 'speculation' || d.kind === 'hedge') &&
      afterInfinitiveOfSaying(doc, d)
    ) {
      doc.trace?.add('caveat', d.start, d.end, 'infinitive-reports/reported-content');
      if (d.kind !== 'loaded-language') continue;
      d.voice = 'attributed';
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function afterInfinitiveOfSaying(doc: Doc, d: Draft): boolean {
  const s = sentenceOf(doc, d.start);
  if (!s) return false;
  // A window of words before the cue, not the whole sentence (a single line full of cues stays linear).
  const from = Math.max(s.start, d.start - WINDOW);
  const before: Token[] = doc.words.range(from, d.start);
  if (before.length < 3) return false;
  const opening = from === s.start ? before[0] : doc.words.range(s.start, Math.min(d.start, s.start + 24))[0];
  if (!opening || OWN.has(opening.norm)) return false;
  const { text } = doc;
  let verb = -1;
  for (let k = before.length - 1; k >= 1 && k >= before.length - REACH; k--) {
    const next = k + 1 < before.length ? before[k + 1].start : d.start;
    if (RE_STOP.test(text.slice(before[k].end, next))) return false;
    if (SAYING.has(before[k].norm) && before[k - 1].norm === 'to') {
      verb = k;
      break;
    }
    // "convince her to say that he lied, thinking that it will surely ...": past a second clause opener.
    if (OPENER.has(before[k].norm) && !SAYING.has(before[k - 1].norm)) return false;
  }
  if (verb < 0) return false;
  // "to say that ...", "to argue it is ...": reported words follow; not "nothing to say about those
  // preachers" nor "refused to say whether ...".
  const after = before[verb + 1] ?? doc.words.range(d.start, d.end)[0];
  if (!after || !REPORT_START.has(after.norm)) return false;
  for (let k = 0; k < verb; k++) if (PERSON.has(before[k].norm)) return false;
  return true;
  return false;
}

/** The sentence holding `at`, or null. */
function sentenceOf(doc: Doc, at: number): { start: number; end: number } | null {
  const s = doc.sentences[firstEndingAfter(doc.sentences, at)];
  return s && s.start <= at ? s : null;
}
