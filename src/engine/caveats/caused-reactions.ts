/**
 * An emotion the event caused in named people is their reaction, reported (issue 16, precision
 * on objective sentences): "the ruling enraged farmers", "the verdict outraged the victim's
 * family", "the remarks infuriated party leaders". The verb says how somebody took the news; the
 * author feels and judges nothing, as with "angered" and "upset". The same words as the author's
 * own adjective ("an outrageous ruling", "outraged at the council, as we all should be") or the
 * people's state after a copula ("residents were outraged") are not this construction.
 *
 * Structure: the draft starts on a verb of data/news-senses.ts (EMOTION_CAUSING) in its finite,
 * transitive use: a subject word before it (not a copula, "very", a determiner or "and"), and an
 * object after it in the same clause (not a preposition that makes it a participle: "enraged by").
 *
 * Linear: per loaded draft, a set lookup and a look at a word on each side.
 */
import type { Doc } from '../document';
import { EMOTION_CAUSING } from '../data/news-senses';
import type { Draft } from './author-voice';

const CAUSING = new Set(EMOTION_CAUSING);
/** Words before the verb that make it an adjective or a passive ("was outraged", "an enraged crowd"). */
const NOT_SUBJECT = new Set(
  'is was are were be been being am get got gets very so too most more an a the and or but as felt feel feels seemed seem seems looked'.split(
    ' ',
  ),
);
/**
 * Words after the verb that make it a participle, not a verb with an object ("residents enraged by
 * the ruling", "crowds outraged at the delay", "a public shocked that ...").
 */
const NOT_OBJECT = new Set('by at over about with and or but to in on that when after as than from for of'.split(' '));

export function quietCausedReactions(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language' && causesReaction(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'caused-reactions/reported-reaction');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function causesReaction(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  if (toks.length === 0 || !CAUSING.has(toks[0].norm)) return false;
  const { text } = doc;
  const before = doc.words.range(Math.max(0, d.start - 40), d.start);
  const subject = before[before.length - 1];
  if (!subject || NOT_SUBJECT.has(subject.norm) || /[.!?;:,(\u2014]/.test(text.slice(subject.end, d.start)))
    return false;
  const after = doc.words.range(toks[0].end, Math.min(text.length, toks[0].end + 40));
  const object = after[0];
  if (!object || /[.!?;:,\u2014]/.test(text.slice(toks[0].end, object.start))) return false;
  return !NOT_OBJECT.has(object.norm);
}
