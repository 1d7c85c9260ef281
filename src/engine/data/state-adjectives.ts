/**
 * Adjectives of a held state (fear, anger, conviction, hope) that take a "that" clause: "Residents
 * are afraid that the bridge will close", "The union was incensed that the contract ...", "He came
 * away convinced that ...". The clause is what the subject fears, resents or holds
 * (attribution/state-adjective.ts). Left out: "sure" ("make sure that"), "clear", "certain" and
 * "likely" (mostly "it is clear that": the author's own judgement), "aware" (mostly a court or an
 * official noting a fact) and "glad"/"happy" (mostly thanks, not a claim).
 *
 * Origin: written for edge-brief (issue 16, recall: internal-state cues of the PolNeAR dev misses,
 * "Many X are afraid that", "Protesters were frustrated that"); MIT. Plain English vocabulary.
 */
export const STATE_ADJECTIVES: ReadonlySet<string> = new Set([
  'afraid',
  'frightened',
  'fearful',
  'worried',
  'concerned',
  'alarmed',
  'anxious',
  'nervous',
  'frustrated',
  'angry',
  'angered',
  'incensed',
  'outraged',
  'furious',
  'upset',
  'dismayed',
  'disappointed',
  'troubled',
  'convinced',
  'confident',
  'adamant',
  'optimistic',
  'hopeful',
  'skeptical',
  'sceptical',
  'doubtful',
  'persuaded',
  'satisfied',
]);

/** Verbs that link a subject to such an adjective ("are afraid", "felt betrayed", "remained convinced"). */
export const STATE_LINKS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'feel',
  'feels',
  'felt',
  'remain',
  'remains',
  'remained',
  'grew',
  'grow',
  'grows',
  'became',
  'become',
  'becomes',
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
]);

/**
 * Verbs of leaving that link through a particle ("came away convinced", "walked out frustrated",
 * "went away satisfied"): the verb and its particle stand where "was" would.
 */
export const PARTICLE_LINKS: ReadonlySet<string> = new Set([
  'come',
  'comes',
  'came',
  'go',
  'goes',
  'went',
  'walk',
  'walks',
  'walked',
  'leave',
  'leaves',
  'left',
]);

/** The particles of those verbs ("away", "out"). */
export const LINK_PARTICLES: ReadonlySet<string> = new Set(['away', 'out', 'off']);

/** Degree words between the link and the adjective ("so frustrated", "increasingly worried"). */
export const STATE_DEGREES: ReadonlySet<string> = new Set([
  'so',
  'very',
  'also',
  'more',
  'most',
  'still',
  'too',
  'quite',
  'all',
  'even',
  'equally',
  'deeply',
  'increasingly',
]);
