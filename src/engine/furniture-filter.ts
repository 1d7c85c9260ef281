/**
 * The furniture filter: applied after extraction, it takes out of a brief whatever came from page
 * furniture (doc.furniture, text/furniture.ts), so a headline word, a byline, a photo credit, a poll
 * option or a comment form never becomes an actor, a claim, a source or a caveat.
 *
 * - Actors: one whose every mention lies in furniture is dropped; the others lose their furniture
 *   mentions (so the page does not mark dimmed text). Ids are kept as they were, gaps and all.
 * - The article's own title line (doc.titleRange) is the outlet's voice: its claims ("Senator says
 *   ...") and author-voice caveats stay, and so does an actor who speaks there, though a headline
 *   word named nowhere else ("FAKE NEWS", "Storm Warning") is no actor.
 * - Claims: one that lies mostly in furniture is dropped, with one exception decided here: the text
 *   of an embedded post (kind `embed`) is still a claim when its speaker is an actor the article
 *   names outside furniture ("the senator wrote on X:" and then the post). The post's own credit
 *   line never makes its author a speaker, and the post is never the author's voice.
 *   A claim whose text runs across a post's credit line (a quotation pairing the marks of two
 *   posts) is dropped too.
 *   A kept claim whose speaker was a dropped actor (a dateline city, a byline) gets `speaker: null`;
 *   one that opens in a dateline or a run-in heading ("BOSTON — The city will ..., the mayor said")
 *   starts after it; one with no cue word right after either ("LISBON: The mayor said ...") is the
 *   dateline or heading read as a speaker's label, and is dropped.
 * - Aliases and names written only in furniture go with their mentions ("LISBON:" above "in Lisbon").
 * - Sources: one whose every mention lies in furniture is dropped, except in a dateline's agency tag
 *   ("PARIS (AFP) -" credits the agency for the story; its place is no source) and in an embedded post's credit line
 *   (the post's author is where the embedded material comes from, so it is a source, not an actor).
 * - After the speaker check (dropSpeakerlessTitleClaims), a title claim left with no speaker goes.
 * - Caveats: one that lies mostly in furniture is dropped, whatever its voice, except in the
 *   article's own title line: a headline's loaded words are the outlet's, so they stay author voice.
 *
 * Linear in the items plus a binary search per span.
 */
import type { Actor, Caveat, Claim, Source } from '../schema/brief';
import type { Doc } from './document';
import { furnitureAt, furnitureOverlap, type Furniture, type FurnitureKind } from './text/furniture';
import { firstEndingAfter } from './text/partition';
import { isSpaceCode } from './text/spaces';

export interface Extracted {
  actors: Actor[];
  claims: Claim[];
  sources: Source[];
  caveats: Caveat[];
}

const notEmbed = (kind: FurnitureKind) => kind !== 'embed';
/** Furniture that still credits a source: a dateline's agency tag, an embedded post's author. */
const hidesSources = (kind: FurnitureKind) => kind !== 'dateline' && kind !== 'embed-credit';

/** Does [start, end) hold a whole embedded post's credit line with text on both sides of it? */
function crossesCredit(ranges: Furniture[], start: number, end: number): boolean {
  const lo = firstEndingAfter(ranges, start);
  for (let i = lo; i < ranges.length && ranges[i].start < end; i++) {
    const r = ranges[i];
    if (r.kind === 'embed-credit' && r.start > start && r.end < end) return true;
  }
  return false;
}

/** Furniture that can open a line of prose: a dateline ("BOSTON —") or a run-in heading ("The Gap Goes On:"). */
const opensProse = (kind: FurnitureKind | undefined) => kind === 'dateline' || kind === 'headline';

/**
 * Does a dateline, or a run-in heading on the same line, end right before `start` (white space
 * between)? (A headline line above a quotation may still say whose it is.)
 */
function afterLineOpener(text: string, ranges: Furniture[], start: number): boolean {
  let i = start;
  let newline = false;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) {
    i--;
    if (text.charCodeAt(i) === 10) newline = true;
  }
  const at = furnitureAt(ranges, i - 1, i);
  return at?.end === i && (at.kind === 'dateline' || (at.kind === 'headline' && !newline));
}

/**
 * The furniture range that holds text[start, end), if `counts` (when given) counts its kind. This
 * and the helpers below are module functions, not closures made per brief: the bundler's
 * keepNames names a closure on every call (a defineProperty each).
 */
function inside(
  ranges: Furniture[],
  start: number,
  end: number,
  counts?: (kind: FurnitureKind) => boolean,
): Furniture | null {
  const at = furnitureAt(ranges, start, end);
  return at && (!counts || counts(at.kind)) ? at : null;
}

/** Is at least half of text[start, end) furniture (of the kinds `counts` counts)? */
function mostly(ranges: Furniture[], start: number, end: number, counts?: (kind: FurnitureKind) => boolean): boolean {
  return end > start && furnitureOverlap(ranges, start, end, counts) * 2 >= end - start;
}

function inTitle(title: Doc['titleRange'], start: number, end: number): boolean {
  return !!title && start >= title.start && end <= title.end;
}

/** A dateline credits a source only in its agency tag, "PARIS (AFP) -"; its place ("BEIJING:") is none. */
function hidden(text: string, ranges: Furniture[], start: number, end: number): boolean {
  const at = inside(ranges, start, end);
  return !!at && (hidesSources(at.kind) || (at.kind === 'dateline' && text[start - 1] !== '('));
}

/** The names written by the mentions. */
function said(text: string, ms: readonly { start: number; end: number }[]): Set<string> {
  return new Set(ms.map((m) => text.slice(m.start, m.end)));
}

export function filterFurniture(doc: Doc, items: Extracted): Extracted {
  const ranges = doc.furniture;
  if (ranges.length === 0) return items;
  const trace = doc.trace;
  const title = doc.titleRange;

  // Actors named only in furniture (the title line counts) are dropped, unless they speak in the title.
  const dropped = new Set<string>();
  for (const actor of items.actors)
    if (actor.mentions.every((m) => inside(ranges, m.start, m.end))) dropped.add(actor.id);

  // A dateline credits a source only in its agency tag, "PARIS (AFP) -"; its place ("BEIJING:") is none.
  const droppedSources = new Set<string>();
  const sources: Source[] = [];
  for (const source of items.sources) {
    if (
      source.mentions.length > 0 &&
      source.mentions.every((m) => !inTitle(title, m.start, m.end) && hidden(doc.text, ranges, m.start, m.end))
    ) {
      droppedSources.add(source.id);
      for (const m of source.mentions) trace?.add('source', m.start, m.end, 'furniture/drop');
      continue;
    }
    sources.push(source);
  }

  for (const claim of items.claims)
    if (inTitle(title, claim.start, claim.end) && claim.speaker?.actorId) dropped.delete(claim.speaker.actorId);
  const claims: Claim[] = [];
  for (const claim of items.claims) {
    // The article's own title is the outlet's reporting: "Senator says ..." there is a claim.
    if (inTitle(title, claim.start, claim.end)) {
      claims.push(claim);
      continue;
    }
    const spokenBy = claim.speaker?.actorId && !dropped.has(claim.speaker.actorId) ? claim.speaker.actorId : null;
    // An embedded post counts as furniture unless the article itself names who posted it.
    const counts = spokenBy ? notEmbed : undefined;
    // A quotation running across a post's credit line is embedded posts run together, not one claim;
    // a claim that opens in a widget ("American Raj: ... Best Price: $5.99 ...") was read off the widget.
    const opening = inside(ranges, claim.start, claim.start + 1);
    // "BOSTON — The city will ..., the mayor said": the words start after the dateline (or run-in
    // heading); a long one (a wire page's headline, date and byline before it) must not drown them.
    const trimmed = opening && opensProse(opening.kind) && opening.end < claim.end ? opening.end : -1;
    if (
      mostly(ranges, trimmed >= 0 ? trimmed : claim.start, claim.end, counts) ||
      crossesCredit(ranges, claim.start, claim.end) ||
      opening?.kind === 'widget'
    ) {
      trace?.add('claim', claim.start, claim.end, 'furniture/drop');
      continue;
    }
    if (claim.cue === null && afterLineOpener(doc.text, ranges, claim.start)) {
      // "LISBON: The mayor said ...", "The Gap Goes On: Rents rose ...": a dateline or a run-in
      // heading read as a speaker's label (no cue word speaks).
      trace?.add('claim', claim.start, claim.end, 'furniture/drop:dateline-label');
      continue;
    }
    let kept = claim;
    if (opening && trimmed >= 0) {
      let start = trimmed;
      while (start < claim.end && isSpaceCode(doc.text.charCodeAt(start))) start++;
      kept = { ...kept, start, text: doc.text.slice(start, claim.end) };
      trace?.add('claim', start, claim.end, `furniture/trim:${opening.kind}`);
    }
    if (claim.speaker?.actorId && dropped.has(claim.speaker.actorId)) {
      kept = { ...kept, speaker: null };
      trace?.add('claim', claim.start, claim.end, 'furniture/speaker-in-furniture');
    }
    if (kept.sourceIds.some((id) => droppedSources.has(id)))
      kept = { ...kept, sourceIds: kept.sourceIds.filter((id) => !droppedSources.has(id)) };
    claims.push(kept);
  }

  const actors: Actor[] = [];
  for (const actor of items.actors) {
    if (dropped.has(actor.id)) {
      for (const m of actor.mentions)
        trace?.add('actor', m.start, m.end, `furniture/drop:${inside(ranges, m.start, m.end)?.kind}`);
      continue;
    }
    // Mentions in the title stay (it is shown with the brief); other furniture mentions go.
    const mentions = actor.mentions.filter((m) => inTitle(title, m.start, m.end) || !inside(ranges, m.start, m.end));
    if (mentions.length === actor.mentions.length) {
      actors.push(actor);
      continue;
    }
    // An alias written only in furniture ("BEIJING:" above "in Beijing") goes with its mentions.
    const kept = said(doc.text, mentions);
    const keptSet = new Set(mentions);
    const gone = said(
      doc.text,
      actor.mentions.filter((m) => !keptSet.has(m)),
    );
    let aliases = actor.aliases.filter((a) => !(gone.has(a) && !kept.has(a)));
    let name = actor.name;
    // The name itself written only there ("LISBON:" first): the longest name the prose uses names it.
    let renamed: string | undefined;
    if (gone.has(name) && !kept.has(name))
      for (const a of aliases) if (kept.has(a) && a.length > (renamed?.length ?? 0)) renamed = a;
    if (renamed) {
      name = renamed;
      aliases = aliases.filter((a) => a !== renamed);
    }
    actors.push({ ...actor, name, mentions, aliases });
  }

  // Salience is a share of the actors listed: what the dropped ones held goes to the others.
  const total = actors.reduce((sum, a) => sum + a.salience, 0);
  if (actors.length < items.actors.length && total > 0)
    for (let i = 0; i < actors.length; i++)
      actors[i] = { ...actors[i], salience: Math.round((actors[i].salience / total) * 1000) / 1000 };

  const caveats = items.caveats.filter((caveat) => {
    // The article's own title is the outlet's voice: its loaded words are the author's.
    if (title && caveat.start >= title.start && caveat.end <= title.end) return true;
    if (!mostly(ranges, caveat.start, caveat.end)) return true;
    trace?.add('caveat', caveat.start, caveat.end, 'furniture/drop');
    return false;
  });
  return { actors, claims, sources, caveats };
}

/**
 * Run after the speaker check: a claim in the title line whose speaker came out null ("Lawyer:
 * Dealer saw nothing", where a bare common noun is no speaker) is only the headline; the title
 * keeps a claim when it names who speaks ("Mayor Grindle Says ...").
 */
export function dropSpeakerlessTitleClaims(doc: Doc, claims: Claim[]): Claim[] {
  const title = doc.titleRange;
  if (!title) return claims;
  if (!claims.some((c) => c.speaker === null && c.start >= title.start && c.end <= title.end)) return claims;
  return claims.filter((c) => {
    if (c.speaker !== null || !(c.start >= title.start && c.end <= title.end)) return true;
    doc.trace?.add('claim', c.start, c.end, 'furniture/drop:speakerless-title');
    return false;
  });
}
