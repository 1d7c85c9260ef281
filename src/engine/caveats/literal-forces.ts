/**
 * Charged verbs of natural forces (issue 16, precision on straight news): "the storm unleashed
 * torrential rain", "the hurricane slammed into Florida", "floods wreaked havoc", "the blast
 * destroyed three buildings". With a storm, a fire, a blast or a virus as the subject, "unleash",
 * "slam", "batter" and their kind report what happened; nobody's conduct is being judged. So are
 * "the blast" and "a blast" themselves, the noun of an explosion, not the verb of a rebuke. This
 * filter drops the author-voice loaded-language drafts that start on such a verb or noun.
 *
 * Linear: one pass over each sentence's words, a map lookup per word; only the few words after a
 * force noun are looked at.
 */
import type { Doc } from '../document';
import { NATURAL_FORCES } from '../data/verdict-fragments';
import type { Draft } from './author-voice';
import { sentenceWordsOf, triggerClass } from './sentence-words';

const FORCES = new Set(NATURAL_FORCES);
/** Words between the force and its verb: "the storm also unleashed", "the fire quickly engulfed". */
const VERB_REACH = 3;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another']);
/** A verb's inflection: "unleashed", "slams", "battering" ("the virus hoax" is a noun, and stays). */
const RE_VERB_FORM = /(?:ed|s|ing)$/;
/** A sentence without a force noun is passed over unread (caveats/sentence-words.ts). */
const FORCE_WORD = triggerClass(FORCES);

export function quietNaturalForces(doc: Doc, drafts: Draft[]): void {
  const starts = new Map<number, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'loaded-language' && d.voice === 'author') starts.set(d.start, i);
  }
  if (starts.size === 0) return;
  const drop = new Set<number>();
  const words = sentenceWordsOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(words.triggers[ix] & FORCE_WORD)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    for (let i = 0; i < toks.length; i++) {
      if (!FORCES.has(toks[i].norm)) continue;
      // "the blast", "a blast": the noun of an explosion.
      const own = starts.get(toks[i].start);
      if (own !== undefined && DETERMINERS.has(toks[i - 1]?.norm ?? '')) drop.add(own);
      for (let k = i + 1; k < toks.length && k <= i + VERB_REACH; k++) {
        const d = starts.get(toks[k].start);
        if (d === undefined) continue;
        // A verb straight after its subject, or after an adverb ("the storm quickly battered").
        if ((k === i + 1 || /ly$/.test(toks[k - 1].norm)) && RE_VERB_FORM.test(toks[k].norm)) drop.add(d);
        break;
      }
    }
  }
  if (drop.size === 0) return;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    if (drop.has(i)) doc.trace?.add('caveat', drafts[i].start, drafts[i].end, 'literal-forces/natural-force');
    else drafts[w++] = drafts[i];
  }
  drafts.length = w;
}
