/**
 * Titles and ranks whose period the attribution tokens keep with the word ("Sen.", "Lt.Gen."), so
 * that a speaker phrase reads "Sen. Smith" as one title and name (attribution/tokens.ts).
 * Origin: written for edge-brief (moved out of attribution/tokens.ts unchanged).
 * Licence: MIT, part of this project.
 */
export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Sr',
  'Jr',
  // Company suffixes: "Apple Inc. said" is one name and its cue, no sentence end.
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Cos',
  'Bros',
  'St',
  'Capt',
  'Adm',
  'Maj',
  'Prof',
  'Rev',
  'Pres',
  'Sens',
  'Reps',
  'Cmdr',
  'Atty',
  'Supt',
  'Lt.Gen',
]);
