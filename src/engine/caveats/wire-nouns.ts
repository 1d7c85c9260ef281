/**
 * The wire's plain nouns for armed fighters and explosions are not the author's charge (issue 16,
 * precision on objective sentences): "Hamas militants crossed the border", "the militant group
 * claimed the attack", "a car bomb blast killed 12 people", "two blasts rocked the capital". The
 * words are in the loaded lexicon for their other senses: "militant" of a person's or a creed's
 * zeal ("militant feminists", "the Church's militant opposition") and "blast" as the charged verb of
 * criticism ("the mayor blasted the plan").
 *
 * Structure (data/news-senses.ts):
 * - rule wire-nouns/armed-fighters: the draft starts on the plural noun "militants" (an adjective
 *   never takes the plural), or on "militant" right before a noun of an armed body ("group",
 *   "faction", "commander");
 * - rule wire-nouns/explosion: the draft starts on "blast(s)" read as a noun: right after a
 *   determiner, a number or what goes off ("a", "two", "bomb", "gas"), or right before what an
 *   explosion does or leaves ("killed", "rocked", "victims", "site"). "U.S. blasts release" and
 *   "Democrats blast the plan", a subject and the verb with its object, stay flagged.
 *
 * Linear: per loaded draft, a set lookup and a look at a word on each side.
 */
import type { Doc } from '../document';
import {
  ARMED_BODY_HEADS,
  ARMED_FIGHTER_NOUNS,
  EXPLOSION_AFTER,
  EXPLOSION_NOUNS,
  EXPLOSIVE_SOURCES,
} from '../data/news-senses';
import { DETERMINERS } from '../data/speaker-words';
import type { Draft } from './author-voice';

const FIGHTERS = new Set(ARMED_FIGHTER_NOUNS);
const BODY_HEADS = new Set(ARMED_BODY_HEADS);
const EXPLOSIONS = new Set(EXPLOSION_NOUNS);
const SOURCES = new Set(EXPLOSIVE_SOURCES);
const AFTER = new Set(EXPLOSION_AFTER);
const RE_NUMBER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|twin|multiple)$/;
/** How far on each side the neighbouring word is looked for, in characters. */
const REACH = 30;

export function quietWireNouns(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const rule = d.voice === 'author' && d.kind === 'loaded-language' ? wireSense(doc, d) : null;
    if (rule) {
      doc.trace?.add('caveat', d.start, d.end, rule);
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function wireSense(doc: Doc, d: Draft): string | null {
  const first = doc.words.range(d.start, d.end)[0];
  if (!first || first.start !== d.start) return null;
  const { text } = doc;
  const after = doc.words.range(first.end, Math.min(text.length, first.end + REACH))[0];
  const adjacent = (a: { end: number }, b: { start: number }) => /^[\s-]+$/.test(text.slice(a.end, b.start));
  if (FIGHTERS.has(first.norm)) return 'wire-nouns/armed-fighters';
  if (first.norm === 'militant' && after && BODY_HEADS.has(after.norm) && adjacent(first, after))
    return 'wire-nouns/armed-fighters';
  if (!EXPLOSIONS.has(first.norm)) return null;
  const before = doc.words.range(Math.max(0, first.start - REACH), first.start);
  const prev = before[before.length - 1];
  if (
    prev &&
    adjacent(prev, first) &&
    (DETERMINERS.has(prev.norm) || RE_NUMBER.test(prev.norm) || SOURCES.has(prev.norm))
  )
    return 'wire-nouns/explosion';
  if (after && adjacent(first, after) && AFTER.has(after.norm)) return 'wire-nouns/explosion';
  return null;
}
