/**
 * The heads an evaluative predication (caveats/opinion-structures.ts) looks for after its copula:
 * the hand list of data/opinion-structures.ts with the plural of each noun ("they are
 * hypocrites"), and the judging adjectives of data/conduct-judgements.ts when the subject names a
 * plan, policy or conduct ("the new plan is dangerous", "the council's approach was weak"), where
 * the same adjective of a thing or an event is a fact ("the storm was dangerous"). Words of the
 * loaded lexicons (data/loaded-terms.ts) are not heads here: they are caveats of their own
 * wherever the author uses them, after the news filters that read their literal senses ("rated
 * outstanding by inspectors"), so a predication on them would only count the verdict twice.
 */
import { CONDUCT_JUDGES, CONDUCT_NOUNS } from '../data/conduct-judgements';
import { EVALUATIVE_PREDICATES } from '../data/opinion-structures';
import { JUDGED_SUBJECTS, LINKING_VERBS } from '../data/predicate-heads';

/** Heads that make a predication evaluative whatever its subject. */
export const EVALUATIVE_HEADS: ReadonlySet<string> = (() => {
  const heads = new Set(EVALUATIVE_PREDICATES);
  for (const w of EVALUATIVE_PREDICATES)
    if (w.endsWith('y')) heads.add(`${w.slice(0, -1)}ies`);
    else if (!w.endsWith('s')) heads.add(`${w}s`);
  return heads;
})();

/** Judging adjectives that make it evaluative only of a plan, policy or conduct. */
export const SUBJECT_JUDGES: ReadonlySet<string> = new Set(CONDUCT_JUDGES);
/** What such a subject names: policy, ideas, conduct, plans, arguments. */
export const JUDGED_NOUNS: ReadonlySet<string> = new Set([...CONDUCT_NOUNS, ...JUDGED_SUBJECTS]);
/** Linking verbs that stand for the copula: "seems foolish", "appears flawed". */
export const LINKING: ReadonlySet<string> = new Set(LINKING_VERBS);
