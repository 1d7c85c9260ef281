/**
 * Attribution: who said what (claims) and on whose word (sources).
 *
 * Approach: `findDrafts` (attribution/drafts.ts) finds each claim's content, cue, speaker phrase
 * and channels with local rules around quotations and cue verbs. This module then walks the
 * drafts in reading order and resolves each speaker: a pronoun to the actor whose mention it is
 * (Engine I's coreference), else to the nearest name before it in the sentence, else to the
 * previous claim's speaker; a titled phrase to its name ("Retired Lt. Gen. Michael Flynn" ->
 * "Michael Flynn"); unnamed sourcing ("two U.S. officials", "the same official") to an anonymous
 * speaker joined to its source. Channels and sourcing inside the content become the claim's
 * `sourceIds`, so "Politico reported ... two U.S. officials said" keeps both Politico (the
 * speaker) and the officials (sources of the claim).
 *
 * Layout: drafts.ts (the passes) -> claims.ts (which drafts are claims) -> resolution.ts (speakers)
 * -> source-linking.ts (channels and unnamed sourcing); sources.ts keeps the source registry.
 *
 * Known limits: no parser; a speaker phrase is the words before the cue back to a clause
 * boundary, and content runs to the end of the sentence. Nested reported speech inside an
 * indirect claim is a claim of its own.
 */
import type { Actor, Claim, Source } from '../../schema/brief';
import type { Doc } from '../document';
import { byClaimSpan, claimDrafts, claimsInOrder, numberClaims, quotesOf } from './claims';
import { Continuations } from './continuation';
import { findDrafts, outerQuotes } from './drafts';
import { resolveClaims } from './resolution';
import { actorAt, actorMentions } from './actor-mentions';
import { scanAllAnonymous } from './source-linking';
import { SourceRegistry, scanEmbedCredits } from './sources';

export interface Attribution {
  claims: Claim[];
  sources: Source[];
}

export function findAttribution(doc: Doc, actors: Actor[]): Attribution {
  const { text } = doc;
  const quotes = quotesOf(doc);
  const outer = outerQuotes(quotes);
  const found = findDrafts(doc, quotes, outer);
  const drafts = claimDrafts(text, found.drafts);
  const names = doc.names;
  const registry = new SourceRegistry(doc.trace);
  const mentions = actorMentions(actors);

  // Unnamed sourcing and embedded-post credits, wherever they stand.
  scanAllAnonymous(text, found.sourcing, registry);
  scanEmbedCredits(text, doc.paragraphs, registry, (r) => {
    const actor = actorAt(mentions, r);
    return actor ? (actor.type === 'person' ? 'person' : 'organization') : null;
  });
  registry.indexAnonymous();

  // (Each loop in a function of its own, and the work per draft too: this runs once per document,
  // and on claim-dense text V8 optimises small functions sooner, and a long loop mid-way (OSR) at
  // less cost.)
  const continuations = new Continuations();
  const claims = resolveClaims(
    text,
    drafts,
    found.stream,
    names,
    mentions,
    actors,
    registry,
    outer,
    doc.trace,
    continuations,
  );
  // Claims mostly come in text order already: sort only when one is out of place (the sort is stable, so the order is the same).
  if (!claimsInOrder(claims)) claims.sort(byClaimSpan);
  numberClaims(claims);
  continuations.write();
  return { claims, sources: registry.list };
}
