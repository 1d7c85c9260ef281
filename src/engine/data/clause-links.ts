/**
 * The words at which reported content can end because another report begins: coordinators of a
 * report by the same speaker ("X said S, and warned ...": attribution/coordinated-report.ts) and
 * linkers to another subject's report ("X said S, while Y said ...": attribution/next-report.ts).
 * The tokenizer marks their tokens (tokens.ts `LINK`), so the content scan skips every other word
 * without a look-up.
 *
 * Origin: written for edge-brief; MIT. Plain English function words, no third-party list.
 */

/** Coordinators that can open a coordinated report ("and she warned", "but denied"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'though', 'although', 'yet', 'while']);

/** Words linking content to another subject's report ("and Y is promising", "while 73 percent said"). */
export const REPORT_LINKERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
