/**
 * Words that open a clause or a sentence and are never its subject.
 *
 * Origin: written for edge-brief (issue 16, speakers: "Ah yes" and "case anyone" had been
 * speakers); plain English function words, no third-party list. Licence: MIT, part of this project.
 */

/** Interjections that open a sentence before a comma ("Ah yes, ...", "Oh, ..."): a reaction, never a subject. */
export const INTERJECTIONS: ReadonlySet<string> = new Set(['ah', 'oh', 'alas', 'wow', 'yeah', 'okay', 'well', 'so']);

/**
 * Words right before a condition's subject ("in case anyone thinks ...", "if someone says ...",
 * "unless anybody claims ..."): a report there is supposed, not made.
 */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['case', 'if', 'unless', 'lest']);
