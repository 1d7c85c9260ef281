/**
 * Counts actor error classes a reader notices, over every PTC train article (371), with examples.
 * Heuristic counters written to measure a class before and after a fix, not labels:
 *
 *   place-as-org        unknown one-word organisation with a place's surroundings ("X, Ohio",
 *                       "the X province", "diocese of X")
 *   titled-not-person   unknown one-word body or place that a person's title names ("President X")
 *   name-part-not-person unknown one-word body or place that is the surname of a person actor
 *   idea-noun           one-word actor ending in -ism / -ization ("Zionism", "Islamization")
 *   event-name          actor whose head is an event noun ("Las Vegas Massacre", "Missile Crisis")
 *   determiner-person   several-word person, no first name, every mention after a/an/the ("a Ford
 *                       Raptor", "the Roman Curia")
 *   heading-noun        unknown one-word name whose every mention is on a Title Case heading line
 *                       and that the article also writes in lower case ("Pardons")
 *
 *   npx tsx scripts/eval/actor-classes.ts [--show N]
 */
import { readFileSync } from 'node:fs';
import { brief } from '../../src/engine';
import { countryOf, isPlace } from '../../src/engine/data/countries';
import { isFirstName } from '../../src/engine/data/first-names';
import { ORGANIZATIONS } from '../../src/engine/data/organizations';
import { isOutlet } from '../../src/engine/data/outlets';

const PTC = '/work/shared/eval/ptc-semeval2020-task11/train.jsonl';
const rows = readFileSync(PTC, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string });
const at = process.argv.indexOf('--show');
const show = at >= 0 ? Number(process.argv[at + 1] ?? 20) : 0;

const EVENT =
  /\s(?:Massacre|Shootings?|Bombings?|Riots?|Scandal|Uprising|Genocide|Holocaust|Crisis|Killings|Siege|Rampage|Revolution|Hoax|Autopsy|Rally|Elections?|Hearings?|Trial)$/;
const TITLE =
  /\b(?:President|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Senator|Sen\.|Rep\.|Gov\.|Governor|Pope|Cardinal|Bishop|Archbishop|Judge|Secretary|Minister|Chancellor|King|Queen|Prince|Rabbi|Imam|Sheikh)\s$/;
const PLACE_AROUND_AFTER =
  /^(?:,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=[,.;:\n]|$)|\s+(?:province|region|district|county|suburb|area|city|town|village)\b)/u;
const PLACE_AROUND_BEFORE =
  /\b(?:diocese|archdiocese|bishop|archbishop|emeritus|city|town|village|province|region|suburb|district|county) of\s$/i;
const CLASSES = [
  'place-as-org',
  'titled-not-person',
  'name-part-not-person',
  'idea-noun',
  'event-name',
  'determiner-person',
  'heading-noun',
];
const counts = new Map<string, string[]>(CLASSES.map((k) => [k, []]));
const add = (k: string, s: string): void => void counts.get(k)!.push(s);

function lineOf(text: string, i: number): string {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  const e = text.indexOf('\n', i);
  return text.slice(s, e < 0 ? text.length : e);
}
function headingLine(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?"”:]$/.test(t) || t.length > 120) return false;
  const words = t.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from|as|is|vs\.?)$/;
  return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w) || small.test(w));
}
const unknown = (name: string): boolean =>
  !/\s/.test(name) &&
  name !== name.toUpperCase() &&
  !ORGANIZATIONS.has(name.toLowerCase()) &&
  !isOutlet(name) &&
  !isPlace(name) &&
  !countryOf(name);

for (const row of rows) {
  const { text } = row;
  const b = brief({ text });
  const surnames = new Set(
    b.actors.filter((a) => a.type === 'person' && a.name.includes(' ')).map((a) => a.name.split(/\s+/).pop()!),
  );
  for (const a of b.actors) {
    const tag = `${row.id.replace('ptc-train-article', '')} ${a.name}[${a.type}]`;
    const ms = a.mentions.filter((m) => text.slice(m.start, m.end).toLowerCase() !== 'he');
    const before = (m: { start: number }, n: number) => text.slice(Math.max(0, m.start - n), m.start);
    if (a.type === 'organization' && unknown(a.name)) {
      const placey = ms.some((m) => {
        const ap = PLACE_AROUND_AFTER.exec(text.slice(m.end, m.end + 40));
        const ok = ap && (!ap[1] || isPlace(ap[1]) || countryOf(ap[1])?.demonym === false);
        return ok || PLACE_AROUND_BEFORE.test(before(m, 24));
      });
      if (placey) add('place-as-org', tag);
    }
    if ((a.type === 'organization' || a.type === 'place') && unknown(a.name)) {
      if (ms.some((m) => TITLE.test(before(m, 16)))) add('titled-not-person', tag);
      if (surnames.has(a.name)) add('name-part-not-person', tag);
    }
    if (!/\s/.test(a.name) && /\p{Ll}(?:ism|i[sz]ation)$/u.test(a.name)) add('idea-noun', tag);
    if (EVENT.test(a.name)) add('event-name', tag);
    if (
      a.type === 'person' &&
      a.name.includes(' ') &&
      !isFirstName(a.name.split(' ')[0]) &&
      ms.length > 0 &&
      ms.every((m) => /\b(?:a|an|the)\s$/i.test(before(m, 5)))
    )
      add('determiner-person', tag);
    if (
      unknown(a.name) &&
      a.type !== 'person' &&
      ms.every((m) => headingLine(lineOf(text, m.start))) &&
      new RegExp(`\\b${a.name.toLowerCase()}\\b`).test(text)
    )
      add('heading-noun', tag);
  }
}
for (const k of CLASSES) {
  const l = counts.get(k)!;
  console.log(`${k.padEnd(22)} ${l.length}`);
  for (const s of l.slice(0, show)) console.log(`    ${s}`);
}
