/**
 * Origin: written for edge-brief (issue 16, speakers: "About 30 minutes into the set" had been a
 * speaker); plain English, no third-party list. Licence: MIT, part of this project.
 */

/**
 * Units of elapsed time: "About 30 minutes into the set, ...", "Two hours after the vote, ...": a
 * phrase opening with a preposition and holding a count of one is when, never who. Plain English.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades'.split(' '),
);
