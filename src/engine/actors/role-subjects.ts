/**
 * Role subjects as pronoun antecedents (issue 16, speakers): in "Pope Francis met victims. Juan
 * Cruz described the abuse. The pope has stuck by the bishop. “I cannot condemn him,” he said", the
 * "he" is the pope, not the last person named by name. A sentence that opens with a definite role
 * phrase ("The pope", "The veteran senator") whose office exactly one person named lately holds gives that person a subject mention, for the pronoun resolver only: the
 * phrase's own highlight and speaker stay with speakers/role-anaphor.ts.
 *
 * Not a subject: a possessive ("The pope's visit") or a role with a complement ("The president of
 * Mexico", another holder). Linear: one sticky match per sentence and at most MAX_BACK mentions looked
 * at per role phrase.
 */
import type { Doc } from '../document';
import type { Entity } from './merge';
import type { PersonMention } from './pronouns';
import { holdsRoleHead, office } from './role-office';
import { ROLE_NOUNS } from '../data/actor-evidence';
import { ROLE_CLASS_OF } from '../data/role-classes';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';

/** "The pope has", "This veteran senator told": a definite determiner, then up to three lower-case words and a space. */
const ROLE_SUBJECT = /(?:The|This)\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?(?=\s)/y;
/** A complement after the role: another holder ("The president of Mexico"). */
const COMPLEMENT_AFTER = /^\s+(?:of|for|at|in|from)\b/;
/** A word that names an office ("pope", "senator", "spokeswoman"); not a modifier ("former") or an honorific. */
const isRoleNoun = (w: string): boolean =>
  !ROLE_MODIFIERS.has(w) && w.length > 3 && (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || ROLE_CLASS_OF.has(w));
/** How many of the latest person mentions a role phrase looks through for its holder. */
const MAX_BACK = 64;

/**
 * Does entity `actor` hold `role` (kept in `held` by actor and role)? At module level, not a closure
 * made per brief: the bundler's keepNames names a closure on every call (a defineProperty each).
 */
function holds(held: Map<string, boolean>, entities: readonly Entity[], actor: number, role: string): boolean {
  const key = `${actor} ${role}`;
  let yes = held.get(key);
  if (yes === undefined) held.set(key, (yes = holdsRoleHead(entities[actor], role)));
  return yes;
}

/** The person mentions with the role subjects added, in text order. */
export function withRoleSubjects(doc: Doc, entities: readonly Entity[], persons: PersonMention[]): PersonMention[] {
  if (persons.length === 0) return persons;
  const { text } = doc;
  const added: PersonMention[] = [];
  const held = new Map<string, boolean>();
  let upto = 0; // the first mention at or after the current sentence
  for (let s = 0; s < doc.sentences.length; s++) {
    const start = doc.sentences[s].start;
    while (upto < persons.length && persons[upto].start < start) upto++;
    if (upto === 0) continue;
    ROLE_SUBJECT.lastIndex = start;
    const m = ROLE_SUBJECT.exec(text);
    if (!m) continue;
    // The head is the first of the words some person named before holds as an office.
    let at = start + (m[0].charCodeAt(2) === 101 ? 3 : 4); // after "The" or "This"
    let end = -1;
    let found = -1;
    for (let w = 1; w <= 3 && found < 0 && m[w]; w++) {
      at = text.indexOf(m[w], at);
      if (!isRoleNoun(m[w])) {
        at += m[w].length;
        continue;
      }
      const role = office(m[w]);
      // Two holders named ("Pope Francis" and "Pope Benedict"): the phrase may be either.
      let holder = -1;
      for (let k = upto - 1; k >= 0 && k >= upto - MAX_BACK && holder !== -2; k--) {
        if (persons[k].actor === holder || !holds(held, entities, persons[k].actor, role)) continue;
        holder = holder === -1 ? persons[k].actor : -2;
      }
      if (holder >= 0) {
        found = holder;
        end = at + m[w].length;
      }
      if (holder === -2) break;
      at += m[w].length;
    }
    if (found < 0 || text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) continue;
    if (COMPLEMENT_AFTER.test(text.slice(end, end + 6))) continue;
    added.push({ actor: found, start, end, sentence: s });
  }
  if (added.length === 0) return persons;
  const out: PersonMention[] = [];
  let i = 0;
  for (const a of added) {
    while (i < persons.length && persons[i].start < a.start) out.push(persons[i++]);
    out.push(a);
  }
  while (i < persons.length) out.push(persons[i++]);
  return out;
}
