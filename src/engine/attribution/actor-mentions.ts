/**
 * The article's actor mentions as sorted parallel arrays, and the look-ups speaker resolution
 * makes in them: the actor sharing most of a range, a person named inside a longer name, a person
 * heading a phrase ("Alex Bastian of the ... office").
 */
import type { Actor, Range } from '../../schema/brief';
import { lowerBound } from '../text/partition';
import { lazyRegExp } from '../text/lazy-regexp';

/** Every actor mention, sorted by start: parallel arrays, no object per mention. */
export interface Mentions {
  starts: number[];
  ends: number[];
  actors: Actor[];
}

export function actorMentions(actors: Actor[]): Mentions {
  let n = 0;
  for (const a of actors) n += a.mentions.length;
  // Sorted by start, ties in the order read (as a stable sort leaves them), through numeric
  // keys start * n + index: a typed array sorts natively, with no comparator call per pair.
  // (The other lists are plain arrays of small integers: a typed array per call costs more to make.)
  const keys = new Float64Array(n);
  const read: { start: number; end: number }[] = [];
  const readActors: Actor[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      keys[read.length] = m.start * n + read.length;
      read.push(m);
      readActors.push(a);
    }
  }
  keys.sort();
  const starts: number[] = [];
  const ends: number[] = [];
  const sorted: Actor[] = [];
  for (let k = 0; k < n; k++) {
    const j = keys[k] % n;
    starts.push(read[j].start);
    ends.push(read[j].end);
    sorted.push(readActors[j]);
  }
  return { starts, ends, actors: sorted };
}

export function actorAt(mentions: Mentions, r: Range): Actor | null {
  const { starts, ends } = mentions;
  let best: Actor | null = null;
  let bestLen = 0;
  // Mentions are short: any that overlaps r starts within 200 characters before it.
  for (let k = Math.max(0, lastMentionBefore(mentions, r.start - 200)); k < starts.length; k++) {
    const start = starts[k];
    if (start >= r.end) break;
    const shared = Math.min(ends[k], r.end) - Math.max(start, r.start);
    if (shared > bestLen) {
      best = mentions.actors[k];
      bestLen = shared;
    }
  }
  return best;
}

const MAX_MENTIONS_BACK = 64;
/** Mentions that are pronouns resolved to an actor, lower-cased. */
const PRONOUN_MENTIONS: ReadonlySet<string> = new Set([
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
  'they',
  'them',
  'their',
]);

/** After a name, what makes it the actor of its clause: an apposition or a past-tense verb ("Palermo detailed"), not "was". */
const AS_ACTOR = lazyRegExp(String.raw`^(?:,|\s+(?:said|says|told|wrote|\p{Ll}+ed)\b)`, 'u');

/**
 * Whether `actor` is named (a capitalised word, not a pronoun) as the actor of a clause, in a
 * mention starting in [from, to).
 */
export function namedBetween(text: string, mentions: Mentions, actor: Actor, from: number, to: number): boolean {
  const { starts } = mentions;
  // Back from `to`, a bounded number of mentions: a sentence of thousands of them stays linear.
  const last = lastMentionBefore(mentions, to);
  for (let k = last; k >= 0 && k > last - MAX_MENTIONS_BACK && starts[k] >= from; k--) {
    if (mentions.actors[k] !== actor) continue;
    const c = text.charCodeAt(starts[k]);
    if (c < 65 || c > 90 || PRONOUN_MENTIONS.has(text.slice(starts[k], mentions.ends[k]).toLowerCase())) continue;
    if (AS_ACTOR.test(text.slice(mentions.ends[k], mentions.ends[k] + 16))) return true;
  }
  return false;
}

/**
 * The person named inside a longer name, when there is one: "Craig Holman of Public Citizen"
 * speaks as Craig Holman, not as the body he is of (the longest person mention wholly inside r).
 */
export function personIn(mentions: Mentions, r: Range): Actor | null {
  const { starts, ends } = mentions;
  let best: Actor | null = null;
  let bestLen = 0;
  for (let k = Math.max(0, lastMentionBefore(mentions, r.start)); k < starts.length && starts[k] < r.end; k++) {
    const actor = mentions.actors[k];
    if (starts[k] < r.start || ends[k] > r.end || actor.type !== 'person') continue;
    if (ends[k] - starts[k] > bestLen) {
      best = actor;
      bestLen = ends[k] - starts[k];
    }
  }
  return best;
}

/** The person whose mention opens the phrase r and is followed by " of " ("Alex Bastian of the ... office"), or null. */
/** What joins a person to the body they speak from: "of", "at", "with", "from" ("Dan Ruiz at the Tribune"). */
const HEAD_LINKS = /^ (?:of|at|with|from) /;

export function personOfHead(text: string, mentions: Mentions, r: Range): Actor | null {
  const { starts, ends } = mentions;
  for (let k = Math.max(0, lastMentionBefore(mentions, r.start)); k < starts.length && starts[k] < r.end; k++) {
    if (starts[k] < r.start || starts[k] > r.start + 40) continue;
    const actor = mentions.actors[k];
    if (actor.type === 'person' && ends[k] < r.end && HEAD_LINKS.test(text.slice(ends[k], ends[k] + 6))) return actor;
  }
  return null;
}

/** Index of the last mention starting before x, or -1. */
function lastMentionBefore(items: Mentions, x: number): number {
  return lowerBound(items.starts, x) - 1;
}

/** Whether `actor` is named inside r: whom a speaker names in their own words is not who speaks them. */
export function mentionedIn(mentions: Mentions, actor: Actor | null, r: Range): boolean {
  if (!actor) return false;
  const { starts } = mentions;
  for (let k = Math.max(0, lastMentionBefore(mentions, r.start) + 1); k < starts.length && starts[k] < r.end; k++)
    if (mentions.actors[k] === actor && starts[k] >= r.start) return true;
  return false;
}
