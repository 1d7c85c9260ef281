/**
 * Nominal cues: nouns of saying, reporting and holding a view that take a "that" clause as their
 * content ("Trump's claim that ...", "his warning that ...", "Republicans expressed concern that
 * ..."), and the light verbs whose subject is the one who voices such a noun.
 *
 * Origin: written for this project (MIT, like the repository). The nouns are the nominal forms of
 * the reporting verbs in cues.ts (claim, assert, allege, accuse, conclude, declare, warn, admit,
 * deny, predict, promise, pledge, ...) plus the view nouns that PolNeAR (Newell, Margolin & Ruths,
 * LREC 2018) annotates as attribution cues with a clausal content ("concern that", "message that",
 * "pronouncements that"); singular and plural forms written out. Nouns that mostly introduce a fact
 * or an idea with nobody's voice ("the fact that", "the idea that", "the news that") are left out.
 * Licence: same as this repository.
 */

/** Nouns whose "that" clause is what somebody said, wrote, concluded or holds. */
export const NOMINAL_CUE_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'assertions',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'contention',
  'insistence',
  'argument',
  'arguments',
  'conclusion',
  'conclusions',
  'declaration',
  'statement',
  'suggestion',
  'suggestions',
  'warning',
  'warnings',
  'admission',
  'acknowledgment',
  'acknowledgement',
  'denial',
  'denials',
  'prediction',
  'predictions',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'assurance',
  'assurances',
  'message',
  'pronouncement',
  'pronouncements',
  'complaint',
  'complaints',
  'boast',
  'insinuation',
  'belief',
  'view',
  'concern',
  'concerns',
  'fear',
  'fears',
  'suspicion',
  'suspicions',
  'theory',
  // Hopes, worries and expectations voiced through a light verb or held by a possessor ("the mayor
  // voiced hope that ...", "her worry that ..."); with neither ("hopes that the talks ...") nobody speaks.
  'hope',
  'hopes',
  'worry',
  'worries',
  'expectation',
  'expectations',
]);

/**
 * Light verbs whose subject voices the noun after them ("X expressed concern that", "X made the
 * argument that", "X issued a warning that", "X repeated his claim that"), every form written out.
 */
export const NOMINAL_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'express',
  'expresses',
  'expressed',
  'voice',
  'voices',
  'voiced',
  'raise',
  'raises',
  'raised',
  'make',
  'makes',
  'made',
  'issue',
  'issues',
  'issued',
  'repeat',
  'repeats',
  'repeated',
  'reiterate',
  'reiterates',
  'reiterated',
  'renew',
  'renews',
  'renewed',
  'offer',
  'offers',
  'offered',
  'give',
  'gives',
  'gave',
  'share',
  'shares',
  'shared',
]);
