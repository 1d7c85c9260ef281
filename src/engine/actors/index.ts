/**
 * Actors: people, organisations, countries, places and groups, one per entity, with roles,
 * aliases, mentions (pronouns resolved) and salience.
 *
 * Approach, over the proper names of `doc.names` (text/names.ts):
 * 1. Type each name from gazetteers (data/countries, outlets, platforms, organizations), its head
 *    word ("Security Council", "Islamic State"), its shape (acronyms are organisations) and the
 *    word after it ("Biden administration" is an organisation, "U.S. officials" and "NATO
 *    specialists" are groups). A demonym alone ("Russian forces" aside) is an adjective, not an actor.
 * 2. One actor per entity: multi-word person names first; a one-word name that is the last (or
 *    first) word of a person already named is that person ("Medvedev" -> "Dmitry Medvedev");
 *    countries merge by their canonical name ("US", "U.S."); the rest by their lower-cased text.
 *    The canonical name is the fullest form used in the article, the others are aliases. An
 *    acronym joins its expansion as an alias (actors/acronyms.ts: "Federal Bureau of
 *    Investigation (FBI)", "Department of Justice" and "DOJ", "Islamic State" and "ISIS").
 * 3. Roles from titles and appositions (actors/roles.ts); pronouns (actors/pronouns.ts): he/she
 *    to people, they/their to groups.
 * 4. Salience: the actor's share of a weighted mention count, where a mention in the title or
 *    first paragraph counts more, a pronoun less, and a mention as a speaker ("X said") more.
 *
 * Step 1 is actors/classify.ts, 2 and 3 actors/merge.ts, 4 actors/salience.ts. Clubs in sports
 * tables are organisations, whatever place they are named after (text/tables.ts).
 *
 * Known limits: a one-word name nobody else explains ("Mutu scored") is guessed to be a person.
 */
import type { Actor } from '../../schema/brief';
import type { Doc } from '../document';
import { classify } from './classify';
import { mergeEntities } from './merge';
import { rankActors } from './salience';

/** The actors of the document, most salient first: classify, merge, rank. */
export function findActors(doc: Doc): Actor[] {
  return rankActors(mergeEntities(doc, classify(doc)));
}
