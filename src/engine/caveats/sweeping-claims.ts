/**
 * Sweeping claims (CheckThat subjectivity recall on unseen opinion writing, issue 16): the writer
 * states what holds for everybody or nobody, with no evaluative word.
 * - sweeping-claims/universal-subject: a subject that takes in everybody or nobody ("nobody",
 *   "no one", "everyone", "nothing", "no" and a noun) opening the sentence (after an optional
 *   "And"/"But"/"Yet"/"So"), then a modal and a bare verb or a verb in the present: "Nobody can
 *   explain that.", "Everyone knows the feeling.", "No party ever wants a smaller budget.",
 *   "Nothing is certain any more." A past tense ("No one was hurt", "Nobody saw the driver"), a
 *   passive ("No one is expected to ...", "No decision will be made"), the perfect ("No date has
 *   been set") and a reporter's routine ("No one could be reached", "Nobody would comment") are
 *   reports and stay quiet; so does "no" and a noun before "is"/"are" ("No tickets are left":
 *   what there is) and "no" and a noun before any verb in the present ("No police officers ...":
 *   a plural, not a verb), unless "ever" marks the claim as a rule.
 * Outside quotations and claim content and not in a sentence with a verb of saying or a figure;
 * kind opinion, the caveat runs from the subject to the verb.
 *
 * Linear: sentences without a trigger word are passed over by their bits; one look at each
 * sentence's first few words.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FUNCTION_WORDS } from '../data/caveat-words';
import { GENERIC_MODALS, ROUTINE_VERBS, SWEEPING_ADVERBS, UNIVERSAL_SUBJECTS } from '../data/sweeping-claims';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { pushAuthorOpinion } from './sentence-words';
import { eachWriterSentence } from './writer-triggers';

const SUBJECTS = new Set(UNIVERSAL_SUBJECTS);
const MODALS = new Set(GENERIC_MODALS);
const ADVERBS = new Set(SWEEPING_ADVERBS);
const ROUTINE = new Set(ROUTINE_VERBS);
const LEADS = new Set(['and', 'but', 'yet', 'so']);
const COPULAS = new Set(['is', 'are']);
const REASON =
  'a claim about everybody or nobody (“nobody can ...”, “no party ever ...”): the author’s generalisation, not a report';

export function sweepingClaims(doc: Doc, regions: Regions, drafts: Draft[]): void {
  eachWriterSentence(doc, false, (toks, _s, anchors) => {
    // The subject opens the sentence, after at most one lead word.
    if (anchors[0] > 1) return;
    const found = universalSubject(doc.text, toks);
    if (found)
      pushAuthorOpinion(drafts, regions, toks, found[0], found[1], REASON, 'sweeping-claims/universal-subject');
  });
}

const isLowerWord = (text: string, t: Token | undefined) => !!t && /^\p{Ll}/u.test(text[t.start]);

/** A verb in the present agreeing with a singular subject: "knows", "wants", "fights", "is". */
function presentSingular(w: string): boolean {
  if (w === 'is') return true;
  if (w === 'was' || w === 'has' || w === 'does' || /ed$/.test(w)) return false;
  return /[^su]s$/.test(w) || /(?:ss|sh|ch|x|z)es$/.test(w);
}

/** Rule sweeping-claims/universal-subject: [subject, verb] token indexes, or undefined. */
function universalSubject(text: string, toks: readonly Token[]): [number, number] | undefined {
  const first = LEADS.has(toks[0]?.norm) ? 1 : 0;
  let k = first;
  const w = toks[k]?.norm;
  if (!w) return undefined;
  let noun = false;
  if (w === 'no') {
    const next = toks[k + 1];
    if (!isLowerWord(text, next) || FUNCTION_WORDS.has(next.norm)) return undefined;
    noun = next.norm !== 'one';
    k++;
  } else if (!SUBJECTS.has(w)) return undefined;
  let j = k + 1;
  let ever = false;
  while (ADVERBS.has(toks[j]?.norm)) ever ||= toks[j++].norm === 'ever';
  const v = toks[j];
  if (!isLowerWord(text, v)) return undefined;
  let end = j;
  if (MODALS.has(v.norm)) {
    if (toks[j + 1]?.norm === 'not') j++;
    const bare = toks[j + 1];
    if (!isLowerWord(text, bare) || ROUTINE.has(bare.norm) || FUNCTION_WORDS.has(bare.norm)) return undefined;
    end = j + 1;
  } else {
    // "No one is expected": a passive; "No tickets are left": what there is, unless "ever".
    if (ROUTINE.has(v.norm) || !(COPULAS.has(v.norm) || presentSingular(v.norm))) return undefined;
    // After "no" and a noun only "ever" tells a verb from a plural ("No police officers ...").
    if (noun && !ever) return undefined;
    if (COPULAS.has(v.norm)) {
      const after = toks[j + 1];
      if (!after || /(?:ed|en)$/.test(after.norm) || after.norm === 'being' || after.norm === 'to') return undefined;
    }
  }
  return [first, end];
}
