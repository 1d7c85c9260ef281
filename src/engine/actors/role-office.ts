/**
 * The office a role word names ("congresswoman" and "Sen." are both a lawmaker's), and whether a
 * person's roles hold it: shared by the pronoun antecedents (actors/role-subjects.ts) and the
 * descriptive-anaphor speakers (speakers/role-anaphor.ts).
 */
import { ROLE_CLASS_OF } from '../data/role-classes';

/** Where a role's head ends and its complement begins ("spokesman | for the embassy"). */
const ROLE_COMPLEMENT = /\s(?:of|for|at|in|with|to)\s/i;
/** A party tag as a role ("R-Pa.", "D-Calif."): its holder is a lawmaker. */
const PARTY_TAG = /^[RDI]-[A-Z]/;

/** The office of one role word, lower-cased and without its full stop. */
export function office(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  return ROLE_CLASS_OF.get(w) ?? w;
}

/** Whether one of the roles names the office. */
export function holdsRole(holder: { readonly roles: readonly string[] }, role: string): boolean {
  for (const r of holder.roles) {
    if (PARTY_TAG.test(r) && role === 'lawmaker') return true;
    // Only the role's head, before "of", "for" ...: "a spokesman for the U.S. Embassy" is no embassy.
    for (const w of r.split(ROLE_COMPLEMENT)[0].split(/[\s,]+/)) if (w && office(w) === role) return true;
  }
  return false;
}

/**
 * Whether one of the roles has the office as its head, the last word before any complement:
 * "Attorney General" is a general's office here, not a lawyer's; "special counsel" is a lawyer's.
 */
export function holdsRoleHead(holder: { readonly roles: readonly string[] }, role: string): boolean {
  for (const r of holder.roles) {
    if (PARTY_TAG.test(r) && role === 'lawmaker') return true;
    const words = r
      .split(ROLE_COMPLEMENT)[0]
      .trim()
      .split(/[\s,]+/);
    if (office(words[words.length - 1]) === role) return true;
  }
  return false;
}
