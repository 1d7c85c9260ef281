/**
 * Initials that stand for a person named in full (actor-passes/turn-labels.ts): an interview
 * transcript names its speakers by initials after the first turn ("John Pilger: ...", then "JP:
 * ..."). Two or three capital letters are the one person in the article whose name has those
 * initials (given name, then surname; with three letters, a middle name too). None or several such
 * people: no guess. Issue 16 (speakers a reader cannot place), seen reading an unseen PTC train
 * interview; made-up test.
 */
import type { Actor } from '../../schema/brief';

/** The one person actor whose name's initials are `initials`, else null. */
export function personByInitials(actors: readonly Actor[], initials: string): Actor | null {
  let found: Actor | null = null;
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const words = a.name.split(/\s+/).filter((w) => w.length > 0);
    if (words.length < 2) continue;
    const first = words[0][0];
    const last = words[words.length - 1][0];
    const match =
      initials.length === 2
        ? first === initials[0] && last === initials[1]
        : words.length === 3 && first === initials[0] && words[1][0] === initials[1] && last === initials[2];
    if (!match) continue;
    if (found !== null) return null;
    found = a;
  }
  return found;
}
