/**
 * Verbs of perception that take an object and a bare verb ("heard the senator lambaste the plan",
 * "watched the mayor deny it", "saw Ann Lee call it a scam"): the one perceived speaks, not the
 * subject who heard or saw. (Not the forms that are mostly nouns: "a witness", "a notice", "the hearing".)
 *
 * Origin: written for edge-brief from English grammar (issue 16, speakers: "advocates who attended
 * ... heard X ... lambaste Y" had credited the advocates). Licence: MIT, part of this project.
 */
export const PERCEPTION_VERBS: ReadonlySet<string> = new Set(
  `hear hears heard see sees saw seen watch watches watched watching witnessed noticed observe observed listened`
    .split(/\s+/)
    .filter(Boolean),
);
