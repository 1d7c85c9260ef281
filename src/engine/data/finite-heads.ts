/**
 * Closed classes of English verbs the attribution rules read (the finite auxiliaries themselves
 * are FINITE_VERBS in speaker-words.ts).
 *
 * Origin: written for this project (MIT, like the repository): plain English grammar. Licence:
 * same as this repository.
 */

/**
 * Irregular past tenses of common verbs of action ("took", "went", "made"): after a subject in a
 * speaker phrase ("Goldwater took on the party ..., declared"), the phrase has run on into the
 * subject's own predicate (speakers/finite-verb-subject.ts). Plain English grammar, written for
 * this project (MIT).
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    'began became brought built came caught chose drove fell fought flew forgot gave got grew hid held kept knew led ' +
    'left lost made meant met paid put ran rose sat saw sent set shook shot sold spent spoke stood stole struck swore ' +
    'taught took threw tore understood went won wore'
  ).split(' '),
);

/** Words that may follow "he" or "she" inside a subject ("he himself", "she alone"): no verb of a predicate. */
export const PRONOUN_FOLLOWERS: ReadonlySet<string> = new Set(
  'all both each alone too also himself herself themselves'.split(' '),
);

/** The forms of "have": a cue's -s form right after one is its object ("have questions to answer"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);

/** Adverbs that stand between a subject and its verb ("questions also remain", "doubts still are"). */
export const MID_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'now', 'already', 'often', 'even', 'just']);

/**
 * Linking verbs that agree with a plural subject only ("questions remain", "claims were"): not "is"
 * or "seems", since "what she claims is false" is a relative gap after a cue.
 */
export const PLURAL_LINKS: ReadonlySet<string> = new Set(
  'are were remain remained seem seemed linger lingered persist persisted'.split(' '),
);
