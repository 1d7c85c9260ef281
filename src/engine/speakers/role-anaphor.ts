/**
 * Descriptive anaphors as speakers (issue 16, claims): "The lawmaker said ...", "the spokeswoman
 * added ..." name no new source; they point back to the person the article introduced with that
 * role ("Rep. Jane Doe (D-Ore.)", "spokeswoman Ann Roe"). A claim whose speaker is such a definite
 * role phrase (and no actor) takes the person actor with a matching role mentioned last before it,
 * unless an unnamed holder of the role ("a lawmaker who asked not to be named") came in between.
 * The source made for the phrase folds into the actor's source.
 *
 * Linear in the claims: the holders' mentions are indexed once (role-holders.ts), a phrase's
 * mentions fold into its actor's source once, and a new mention of an actor goes into its sorted
 * list by search.
 */
import type { Actor, Claim, Range, Source, Speaker } from '../../schema/brief';
import type { Doc } from '../document';
import type { Extracted } from '../furniture-filter';
import { office } from '../actors/role-office';
import { ROLE_MODIFIERS } from '../data/titles';
import { firstStartingAt, lowerBound } from '../text/partition';
import { RoleHolders } from './role-holders';
import { ageEpithet, PersonMentions } from './age-epithet';

/** "the lawmaker", "The veteran lawmaker", "this spokeswoman": a definite determiner, up to two lower-case modifiers, a role noun. */
const ANAPHOR = /^(?:the|this|that)\s+(?:[a-z][a-z-]*\s+){0,2}([a-z]+)$/i;
/** How far around a claim its speaker phrase is looked for when no source holds it. */
const SEARCH = 300;

/** "The mayor of Tarnow", "the governor of the Bay State": "the", a modifier at most, a role noun, "of" and a name. */
const OFFICE_OF_PLACE =
  /^the\s+(?:([a-z][a-z-]*)\s+)?([a-z]+)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)$/iu;

/**
 * Rule speakers/office-of-place-holder: "Mayor Anna Kowal opened the bridge. ... The mayor of Tarnow
 * said": an office "of" a place or body (resolve/office-holder) is the person the article named in
 * that office, when it names exactly one and none of their roles says the office is another
 * place's ("Mayor of Dover"). A modifier of tenure or rank ("the former mayor of", "the deputy
 * mayor of") may be someone else: left as it is.
 */
export function officeOfPlace(name: string): { role: string; place: string } | null {
  const m = OFFICE_OF_PLACE.exec(name.trim());
  if (!m || (m[1] && ROLE_MODIFIERS.has(m[1].toLowerCase())) || /^[A-Z]/.test(m[2])) return null;
  return { role: office(m[2]), place: m[3] };
}

/** A capitalised word, then a title word, ending the text before a mention ("Dover Mayor "). */
const PLACE_BEFORE_TITLE = /(\p{Lu}[\p{L}.-]*)\s+(\p{L}+)\.?\s+$/u;
/** Capitalised words before a title that name no place ("The Mayor", "Former Mayor"). */
const TITLE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'then', ...ROLE_MODIFIERS]);

/** Roles held no longer. */
const FORMER = /\b(?:former|ex|late|then|retired|outgoing)\b/i;

/** How near a holder's mention another place must stand to say whose office it is ("Dover Mayor Ann Lee", "Ann Lee of Dover"). */
const PLACE_NEAR = 40;

/**
 * Is the name after "of" a place the article names (a body's office, "the president of Acme", is
 * not the head of state's), and is the holder's office no other place's: no role of theirs names
 * one ("Mayor of Dover") and no other place stands right around a mention of them?
 */
function holdsOfficeOf(text: string, actor: Actor, role: string, place: string, actors: readonly Actor[]): boolean {
  const own = actors.find((a) => a.name === place);
  if (!own || (own.type !== 'place' && own.type !== 'country')) return false;
  // ("Former Mayor Anna Kowal" is not the mayor now.)
  if (actor.roles.some((r) => (/ of /i.test(r) && !r.includes(place)) || FORMER.test(r))) return false;
  for (const h of actor.mentions) {
    // "Dover Mayor Anna Kowal": a name before the title before a mention.
    const m = PLACE_BEFORE_TITLE.exec(text.slice(Math.max(0, h.start - PLACE_NEAR), h.start));
    if (m && office(m[2]) === role && !place.includes(m[1]) && !TITLE_OPENERS.has(m[1].toLowerCase())) return false;
  }
  for (const a of actors) {
    if (a === own || (a.type !== 'place' && a.type !== 'country')) continue;
    for (const m of a.mentions)
      for (const h of actor.mentions) if (m.end > h.start - PLACE_NEAR && m.start < h.end + PLACE_NEAR) return false;
  }
  return true;
}

/** The role noun of a descriptive anaphor speaker, or null. */
export function anaphorRole(name: string): string | null {
  const m = ANAPHOR.exec(name.trim());
  return m ? office(m[1]) : null;
}

export function resolveRoleAnaphors(doc: Doc, items: Extracted): Extracted {
  const { text } = doc;
  let changed = false;
  const sourceById = new Map(items.sources.map((s) => [s.id, s]));
  // Sources to rewrite: the phrase's source id -> the actor's source (made or found).
  const folded = new Map<string, Source>();
  const sources = items.sources.slice();
  // Actors given new mentions: id -> a copy with them.
  const mentioned = new Map<string, Actor>();
  const holders = new RoleHolders(items.actors);
  // The people's mentions, indexed at the first age epithet (speakers/age-epithet.ts).
  let persons: PersonMentions | undefined;
  /** The phrase sources already folded into their target (a second fold adds nothing). */
  const merged = new Set<Source>();
  /** The source each actor's phrases fold into, by actor id. */
  const madeFor = new Map<string, Source>();
  const claims = items.claims.map((claim) => {
    const sp = claim.speaker;
    if (!sp || sp.actorId) return claim;
    const ofPlace = officeOfPlace(sp.name);
    const role = ofPlace ? ofPlace.role : anaphorRole(sp.name);
    const epithet = role ? null : ageEpithet(sp.name);
    if (!role && !epithet) return claim;
    const phraseSource = claim.sourceIds.map((id) => sourceById.get(id)).find((s) => s?.name === sp.name);
    const phrase = phraseAt(text, sp.name, phraseSource, claim);
    const at = phrase.start;
    const actor = ofPlace
      ? holders.onlyBefore(ofPlace.role, at)
      : role
        ? holders.lastBefore(role, at)
        : (persons ??= new PersonMentions(items.actors, doc.quotes)).lastBefore(at, epithet!);
    if (!actor || (role && unnamedHolderBetween(text, role, holders.lastMentionEnd(actor, at), at))) return claim;
    if (ofPlace && !holdsOfficeOf(text, actor, ofPlace.role, ofPlace.place, items.actors)) return claim;
    changed = true;
    const rule = ofPlace ? 'speakers/office-of-place-holder' : role ? 'speakers/role-anaphor' : 'speakers/age-epithet';
    doc.trace?.add('claim', claim.start, claim.end, rule);
    // The phrase is a mention of the actor (coreference the earlier passes did not make).
    if (phrase.end > phrase.start) addMention(mentioned, actor, phrase);
    const speaker: Speaker = { name: actor.name, actorId: actor.id, anonymous: false };
    if (!phraseSource) return { ...claim, speaker };
    // (Two phrases for one person, "the 71-year-old" and "the retired teacher", fold into one source.)
    let target = folded.get(phraseSource.id) ?? madeFor.get(actor.id);
    if (!target) {
      const own = sources.findIndex((s) => s.name === actor.name);
      target =
        own >= 0
          ? { ...sources[own], mentions: [...sources[own].mentions] }
          : { ...phraseSource, name: actor.name, type: 'person', anonymous: false, mentions: [] };
      if (own >= 0) sources[own] = target;
      madeFor.set(actor.id, target);
    }
    folded.set(phraseSource.id, target);
    if (!merged.has(phraseSource)) {
      merged.add(phraseSource);
      const starts = new Set<number>();
      for (const x of target.mentions) starts.add(x.start);
      for (const m of phraseSource.mentions)
        if (!starts.has(m.start)) {
          starts.add(m.start);
          target.mentions.push(m);
        }
      target.mentions.sort((a, b) => a.start - b.start);
    }
    const sourceIds = [...new Set(claim.sourceIds.map((id) => (id === phraseSource.id ? target.id : id)))];
    return { ...claim, speaker, sourceIds };
  });
  if (!changed) return items;
  // The phrase's source stays only if another claim still cites it.
  const cited = new Set(claims.flatMap((c) => c.sourceIds));
  const kept: Source[] = [];
  for (const s of sources) {
    const into = folded.get(s.id);
    if (into && into.id !== s.id) {
      if (cited.has(s.id)) kept.push(s);
    } else kept.push(into ?? s);
  }
  const actors = mentioned.size ? items.actors.map((a) => mentioned.get(a.id) ?? a) : items.actors;
  return { ...items, actors, claims, sources: kept };
}

/** The longest mention of each actor copy whose mentions are sorted by start (addMention keeps them so). */
const SORTED_COPIES = new WeakMap<Actor, { longest: number }>();

function addMention(mentioned: Map<string, Actor>, actor: Actor, m: Range): void {
  let copy = mentioned.get(actor.id);
  if (!copy) {
    mentioned.set(actor.id, (copy = { ...actor, mentions: [...actor.mentions] }));
    markIfSorted(copy);
  }
  const ms = copy.mentions;
  const sorted = SORTED_COPIES.get(copy);
  if (!sorted) {
    // The actor's own list came out of order: as it stands, then sorted.
    if (ms.some((x) => x.start < m.end && m.start < x.end)) return;
    ms.push({ start: m.start, end: m.end });
    ms.sort((a, b) => a.start - b.start);
    markIfSorted(copy);
    return;
  }
  // Sorted: only a mention starting within the longest mention's length before m can overlap it.
  for (let k = firstStartingAt(ms, m.end) - 1; k >= 0 && ms[k].start > m.start - sorted.longest; k--)
    if (ms[k].start < m.end && m.start < ms[k].end) return;
  // (Where a stable sort puts it: after the mentions starting where it starts.)
  ms.splice(firstStartingAt(ms, m.start + 1), 0, { start: m.start, end: m.end });
  sorted.longest = Math.max(sorted.longest, m.end - m.start);
}

/** Notes the copy's longest mention when its mentions are sorted by start. */
function markIfSorted(copy: Actor): void {
  const ms = copy.mentions;
  let longest = 0;
  for (let k = 0; k < ms.length; k++) {
    if (k > 0 && ms[k - 1].start > ms[k].start) return;
    longest = Math.max(longest, ms[k].end - ms[k].start);
  }
  SORTED_COPIES.set(copy, { longest });
}

/** Where the phrase stands: its source mention nearest the claim, else its occurrence nearest the claim in the text around it, else the claim's start. */
function phraseAt(text: string, name: string, source: Source | undefined, claim: Claim): Range {
  let best: Range = { start: claim.start, end: claim.start };
  let gap = Infinity;
  const ms = source?.mentions;
  if (ms && ms.length > 0) {
    // The mention nearest the claim is the last one starting before it or the first at or after it
    // (by start): a binary search, not a scan of all (a role that speaks thousands of times).
    const { starts, ranges } = sortedMentions(ms);
    const k = lowerBound(starts, claim.start);
    if (k > 0 && distance(claim, ranges[k - 1].start) < gap) {
      gap = distance(claim, ranges[k - 1].start);
      best = { start: ranges[k - 1].start, end: ranges[k - 1].end };
    }
    if (k < ranges.length && distance(claim, ranges[k].start) < gap)
      best = { start: ranges[k].start, end: ranges[k].end };
    return best;
  }
  const lo = Math.max(0, claim.start - SEARCH);
  const hi = Math.min(text.length, claim.end + SEARCH);
  for (let i = text.indexOf(name, lo); i >= 0 && i + name.length <= hi; i = text.indexOf(name, i + 1)) {
    const d = distance(claim, i);
    if (d < gap) [gap, best] = [d, { start: i, end: i + name.length }];
  }
  return best;
}

/**
 * How far `start` lies from the claim (0 inside it). A module function, not a closure made per
 * claim: the bundler's keepNames names a closure each time it is made (a defineProperty).
 */
function distance(claim: Claim, start: number): number {
  return start < claim.start ? claim.start - start : start >= claim.end ? start - claim.end : 0;
}

/** Each source's mentions sorted by start, made once: the pass reads the sources as attribution left them. */
const SORTED_MENTIONS = new WeakMap<readonly Range[], { starts: Float64Array; ranges: Range[] }>();
function sortedMentions(ms: readonly Range[]): { starts: Float64Array; ranges: Range[] } {
  let sorted = SORTED_MENTIONS.get(ms);
  // (Made again if mentions were added since: the length tells.)
  if (!sorted || sorted.ranges.length !== ms.length) {
    const ranges = [...ms].sort((a, b) => a.start - b.start);
    sorted = { starts: Float64Array.from(ranges, (r) => r.start), ranges };
    SORTED_MENTIONS.set(ms, sorted);
  }
  return sorted;
}

/** "a lawmaker who asked not to be named" between the actor's last mention and the anaphor: the anaphor may be that one. */
function unnamedHolderBetween(text: string, role: string, from: number, at: number): boolean {
  const between = text.slice(from, at);
  for (const m of between.matchAll(/\b(?:an?|another|one)\s+(?:[a-z][a-z-]*\s+){0,2}([a-z]+)\b/gi)) {
    if (office(m[1]) === role) return true;
  }
  return false;
}
