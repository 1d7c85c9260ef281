/**
 * Ceilings: the most items any list in a brief may hold, and the longest a name may be (issue
 * 12.2). Origin: chosen for this project, far above what a real article gives (the largest brief
 * of the shared evaluation texts stays well under each), so they only ever cut adversarial input.
 * A brief whose list was cut names it in `truncated` (e.g. `"caveats"`, `"actors.mentions"`).
 * Licence: the project's own.
 */
export const LIST_CEILINGS = {
  summary: 3,
  actors: 300,
  'actors.roles': 8,
  'actors.aliases': 12,
  'actors.mentions': 200,
  claims: 1_000,
  'claims.sourceIds': 8,
  sources: 200,
  'sources.mentions': 200,
  caveats: 1_000,
} as const;

export type CeilingList = keyof typeof LIST_CEILINGS;

/** At most this many furniture ranges are listed (adjacent lines of one kind are one range). */
export const MAX_FURNITURE = 200;

/** Longest actor name, alias, role, source name or speaker name, in UTF-16 code units. */
export const NAME_MAX = 80;

/**
 * The size bound: `JSON.stringify(brief)` (without `text`) is at most `OUTPUT_MULTIPLE` times the
 * input (text, title and url, in UTF-16 code units) plus `OUTPUT_SLACK`. Enforced last, by cutting
 * list tails, so it holds for every input.
 */
export const OUTPUT_MULTIPLE = 10;
export const OUTPUT_SLACK = 32 * 1024;

/** One line for the OpenAPI descriptions and the README. */
export const CEILINGS_NOTE = `Every list has a ceiling (${Object.entries(LIST_CEILINGS)
  .map(([k, v]) => `${k} ${v}`)
  .join(
    ', ',
  )}); names are cut at ${NAME_MAX} characters; the brief JSON is at most ${OUTPUT_MULTIPLE}x the input + ${OUTPUT_SLACK / 1024} KB. A list that was cut is named in \`truncated\`.`;
