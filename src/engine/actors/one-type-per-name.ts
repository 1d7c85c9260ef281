/**
 * One type per name (merge step, actors/merge.ts): a multi-word name the article repeats is one
 * actor, so its mentions must agree on a type. "Democratize Kessock" typed an organisation at two
 * mentions and a person at a third (it spoke: "which Democratize Kessock claimed") came out as two
 * actors with the same name. Where the mentions disagree between person and organisation and all
 * were typed only by their neighbours, organisation wins: what says organisation ("the" before it,
 * an acronym or descriptor beside it) is specific, where person is the default guess for a short
 * run of capitalised words, and bodies speak as often as people do ("Munich Re said"). A type the
 * name's own words give (a first name, a person's title, a gazetteer entry or head word) is never
 * overruled.
 */
import { isFirstName } from '../data/first-names';
import { PERSON_TITLES } from '../data/titles';
import type { Candidate } from './classify';

/** The rule classify records when nothing in the name's words decided its type. */
const CONTEXT_DECIDES = 'classify/context-decides';

/** Is this candidate's type only a guess from its neighbours? */
function guessedFromContext(c: Candidate): boolean {
  if (c.rules[0] !== CONTEXT_DECIDES) return false;
  if (c.type !== 'person') return c.type === 'organization';
  return !(c.titleWord && PERSON_TITLES.has(c.titleWord)) && !isFirstName(c.text.slice(0, c.text.indexOf(' ')));
}

/** Give every multi-word name typed both person and organisation by context alone one type. */
export function oneTypePerName(candidates: Candidate[]): void {
  let byKey: Map<string, Candidate[]> | null = null;
  for (const c of candidates) {
    if ((c.type !== 'person' && c.type !== 'organization') || !c.text.includes(' ')) continue;
    byKey ??= new Map();
    const same = byKey.get(c.key);
    if (same) same.push(c);
    else byKey.set(c.key, [c]);
  }
  if (!byKey) return;
  for (const same of byKey.values()) {
    if (same.length < 2 || same.every((c) => c.type === same[0].type)) continue;
    if (!same.every(guessedFromContext)) continue;
    for (const c of same) {
      if (c.type === 'organization') continue;
      c.type = 'organization';
      c.rules.push('merge/one-type-per-name');
    }
  }
}
