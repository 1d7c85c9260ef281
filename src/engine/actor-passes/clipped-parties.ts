/**
 * A party's members named by a clipped, informal form ("the Dems", "Repubs") are the party's
 * group as the article would name it in full ("Democrats"): the actor is renamed, or joins the
 * actor of the full name, and the clipped form is no alias (it is a spelling, as capitals are).
 * The singular used as an adjective ("a Dem aide", "Farrakhan's Dem fandom": every mention
 * followed by a lower-case word) names nobody and goes, as a nationality adjective does.
 * The forms are data (data/actor-words.ts CLIPPED_PARTIES). Linear in the actors.
 */
import { CLIPPED_PARTIES } from '../data/actor-words';
import { drop, findByName, live, merge, named, replace, type ActorList } from './list';

const NEXT_LOWER = /^[ \t]+\p{Ll}/u;

export function expandClippedParties(list: ActorList): void {
  const { doc } = list;
  for (const a of live(list)) {
    if (a.type === 'person' || list.dropped.has(a.id)) continue;
    const clipped = CLIPPED_PARTIES.get(a.name.toLowerCase());
    if (!clipped) continue;
    const ms = named(doc, a);
    if (clipped.singular) {
      if (ms.length > 0 && ms.every((m) => NEXT_LOWER.test(doc.text.slice(m.end, m.end + 4))))
        drop(list, a, 'actor-passes/clipped-party-adjective');
      continue;
    }
    const full = findByName(list, clipped.plural, a);
    if (full) {
      merge(list, full, a, 'actor-passes/clipped-party', false);
      continue;
    }
    for (const m of ms) doc.trace?.add('actor', m.start, m.end, 'actor-passes/clipped-party');
    replace(list, a, { ...a, name: clipped.plural, type: 'group', aliases: a.aliases.filter((n) => n !== a.name) });
  }
}
