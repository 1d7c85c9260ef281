/**
 * Head nouns of a description set beside a name ("Voto Latino is a non-partisan entity",
 * "Georgetown Prep, a private all-boys school", "Debating The Donald, a book analyzing ..."): what
 * the name is, read by actor-passes/described.ts. A body's nouns make it an organisation, a work's
 * make its words a title that names no one, a settlement's make it a place.
 *
 * Origin: written for this project (MIT, like the repository); plain English vocabulary, no
 * third-party list.
 * Licence: same as this repository.
 */
export const BODY_DESCRIPTIONS: ReadonlySet<string> = new Set(
  `group organization organisation entity nonprofit non-profit charity foundation company firm corporation
business coalition network agency school academy university college seminary church mosque synagogue congregation
parish ministry website site blog outlet newspaper magazine publication party movement union association club team
band institute institution campaign committee council lobby caucus chain hotel restaurant bar store shop`
    .split(/\s+/)
    .filter(Boolean),
);

export const WORK_DESCRIPTIONS: ReadonlySet<string> = new Set(
  `book books novel memoir biography film movie documentary play musical song album show series podcast poem essay
painting opera`
    .split(/\s+/)
    .filter(Boolean),
);

export const SETTLEMENT_DESCRIPTIONS: ReadonlySet<string> = new Set(
  'town city village suburb hamlet borough township county neighborhood neighbourhood district region province'.split(
    ' ',
  ),
);

/** Words after a description's head noun that close it: it is the head ("a school that ...", "a group in ..."). */
export const DESCRIPTION_CLOSERS: ReadonlySet<string> = new Set(
  `that which who whose where in on of for with from at to by about near under since like as and or based
located analyzing examining`
    .split(/\s+/)
    .filter(Boolean),
);
