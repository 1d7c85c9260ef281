/**
 * Sentence openers that mark the author's first-person stance: "To be clear, ...", "Frankly, ...",
 * "Let's be honest, ...", "Make no mistake, ...". Read only at the start of a sentence (after an
 * optional "And", "But", "So", "Now") and before a comma or colon (caveats/stance-openers.ts).
 *
 * Origin: compiled by hand for this project (no third-party text), from the class of failure
 * "stance openers" (issue 16: the author's voice without an evaluative word); openers that news
 * uses to report ("In fact", "Meanwhile", "Of course" as a concession) were left out. Licence: same
 * as this repository.
 *
 * Entries are lower case, words separated by one space; curly apostrophes are folded to straight ones.
 */
export const STANCE_OPENERS: readonly string[] = [
  'to be clear',
  'to be blunt',
  'to be honest',
  'to be frank',
  'to put it bluntly',
  'to put it mildly',
  'to put it simply',
  'put bluntly',
  'put simply',
  'frankly',
  'quite frankly',
  'frankly speaking',
  'honestly',
  'candidly',
  'bluntly',
  'truth is',
  'the truth is',
  'sad to say',
  'sadly',
  'full disclosure',
  'make no mistake',
  "let's be honest",
  "let's be clear",
  "let's be real",
  "let's face it",
  'let us be honest',
  'let us be clear',
  "i'll be honest",
  "i'll be blunt",
  'i must say',
  'believe me',
  'trust me',
  'mind you',
  'call it what you will',
  'if i may',
  'in all honesty',
  'in all candour',
  'in all candor',
];
