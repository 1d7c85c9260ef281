/**
 * Words of a line that introduces a text set out below it, with no quotation marks, as someone's
 * words (attribution/block-paragraph.ts, attribution/unquoted-block.ts): the verbs ("The mayor
 * wrote:", "the statement reads:") and the nouns of "Here is Hale's statement:".
 *
 * Origin: written for edge-brief; MIT. Plain English verbs and nouns, no third-party list.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Verbs that introduce a text set out below them ("added:", "wrote:", "the statement reads:"). */
export const INTRODUCER_VERBS = set(
  'wrote writes write said says told tells added adds stated states explained explains continued continues declared declares read reads posted tweeted argued argues',
);

/** Nouns of a text introduced by "Here is X's ...:" ("Here is the mayor's statement:", "Here's Hale's argument:"). */
export const INTRODUCER_NOUNS = set(
  'statement argument letter message email memo note post tweet response reply remarks case explanation defense defence testimony speech',
);
