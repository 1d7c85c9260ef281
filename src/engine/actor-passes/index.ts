/**
 * Actor passes: run over the actor list after findActors (actors/index.ts) and before attribution
 * reads it, each fixing one class of error in what an actor is:
 * - a company suffix alone ("LLC") is no actor;
 * - a name repeated by a credit line ("Reuters Reuters") is one name;
 * - an all-caps form ("DONALD TRUMP") joins the mixed-case actor, and an actor named by its
 *   all-caps form ("IRAN") takes the mixed-case one the article also writes ("Iran");
 * - parts of one name split apart ("South" / "Dakota" across a line break, "J Street",
 *   "Doctors without Borders") are joined;
 * - "Donald Trump Jr." is not "Donald Trump";
 * - a garbled forename opening a sentence ("Bron Tallis" for "Marcus Tallis") is the other person;
 * - a person swallowed into a longer name ("Joe Smith administration", "FBI Agent Peter Strzok")
 *   is an actor of their own;
 * - a surname with its apostrophe lost ("Arnolds") is that person;
 * - a common word opening sentences, a shouted word ("SIGNED") and a Title Case phrase after
 *   "this" are no actors;
 * - an acronym defined for a phrase in lower case ("traumatic brain injury (TBI)") is no actor;
 * - a nationality adjective ("Ostrian forces") and a word talked about (the term "X") are no actors;
 * - a name inside a quoted Title Case label (a rating "Pants on Fire", a series title) is no actor;
 * - a clipped party name ("the Dems") is the party's group ("Democrats"), its adjective ("a Dem aide") no actor;
 * - a party label before a name ("Republican Trump") is a role, not part of the name; a
 *   party-and-state tag ("D-N.Y.", "R-Texas") is no actor;
 * - a one-word name in a list of places ("Kessock (1), Port Ellery (2)") is a place;
 * - an unknown one-word name with a place's surroundings ("Kessock, Ohio") is a place; the
 *   forename or surname of a person named in full, guessed a place or body, is that person;
 * - a publication typed as a person ("the Liberty Ledger newsletter") is an organisation; a
 *   several-word "person" always after an article is a product ("a Ford Raptor") or a body;
 * - a "person" described as a body or a town ("X is a non-partisan group", "X, a private school")
 *   is one; the words of a title described as a work ("X, a book analyzing ...") name no one;
 * - a role read across a sentence boundary goes.
 * Ids are kept (gaps and all); a new actor gets the next free id. Linear in the mentions.
 */
import type { Actor } from '../../schema/brief';
import type { Doc } from '../document';
import {
  dropCrossSentenceRoles,
  dropDemonyms,
  dropTermMentions,
  mergeBarePossessive,
  typeByDeterminer,
  typeByEvidence,
} from './evidence';
import { actorList, live } from './list';
import { dropCommonWords } from './common-words';
import { dropTermAcronyms } from './term-acronyms';
import { dropQuotedLabels } from './quoted-labels';
import { unshoutNames } from './shouted-names';
import { mergeGarbledForenames } from './garbled-names';
import { dropPartyLabels, dropPartyTags, expandClippedParties } from './clipped-parties';
import { typePlacesInLists } from './list-places';
import { typeTurnLabels } from './turn-labels';
import { typeByDescription } from './described';
import { mergeNameParts, typeLonePlaces } from './lone-names';
import {
  attachSwallowed,
  collapseRepeated,
  dropSuffixOnly,
  joinSplitNames,
  mergeCaseVariants,
  mergeMiddleInitials,
  splitGenerational,
} from './names';

export function refineActors(doc: Doc, actors: Actor[]): Actor[] {
  if (actors.length === 0) return actors;
  const list = actorList(doc, actors);
  dropSuffixOnly(list);
  dropPartyTags(list);
  collapseRepeated(list);
  mergeCaseVariants(list);
  unshoutNames(list);
  joinSplitNames(list);
  mergeMiddleInitials(list);
  mergeGarbledForenames(list);
  splitGenerational(list);
  attachSwallowed(list);
  mergeBarePossessive(list);
  dropDemonyms(list);
  expandClippedParties(list);
  dropPartyLabels(list);
  dropTermMentions(list);
  dropQuotedLabels(list);
  dropCommonWords(list);
  dropTermAcronyms(list);
  typeByEvidence(list);
  typeByDescription(list);
  typeByDeterminer(list);
  typeTurnLabels(list);
  typePlacesInLists(list);
  typeLonePlaces(list);
  mergeNameParts(list);
  dropCrossSentenceRoles(list);
  // Nothing changed: the list as findActors gave it (salience untouched).
  if (list.dropped.size === 0 && list.actors.length === actors.length && list.actors.every((a, i) => a === actors[i]))
    return actors;
  // An alias that is the name in another case ("DONALD TRUMP") is no alias.
  const out = live(list).map((a) => {
    if (a.aliases.length === 0) return a;
    const seen = new Set([a.name.toLowerCase()]);
    const aliases = a.aliases.filter((n) => !seen.has(n.toLowerCase()) && !!seen.add(n.toLowerCase()));
    return aliases.length === a.aliases.length ? a : { ...a, aliases };
  });
  // Salience stays a share of the actors listed, highest first as findActors gives them.
  const total = out.reduce((sum, a) => sum + a.salience, 0);
  const shared = total > 0 ? out.map((a) => withSalience(a, Math.round((a.salience / total) * 1000) / 1000)) : out;
  return shared.sort((x, y) => y.salience - x.salience);
}

/** `{ ...a, salience }`, written out (an actor has these fields, in this order; the spread was slow). */
function withSalience(a: Actor, salience: number): Actor {
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    roles: a.roles,
    aliases: a.aliases,
    mentions: a.mentions,
    salience,
  };
}
