/**
 * Nouns of written works, singular and plural: after "wrote" they are its object, a thing written,
 * not what the writer holds ("Khan wrote columns for the Herald", "She wrote a memoir about the
 * war"). attribution/cue-sense.ts reads "wrote <work>" as no report.
 *
 * Origin: written for edge-brief (issue 16, claims: "wrote opinion pieces for ..." had been a claim,
 * seen reading an unseen PTC train article); common English nouns, no third-party list. Licence:
 * MIT, part of this project.
 */
export const WRITTEN_WORKS: ReadonlySet<string> = new Set(
  (
    'piece pieces column columns op-ed op-eds article articles book books memoir memoirs essay essays novel ' +
    'novels poem poems song songs story stories blog blogs post posts letter letters editorial editorials ' +
    'thesis dissertation speech speeches script scripts screenplay screenplays biography biographies review ' +
    'reviews headline headlines code software history histories chapter chapters paper papers'
  ).split(' '),
);
