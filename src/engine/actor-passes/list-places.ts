/**
 * A one-word name in a list of places is a place: "Dunmore (3), Kessock (1), Port Ellery (2) and
 * Halvig (1)" or "flights to Lisbon, Kessock and Oslo". Unknown one-word names default to organisations
 * (actors/classify.ts), so the town no gazetteer knows came out typed as a body beside the towns
 * that were known.
 *
 * A list is a run of named mentions separated only by a comma, "and"/"or", or a count in brackets
 * after each item. An organisation in it becomes a place when its name is one word, not in
 * capitals (an acronym, "NATO"), not a gazetteer organisation or outlet, every mention of it is in
 * such lists, and each list either carries a count in brackets after every item ("Halvig (1)")
 * and holds a place, or follows a preposition of place ("to Lisbon, Kessock and Oslo") and holds at
 * least two places or countries and more places than bodies ("France, Germany and Siemens signed"
 * has no preposition: Siemens stays a body).
 *
 * Linear: the mentions are read once in text order.
 */
import type { Actor, Range } from '../../schema/brief';
import { ORGANIZATIONS } from '../data/organizations';
import { isOutlet } from '../data/outlets';
import { everyNamed, live, named, replace, type ActorList } from './list';

/** What may stand between two items of a list (a count after the first item included). */
const LIST_GAP = /^(?:[ \t]*\(\d{1,6}\))?(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$/u;
/** The longest gap between two items of a list. */
const MAX_GAP = 20;
const COUNTED = /^[ \t]*\(\d{1,6}\)/u;
const PLACE_TYPES = new Set(['place', 'country']);
/** A preposition of place right before a list ("flights to Lisbon, Kessock and Oslo"). */
const LOCATIVE_BEFORE = /\b(?:in|to|from|at|near|across|between|around|throughout)[ \t]+$/u;

interface Item {
  m: Range;
  a: Actor;
}

function isCandidate(a: Actor): boolean {
  if (a.type !== 'organization' || /\s/u.test(a.name)) return false;
  if (a.name === a.name.toUpperCase()) return false;
  return !ORGANIZATIONS.has(a.name.toLowerCase()) && !isOutlet(a.name);
}

export function typePlacesInLists(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  const actors = live(list).filter((a) => !list.dropped.has(a.id));
  // (Judged once: no actor changes before the last loop.)
  const candidates = actors.filter(isCandidate);
  // A candidate becomes a place only when every named mention of it stands in a list, so with a
  // list's comma, "and", "or" or count beside it: with no such candidate there is nothing to read.
  if (!candidates.some((a) => everyNamed(doc, a, (m) => mayJoinList(text, m)))) return;
  const items: Item[] = [];
  for (const a of actors) for (const m of named(doc, a)) items.push({ m, a });
  sortByStart(items);

  // For each candidate: mentions seen in a good list, and mentions seen at all.
  const inList = new Map<string, number>();
  let from = 0;
  for (let i = 1; i <= items.length; i++) {
    const prev = items[i - 1];
    const joined =
      i < items.length &&
      items[i].m.start - prev.m.end <= MAX_GAP &&
      mayBeListGap(text, prev.m.end, items[i].m.start) &&
      LIST_GAP.test(text.slice(prev.m.end, items[i].m.start));
    if (joined) continue;
    if (i - from >= 2) judge(text, items.slice(from, i), inList);
    from = i;
  }
  for (const a of candidates) {
    if (list.dropped.has(a.id)) continue;
    const ms = named(doc, a);
    if (ms.length === 0 || inList.get(a.id) !== ms.length) continue;
    replace(list, a, { ...a, type: 'place' });
    for (const m of ms) doc.trace?.add('actor', m.start, m.end, 'actor-passes/place-in-list');
  }
}

/**
 * Might the mention stand in a list, by what LIST_GAP allows between two items: after it spaces or
 * tabs, then a count's bracket, a comma, or (after a space) the "a" of "and" or "o" of "or"; before
 * it a comma and spaces or tabs, or the "d" of "and" or "r" of "or" and spaces or tabs. (A test
 * that lets more through than LIST_GAP: it only rules out.)
 */
function mayJoinList(text: string, m: Range): boolean {
  // (Items are joined across at most MAX_GAP characters: no scan goes further.)
  let j = m.end;
  while (j < m.end + MAX_GAP && isSpaceOrTab(text.charCodeAt(j))) j++;
  const after = j < m.end + MAX_GAP ? text.charCodeAt(j) : -1;
  if (after === 40 || after === 44 || (j > m.end && (after === 97 || after === 111))) return true;
  let i = m.start - 1;
  while (i >= m.start - MAX_GAP && i >= 0 && isSpaceOrTab(text.charCodeAt(i))) i--;
  const before = i >= m.start - MAX_GAP ? text.charCodeAt(i) : -1;
  return before === 44 || (i < m.start - 1 && (before === 100 || before === 114));
}

/**
 * Might text[from, to) be a LIST_GAP: not empty, opening with a space, tab, a count's bracket or a
 * comma, and ending with a comma, space or tab (the text after "and"/"or")? Most gaps between
 * two near names are neither ("Trump's", "Smith-Jones"): no slice, no regex.
 */
function mayBeListGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  return (isSpaceOrTab(first) || first === 40 || first === 44) && (isSpaceOrTab(last) || last === 44);
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * `items.sort((x, y) => x.m.start - y.m.start)` (stable: items starting together keep their
 * order) as one sort of numbers, start then place in the list, with no comparator calls.
 */
function sortByStart(items: Item[]): void {
  const n = items.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = items[i].m.start * n + i;
  keys.sort();
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[keys[i] % n];
}

function judge(text: string, run: Item[], inList: Map<string, number>): void {
  if (run.length < 2) return;
  let places = 0;
  let bodies = 0;
  for (const { a } of run) {
    if (PLACE_TYPES.has(a.type)) places++;
    else if (a.type === 'organization') bodies++;
    else return; // a person or a group in the list: not a list of places
  }
  const counted = run.every(({ m }) => COUNTED.test(text.slice(m.end, m.end + 10)));
  const start = run[0].m.start;
  const located = LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (counted ? places < 1 : !located || places < 2 || places <= bodies) return;
  for (const { a } of run) if (isCandidate(a)) inList.set(a.id, (inList.get(a.id) ?? 0) + 1);
}
