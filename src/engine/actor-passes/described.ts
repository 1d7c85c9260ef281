/**
 * A description set beside a name says what it is (issue 16, actors: names typed by their shape).
 *
 * Rule actor-passes/described-body (and /described-place): a "person" whose name is followed by an
 * apposition or a predicate with a body's or a settlement's head noun ("Voto Latino is a
 * non-partisan entity", "Georgetown Prep, a private Catholic all-boys school", "Orchard Vale, a
 * town in ...") is an organisation or a place; a personal pronoun given it goes, as in
 * typeByEvidence. The head is the description's last word before a comma, a full stop or a word
 * opening its complement ("a group that ...", "a school in ..."): "Ana Ruiz, a school teacher"
 * and "Hal Moss, a lawyer at the firm" keep their person.
 *
 * Rule actor-passes/described-work: the capitalised words right before ", a book", ", a film" and
 * the like ("Debating The Donald, a book analyzing ...") are a work's title: a mention inside
 * them names no one (an actor left with no named mention goes).
 *
 * Head nouns in data/described-nouns.ts. One scan of the text for works; one look after each
 * named mention of a person for bodies and places.
 */
import type { Range } from '../../schema/brief';
import {
  BODY_DESCRIPTIONS,
  DESCRIPTION_CLOSERS,
  SETTLEMENT_DESCRIPTIONS,
  WORK_DESCRIPTIONS,
} from '../data/described-nouns';
import { drop, isPronoun, live, named, replace, type ActorList } from './list';

/** ", a/an" or " is/was a/an" opening a description. */
const OPENING = /^(?:, (?:a|an)|,? (?:is|was) (?:a|an)) /;
/** The most words a description's modifiers and head may have. */
const DESCRIPTION_WORDS = 6;
/** Short words a title may hold between capitalised ones ("Debating The Donald", "War and Peace"). */
const TITLE_SMALL = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at']);

export function typeByDescription(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type !== 'person') continue;
    let type: 'organization' | 'place' | null = null;
    for (const m of named(doc, a)) {
      type = describedType(text, m);
      if (type) break;
    }
    if (!type) continue;
    const rule = type === 'place' ? 'actor-passes/described-place' : 'actor-passes/described-body';
    replace(list, a, { ...a, type, mentions: named(doc, a).slice() });
    for (const m of a.mentions) doc.trace?.add('actor', m.start, m.end, rule);
  }
  dropWorkTitles(list);
}

/** The type the description after mention `m` gives its name, or null. */
function describedType(text: string, m: Range): 'organization' | 'place' | null {
  const c = text.charCodeAt(m.end);
  if (c !== 44 && c !== 32) return null;
  const after = text.slice(m.end, m.end + 90);
  const open = OPENING.exec(after);
  if (!open) return null;
  // "The founder of Acme is a ...": a predicate's subject is the whole phrase, not a name in its complement.
  if (!open[0].startsWith(',') && /\b(?:of|for)\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start))) return null;
  const head = headOf(after.slice(open[0].length));
  if (head === null) return null;
  if (BODY_DESCRIPTIONS.has(head)) return 'organization';
  if (SETTLEMENT_DESCRIPTIONS.has(head)) return 'place';
  return null;
}

/**
 * The head noun (lower case) of a description: its first word followed by punctuation, the end,
 * or a word opening its complement ("a private Catholic all-boys school, ...", "a group that");
 * null past DESCRIPTION_WORDS words.
 */
function headOf(s: string): string | null {
  const words = /^(?:[\p{L}-]+(?: |(?=[,.;:)\u2014]|$))){1,7}/u.exec(s)?.[0].trimEnd().split(' ') ?? [];
  for (let k = 0; k < words.length && k < DESCRIPTION_WORDS; k++) {
    const next = words[k + 1];
    // "a lawyer at the firm": past a closer the head was the word before it.
    if (DESCRIPTION_CLOSERS.has(words[k])) return null;
    const closes = next === undefined ? words.length < 7 : DESCRIPTION_CLOSERS.has(next);
    if (closes) return /^\p{Ll}/u.test(words[k]) ? words[k] : null;
  }
  return null;
}

/** Rule actor-passes/described-work: mentions inside a title described as a work lose it. */
function dropWorkTitles(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  if (!text.includes(', a')) return;
  const titles: Range[] = [];
  // ", a book", ", an award-winning documentary": where a work's description may start, the matches
  // of /, (?:a|an) /g found by indexOf, with no match array made (a match holds one comma:
  // searching on from it finds the same ones).
  for (let at = text.indexOf(', a'); at >= 0; at = text.indexOf(', a', at + 1)) {
    const c = text.charCodeAt(at + 3);
    const from = c === 32 ? at + 4 : c === 110 && text.charCodeAt(at + 4) === 32 ? at + 5 : -1;
    if (from < 0) continue;
    const head = headOf(text.slice(from, from + 90));
    if (head === null || !WORK_DESCRIPTIONS.has(head)) continue;
    const title = titleBefore(text, at);
    if (title) titles.push(title);
  }
  if (titles.length === 0) return;
  const inTitle = (m: Range) => titles.some((t) => m.start >= t.start && m.end <= t.end);
  for (const a of live(list)) {
    const ms = a.mentions.filter((m) => !isPronoun(doc, m));
    if (!ms.some(inTitle)) continue;
    for (const m of ms) if (inTitle(m)) doc.trace?.add('actor', m.start, m.end, 'actor-passes/described-work');
    if (ms.every(inTitle)) drop(list, a, 'actor-passes/described-work');
    else replace(list, a, { ...a, mentions: a.mentions.filter((m) => !inTitle(m)) });
  }
}

/**
 * The run of capitalised words ending at `end` (small words only between two capitalised ones), or
 * null when the word before `end` is not capitalised. A run of one word is a title too ("Beloved, a novel").
 */
function titleBefore(text: string, end: number): Range | null {
  const words = text.slice(Math.max(0, end - 120), end).split(' ');
  let start = end;
  let k = words.length - 1;
  let first = -1;
  for (let pos = end; k >= 0; k--) {
    const w = words[k];
    pos -= w.length;
    if (/^\p{Lu}[\p{L}'\u2019-]*$/u.test(w)) {
      first = pos;
      start = pos;
    } else if (!(TITLE_SMALL.has(w.toLowerCase()) && first >= 0)) break;
    pos -= 1;
  }
  return first >= 0 ? { start, end } : null;
}
