/**
 * The working actor list of the actor passes: merge one actor into another, drop one, add one,
 * with every mention kept sorted and salience kept a share.
 */
import type { Actor, ActorType, Range } from '../../schema/brief';
import type { Doc } from '../document';

const PRONOUNS = new Set(
  'he him his himself she her hers herself they them their theirs themselves it its itself'.split(' '),
);

/** The pronouns' first letters, lower case (h, s, t, i), one bit per letter a-z; their lengths run from 2 ("he") to 10 ("themselves"). */
let PRONOUN_INITIALS = 0;
for (const p of PRONOUNS) PRONOUN_INITIALS |= 1 << (p.charCodeAt(0) - 97);

export interface ActorList {
  doc: Doc;
  actors: Actor[];
  dropped: Set<string>;
  nextId: number;
  /**
   * What `live` last gave, until the list changes (replace, merge, drop, add, `markDropped`): the
   * passes ask for it a score of times and most change nothing. Never changed in place.
   */
  liveCopy: Actor[] | null;
}

export function actorList(doc: Doc, actors: Actor[]): ActorList {
  let max = 0;
  for (const a of actors) {
    const n = Number(a.id.slice(1));
    if (n > max) max = n;
  }
  return { doc, actors: actors.slice(), dropped: new Set(), nextId: max + 1, liveCopy: null };
}

export function live(list: ActorList): Actor[] {
  // A copy either way: passes replace and add actors while they walk the list (a change makes the
  // next call copy again, and leaves the copy a pass walks as it was).
  return (list.liveCopy ??=
    list.dropped.size === 0 ? list.actors.slice() : list.actors.filter((a) => !list.dropped.has(a.id)));
}

/** Drops the actor with this id from the list (no trace). */
export function markDropped(list: ActorList, id: string): void {
  list.dropped.add(id);
  list.liveCopy = null;
}

export function isPronoun(doc: Doc, m: Range): boolean {
  // Most mentions are names: their length or first letter rules them out before any string is made.
  const length = m.end - m.start;
  if (length < 2 || length > 10) return false;
  const c = (doc.text.charCodeAt(m.start) | 32) - 97;
  if (c < 0 || c > 25 || (PRONOUN_INITIALS & (1 << c)) === 0) return false;
  return isPronounAt(doc.text, m.start, length);
}

/** The pronouns by length, for matching in place. */
const PRONOUNS_BY_LENGTH: string[][] = [];
for (const p of PRONOUNS) (PRONOUNS_BY_LENGTH[p.length] ??= []).push(p);

/**
 * `PRONOUNS.has(text.slice(start, start + length).toLowerCase())` without making a string: a
 * pronoun is ASCII letters, and only an ASCII letter folds to one by `| 32` (no other character
 * lower-cases to an ASCII letter but the Kelvin sign, and no pronoun has a "k").
 */
function isPronounAt(text: string, start: number, length: number): boolean {
  const candidates = PRONOUNS_BY_LENGTH[length];
  if (candidates === undefined) return false;
  next: for (const p of candidates) {
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(start + i);
      if (c >= 128 || (c | 32) !== p.charCodeAt(i)) continue next;
    }
    return true;
  }
  return false;
}

/** The actor's named (not pronoun) mentions: its own array when it has no pronoun mention (most), read-only. */
export function named(doc: Doc, a: Actor): Range[] {
  const ms = a.mentions;
  for (let k = 0; k < ms.length; k++) if (isPronoun(doc, ms[k])) return ms.filter((m) => !isPronoun(doc, m));
  return ms;
}

/** The actor's one named mention, or null when it has none or several (read no further than the second). */
export function onlyNamed(doc: Doc, a: Actor): Range | null {
  let only: Range | null = null;
  for (const m of a.mentions) {
    if (isPronoun(doc, m)) continue;
    if (only !== null) return null;
    only = m;
  }
  return only;
}

/** The actor's first named mention (`named(doc, a)[0]`), or undefined. */
export function firstNamed(doc: Doc, a: Actor): Range | undefined {
  for (const m of a.mentions) if (!isPronoun(doc, m)) return m;
  return undefined;
}

/** `named(doc, a).length > 0 && named(doc, a).every(test)`, stopping at the first named mention that fails. */
export function everyNamed(doc: Doc, a: Actor, test: (m: Range) => boolean): boolean {
  let any = false;
  for (const m of a.mentions) {
    if (isPronoun(doc, m)) continue;
    if (!test(m)) return false;
    any = true;
  }
  return any;
}

const byStart = (x: Range, y: Range) => x.start - y.start || x.end - y.end;

function sortedUnique(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges.slice().sort(byStart)) {
    const last = out[out.length - 1];
    if (last && last.start === r.start && last.end === r.end) continue;
    // A longer mention replaces a shorter one it contains ("Trump" inside "Donald Trump Jr.").
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

export function replace(list: ActorList, old: Actor, next: Actor): Actor {
  // By id: an earlier pass may have replaced the object the caller holds.
  const i = list.actors.findIndex((a) => a.id === old.id);
  if (i >= 0) {
    list.actors[i] = next;
    list.liveCopy = null;
  }
  return next;
}

/** Moves `from` into `into` (mentions, aliases, roles, salience) and drops `from`. */
export function merge(list: ActorList, into: Actor, from: Actor, rule: string, asAlias = true): Actor {
  into = list.actors.find((a) => a.id === into.id) ?? into;
  const aliases = new Set(into.aliases);
  // A shouted (all-caps) form is the same name, not an alias.
  if (asAlias) for (const n of [from.name, ...from.aliases]) if (n !== into.name) aliases.add(n);
  const merged: Actor = {
    ...into,
    aliases: [...aliases],
    roles: [...new Set([...into.roles, ...from.roles])],
    mentions: sortedUnique([...into.mentions, ...from.mentions]),
    salience: round(into.salience + from.salience),
  };
  drop(list, from, rule);
  for (const m of from.mentions) list.doc.trace?.add('actor', m.start, m.end, rule);
  return replace(list, into, merged);
}

export function drop(list: ActorList, a: Actor, rule: string): void {
  markDropped(list, a.id);
  for (const m of a.mentions) list.doc.trace?.add('actor', m.start, m.end, rule);
}

/** A new actor made of mentions taken from others; the caller takes them off their old actor. */
export function add(list: ActorList, name: string, type: ActorType, mentions: Range[], salience: number): Actor {
  const actor: Actor = {
    id: `a${list.nextId++}`,
    name,
    type,
    roles: [],
    aliases: [],
    mentions: sortedUnique(mentions),
    salience: round(salience),
  };
  list.actors.push(actor);
  list.liveCopy = null;
  return actor;
}

/** The live actor named `name` (or with that alias), case-insensitively, other than `not`. */
export function findByName(list: ActorList, name: string, not?: Actor, type?: ActorType): Actor | undefined {
  const key = name.toLowerCase();
  return list.actors.find(
    (a) =>
      a !== not &&
      !list.dropped.has(a.id) &&
      (!type || a.type === type) &&
      (a.name.toLowerCase() === key || a.aliases.some((n) => n.toLowerCase() === key)),
  );
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
