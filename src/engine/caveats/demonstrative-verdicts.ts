/**
 * A demonstrative verdict (CheckThat subjectivity recall class, issue 16): "That is precisely the
 * problem.", "This is the whole point.", "And that was exactly the mistake.": a pointing subject
 * ("this", "that"), a copula, "the" and a noun of what is wrong or what matters, closing the
 * sentence. The writer names what the facts before amount to. A noun with a complement ("the
 * point where the river floods") or any other noun ("the plan") is a description and stays quiet.
 * Outside quotations and claim content and not in a sentence with a verb of saying; kind opinion,
 * the caveat runs from the pointing word to the noun.
 *
 * Linear: sentences without such a noun are passed over by their bits.
 */
import type { Doc } from '../document';
import { POINTED_FOCUS, POINTED_NOUNS } from '../data/demonstrative-verdicts';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, sentenceWordsOf, triggerClass } from './sentence-words';

const NOUNS = new Set(POINTED_NOUNS);
const FOCUS = new Set(POINTED_FOCUS);
const POINTERS = new Set(['this', 'that']);
const COPULAS = new Set(['is', 'was']);
const POINTED = triggerClass(POINTED_NOUNS);
const REASON = 'a demonstrative verdict (“that is precisely the problem”): the author names what the facts amount to';

export function demonstrativeVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const held = sentenceWordsOf(doc).triggers;
  // A verb of saying anywhere in the sentence, by its words' ORed class bits (no set look-up per word).
  const classes = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & POINTED)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (classes[ix] & SAYING_WORDS) continue;
    // Rule demonstrative-verdicts/pointed-verdict: the noun is the sentence's last word.
    const last = toks.length - 1;
    if (last < 3 || !NOUNS.has(toks[last].norm)) continue;
    if (!/^\s*[.!]/.test(text.slice(toks[last].end, s.end))) continue;
    let k = last - 1;
    while (k > 0 && FOCUS.has(toks[k].norm)) k--;
    if (toks[k].norm !== 'the') continue;
    k--;
    while (k > 0 && FOCUS.has(toks[k].norm)) k--;
    if (k < 1 || !COPULAS.has(toks[k].norm) || !POINTERS.has(toks[k - 1].norm)) continue;
    // The pointing word opens the sentence, or follows "And"/"But"/"Yet".
    const p = k - 1;
    if (p > 1 || (p === 1 && !/^(and|but|yet|so)$/.test(toks[0].norm))) continue;
    const start = toks[p].start;
    const end = toks[last].end;
    if (/[,;:()\u2014\u2013]/.test(text.slice(start, end)) || regions.overlaps(start, end)) continue;
    drafts.push({
      start,
      end,
      kind: 'opinion',
      voice: 'author',
      reason: REASON,
      rules: ['demonstrative-verdicts/pointed-verdict'],
    });
  }
}
