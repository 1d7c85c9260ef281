/**
 * English prepositions that take a noun phrase: a cue word right after one is that noun ("without
 * hope of", "in fear of"; attribution/speaker-phrase.ts), and a content of a few words opened by
 * one is a fronted adverbial, not what was said ("In 1764, X added"; attribution/cue-pass-words.ts).
 *
 * Origin: written for this project (MIT, like the repository); plain English grammar, no third-party list.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'about after against at before by despite during for from in into of on over since through throughout ' +
    'under until upon with within without'
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
