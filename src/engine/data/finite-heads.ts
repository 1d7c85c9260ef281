/**
 * Finite auxiliaries and forms of "be"/"have" that show a noun phrase before them is the subject of
 * a clause ("found the ministry was in breach", "felt the agency had not been forthcoming"):
 * after a finding or feeling verb without "that", such a clause is what was found or felt.
 *
 * Origin: written for this project (MIT, like the repository): the closed class of English finite
 * auxiliaries and modals. Licence: same as this repository.
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
]);
