/**
 * Labels of page furniture and records that stand before a colon ("Update:", "Editor's Note:",
 * "The Latest:", "Name:"): not a speaker (attribution/name-colon-pass.ts, actor-passes/turn-labels.ts)
 * and not an actor (actor-passes/common-words.ts).
 *
 * Origin: written for this project (MIT, like the repository), from the attribution rules' false
 * hits on the PolNeAR dev split, the worked examples and PTC train; plain English vocabulary, no
 * third-party list.
 */

/** The fields of a record or a form ("Name: ...", "Location: ..."), never a transcript's speaker. */
const RECORD_FIELDS = 'name age location address date born occupation status charge charges height weight'.split(' ');

/** Line openers that are labels, not speakers ("Update: ...", "Photo: ..."), lower-cased. */
export const LABELS: ReadonlySet<string> = new Set([
  ...RECORD_FIELDS,
  ...'update updated note editor photo photos video source sources related read watch listen breaking exclusive warning disclaimer correction clarification transcript q a subscribe email comment comments editorial share tags topics advertisement credit image caption more see also sign follow contact copyright posted published filed by here bottom the this what why how who when where question answer analysis opinion commentary live quiz recap timeline latest notes updates sponsored'.split(
    ' ',
  ),
]);

/**
 * Words that are a label only when they stand alone before the colon ("NEW: ...", "DEVELOPING:
 * ..."), while a longer label that opens with one can be a speaker or an embed's credit ("NEW
 * VERITAS: ..."), lower-cased.
 */
export const LONE_LABELS: ReadonlySet<string> = new Set(['new', 'developing', 'alert', 'urgent', 'just']);
