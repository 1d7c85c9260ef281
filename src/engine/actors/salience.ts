/**
 * Salience: an actor's share of the article's weighted mentions, where a mention in the title or
 * lead paragraph counts more, a pronoun less, and a mention as a speaker ("X said") more; actors
 * come out most salient first, each named by its fullest form with the others as aliases.
 */
import { setGender } from './gender';
import type { Actor, Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { Entity } from './merge';
import { SPEECH_AFTER, SPEECH_AFTER_FIRST, speechAfter, speechBefore } from './speech';

/** The actors of the entities, most salient first. */
export function rankActors(entities: Entity[]): Actor[] {
  let total = 0;
  for (const e of entities) total += e.weight;
  total ||= 1;
  const ranked: Ranked[] = [];
  for (const e of entities) ranked.push({ e, salience: e.weight / total });
  ranked.sort(bySalience);
  const actors: Actor[] = [];
  for (let index = 0; index < ranked.length; index++) {
    const { e, salience } = ranked[index];
    const forms = [...e.surfaces];
    const name = longest(forms);
    const actor: Actor = {
      id: `a${index + 1}`,
      name,
      type: e.type,
      roles: e.roles,
      aliases: without(forms, name),
      mentions: sortedByStart(e.mentions),
      salience: Math.round(salience * 1000) / 1000,
    };
    if (e.type === 'person') setGender(actor, e.gender);
    actors.push(actor);
  }
  return actors;
}

/** A mention's weight: more in the title and lead paragraph, more as a speaker. */
export function weightOf(doc: Doc, r: Range, base: number): number {
  let w = base;
  const lead = doc.titleRange ? doc.paragraphs[1] : doc.paragraphs[0];
  if ((doc.titleRange && r.start < doc.titleRange.end) || (lead && r.start >= lead.start && r.end <= lead.end))
    w *= 1.5;
  if (speechAfter(doc.text, r.end, SPEECH_AFTER, SPEECH_AFTER_FIRST) || speechBefore(doc.text, r.start)) w += 0.5;
  return w;
}

interface Ranked {
  e: Entity;
  salience: number;
}

function bySalience(a: Ranked, b: Ranked): number {
  return b.salience - a.salience || a.e.first - b.e.first;
}

/** The first of the longest forms; of two as long, a name of several words in mixed case before its capitals. */
function longest(forms: string[]): string {
  let best = forms[0];
  // (From the second form: the first is no longer than itself, nor shouted where it is not.)
  for (let k = 1; k < forms.length; k++) {
    const f = forms[k];
    if (f.length > best.length || (f.length === best.length && shoutedWords(best) && !shoutedWords(f))) best = f;
  }
  return best;
}

/**
 * "TRAVIS AIR FORCE BASE": several words, all in capitals (a one-word acronym, "NATO", is its own
 * name): `f.includes(' ') && f === f.toUpperCase() && f !== f.toLowerCase()`, by char code while
 * the name is ASCII (no lower-case letter and some capital).
 */
function shoutedWords(f: string): boolean {
  if (!f.includes(' ')) return false;
  let capital = false;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return f === f.toUpperCase() && f !== f.toLowerCase();
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** `forms.filter((f) => f !== name)`. */
function without(forms: string[], name: string): string[] {
  const out: string[] = [];
  for (const f of forms) if (f !== name) out.push(f);
  return out;
}

/** `ranges.sort` by start, with no sort (nor comparator calls) when they are in order already (most). */
function sortedByStart(ranges: Range[]): Range[] {
  for (let k = 1; k < ranges.length; k++) if (ranges[k].start < ranges[k - 1].start) return ranges.sort(byStart);
  return ranges;
}

function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}
