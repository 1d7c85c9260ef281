/**
 * Bridge verbs: the cue verbs whose clause can give up its subject to a relative pronoun ("the man
 * who Brown said was driving", "a guest that Jones claims was there"). Verbs that mostly take a noun
 * phrase as their object ("wrote", "announced", "published", "reported") read the other way in the
 * same shape: "the letters that Moss wrote were burned" is what Moss wrote, and "were burned" is the
 * sentence's own verb, no report.
 *
 * Origin: written for edge-brief from the cue lemmas in data/cues.ts (issue 16, "the letters that
 * Ann Moss wrote" had been a claim by Moss). Licence: MIT, part of this project.
 */
export const BRIDGE_VERB_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'claim',
  'allege',
  'suggest',
  'argue',
  'insist',
  'contend',
  'assert',
  'maintain',
  'warn',
  'believe',
  'think',
  'feel',
  'hope',
  'fear',
  'suspect',
  'swear',
  'imply',
  'estimate',
  'predict',
  'forecast',
  'conclude',
  'understand',
  'expect',
]);
