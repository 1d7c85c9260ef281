/**
 * Role nouns that name the same office, so that a descriptive anaphor ("the lawmaker", "the
 * spokeswoman") can find the actor introduced with a title of that office ("Rep. Jane Doe",
 * "spokesman John Roe"). Each row is one office; a word names the office it stands in.
 * Origin: written for edge-brief from English usage (issue 16, claims). Licence: MIT, part of this project.
 */
export const ROLE_CLASSES: readonly (readonly string[])[] = [
  [
    'lawmaker',
    'legislator',
    'congressman',
    'congresswoman',
    'congressmember',
    'representative',
    'rep',
    'senator',
    'sen',
    'mp',
    'assemblyman',
    'assemblywoman',
  ],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['professor', 'prof'],
  ['governor', 'gov'],
  ['lawyer', 'attorney', 'counsel'],
  ['doctor', 'dr', 'physician'],
  ['general', 'gen'],
  ['secretary', 'sec'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'],
];

/** The office a role word names (the word itself when no row holds it). */
export const ROLE_CLASS_OF: ReadonlyMap<string, string> = new Map(
  ROLE_CLASSES.flatMap((row) => row.map((word) => [word, row[0]] as const)),
);
