/**
 * One trigger class (caveats/sentence-words.ts) shared by five passes, so they take one of the
 * bank's thirty bits between them: the sweeping claim's subjects ("nobody", "no"), the author's
 * "we", the verbs of figurative harm, the superlatives of merit ("best", "least") and the
 * adjectives of a bare verdict ("simple", "real", "imperative"). Each pass still checks its own words; a
 * sentence holding none of these words is passed over by all five.
 */
import { DEONTIC_ADJECTIVES, VERDICT_ADJECTIVES } from '../data/bare-verdicts';
import { HARM_VERBS } from '../data/figurative-harm';
import { MERIT_SUPERLATIVES } from '../data/superlative-verdicts';
import { UNIVERSAL_SUBJECTS } from '../data/sweeping-claims';
import { triggerClass } from './sentence-words';

/** "we" and its contractions, as the author-we pass reads them. */
export const WE_FORMS: readonly string[] = ['we', "we're", "we've", "we'd"];

export const WRITER_TRIGGER = triggerClass([
  ...UNIVERSAL_SUBJECTS,
  'no',
  ...WE_FORMS,
  ...HARM_VERBS,
  ...MERIT_SUPERLATIVES,
  'least',
  ...VERDICT_ADJECTIVES,
  ...DEONTIC_ADJECTIVES,
]);
