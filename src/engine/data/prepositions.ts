/**
 * English prepositions that take a noun phrase: a cue word right after one is that noun ("without
 * hope of", "in fear of"; attribution/speaker-phrase.ts), and a content of a few words opened by
 * one is a fronted adverbial, not what was said ("In 1764, X added"; attribution/cue-pass-words.ts).
 *
 * Origin: written for this project (MIT, like the repository); plain English grammar, no third-party list.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'about across after against along amid among around at before behind beside between beyond by despite ' +
    'during for from in inside into near of on outside over since through throughout toward towards under ' +
    'until upon with within without'
  ).split(' '),
);

/**
 * Words after which a bare "say" means "for example" ("among say farmers", "a city like, say,
 * Lyon"; attribution/cue.ts): the prepositions above (not "to": "to say" is the verb) and a few more.
 */
export const SAY_FOR_EXAMPLE_AFTER: ReadonlySet<string> = new Set([...PREPOSITIONS, 'among', 'between', 'like', 'as']);

/**
 * Prepositions and subordinators that may open a sentence before a cue participle ("After saying
 * the plan was dead, the senator ...", "Despite insisting ..."): the participle's clause is still
 * what the main clause's subject said. Plain English grammar, no third-party list.
 */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set('after before since despite upon while when'.split(' '));

/**
 * Words that open an adverbial when they begin a sentence: the prepositions above, a few more of
 * place, and subordinators ("Inside the hall, she said, ...", "If elected, he said, ..."). A
 * sentence's first word outside this set, capitalised only by its position, opens a subject
 * ("Higher taxes, she argued, would hurt families"; attribution/medial-cue.ts).
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  ...SAY_FOR_EXAMPLE_AFTER,
  ...'inside outside across amid around behind beyond near toward towards'.split(' '),
  ...'if when while although though because once unless whether as since'.split(' '),
]);

/**
 * Prepositions of time and place: a name governed by one ("in May", "at Camp David") is a
 * setting, so a ", which" after it takes up the clause, not the name
 * (attribution/which-subject.ts). Plain English grammar, no third-party list.
 */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at since until during near across throughout'.split(' '),
);

/**
 * Prepositions of place and occasion that end a headline's speaker before its colon ("Farrakhan In
 * Iran: “...”", "Moss At Rally: “...”"): what follows them is where, not who. "Of" and "for" are
 * left out: they join names ("Bank of America", "Students for Trump"). Plain English grammar.
 */
export const HEADLINE_SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at on from after before during inside outside near'.split(' '),
);
