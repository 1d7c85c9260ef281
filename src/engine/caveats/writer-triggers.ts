/**
 * One trigger class (caveats/sentence-words.ts) shared by three passes, so they take one of the
 * bank's thirty bits between them: the sweeping claim's subjects ("nobody", "no"), the author's
 * "we" and the verbs of figurative harm. Each pass still checks its own words; a sentence holding
 * none of these words is passed over by all three.
 */
import { HARM_VERBS } from '../data/figurative-harm';
import { UNIVERSAL_SUBJECTS } from '../data/sweeping-claims';
import { triggerClass } from './sentence-words';

/** "we" and its contractions, as the author-we pass reads them. */
export const WE_FORMS: readonly string[] = ['we', "we're", "we've", "we'd"];

export const WRITER_TRIGGER = triggerClass([...UNIVERSAL_SUBJECTS, 'no', ...WE_FORMS, ...HARM_VERBS]);
