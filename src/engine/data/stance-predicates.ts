/**
 * Stances held as a predicate after a form of "be": the noun or adjective of a stance verb
 * ("opposes" / "is an opponent of", "criticizes" / "is critical of", "supports" / "is a supporter
 * of"), each with the preposition that takes what the stance is about
 * (attribution/stance-predicate.ts). Left out: "fan of" (taste, not a position), "critical to"
 * (needed for), "champion" (also a title holder).
 *
 * Origin: written for edge-brief (issue 16, recall: the stance predicates of the PolNeAR dev misses,
 * "X has been critical of Y", "X is a staunch opponent of Y"); MIT. Plain English vocabulary.
 */
export const STANCE_PREDICATES: ReadonlyMap<string, string> = new Map([
  ['critical', 'of'],
  ['supportive', 'of'],
  ['skeptical', 'of'],
  ['sceptical', 'of'],
  ['dismissive', 'of'],
  ['critic', 'of'],
  ['opponent', 'of'],
  ['supporter', 'of'],
  ['proponent', 'of'],
  ['advocate', 'of'],
  ['defender', 'of'],
  ['backer', 'of'],
  ['critics', 'of'],
  ['opponents', 'of'],
  ['supporters', 'of'],
  ['proponents', 'of'],
  ['advocates', 'of'],
  ['defenders', 'of'],
  ['backers', 'of'],
  ['opposed', 'to'],
]);
