/**
 * "HOLT: Good evening." ... "REYES: You have pretty good instincts.": a name in capitals that labels
 * a turn of a transcript (opening a line, a colon right after it; three turns at least) is a person speaking,
 * not an acronym's organisation (issue 16, actors: a transcript's hosts listed as organisations).
 * A known body (an outlet, a gazetteer organisation: "CNN:") keeps its type. A label that is the
 * initials of one person named in full ("JP:" after "John Pilger: ...") is that person
 * (actor-passes/transcript-initials); two letters label a turn only so.
 */
import { ORGANIZATIONS } from '../data/organizations';
import { isOutlet } from '../data/outlets';
import { LABELS } from '../data/labels';
import type { Actor } from '../../schema/brief';
import { live, merge, replace, type ActorList } from './list';

export function typeTurnLabels(list: ActorList): void {
  const { text } = list.doc;
  const labelled: Actor[] = [];
  let turns = 0;
  const people = live(list).filter((a) => a.type === 'person');
  for (const a of live(list)) {
    if (a.type !== 'organization' || a.name.length < 2 || a.name.includes('.') || a.name !== a.name.toUpperCase())
      continue;
    // Two letters label a turn only as a person's initials ("JP:" for John Pilger).
    if (a.name.length === 2 && personByInitials(people, a.name) === null) continue;
    const lower = a.name.toLowerCase();
    // ("UPDATE:", "WATCH:", "NEW:" flag a line; they name nobody.)
    if (isOutlet(a.name) || ORGANIZATIONS.has(lower) || LABELS.has(lower) || lower === 'new') continue;
    let labels = 0;
    for (const m of a.mentions) if (opensLine(text, m.start) && text.charCodeAt(m.end) === 58) labels++;
    if (labels === 0) continue;
    labelled.push(a);
    turns += labels;
  }
  // Three turns at least make a transcript: then every label in it names a speaker.
  if (turns < 3) return;
  for (const a of labelled) {
    // "John Pilger: ..." then "JP: ...": the initials are the person the article names in full.
    const person = personByInitials(people, a.name);
    if (person !== null) {
      merge(list, person, a, 'actor-passes/transcript-initials');
      continue;
    }
    replace(list, a, { ...a, type: 'person' });
    for (const m of a.mentions) list.doc.trace?.add('actor', m.start, m.end, 'actor-passes/turn-label');
  }
}

/** At the text's start or after a newline, spaces and tabs aside. */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/**
 * The one person actor whose name's initials are `initials` (given name, then surname; with three
 * letters, a middle name too), else null: none or several such people, no guess.
 */
function personByInitials(actors: readonly Actor[], initials: string): Actor | null {
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
