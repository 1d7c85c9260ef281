/**
 * Counts actor error classes a reader notices, over every PTC train article (371), with examples.
 * Heuristic counters written to measure a class before and after a fix, not labels:
 *
 *   place-as-org       one-word organization mentioned after 'in/at/near/from/outside' or before ', <Place>'
 *   heading-noun       actor whose every mention sits on a Title Case heading line
 *   surname-not-person one-word non-person actor that is the last (or first) word of a person actor's name
 *   product-as-person  person actor after 'a/an/the/new/his/her/their' (persons rarely take an article)
 *   event-as-person    person or organization actor ending in an event noun (Massacre, Shooting, ...)
 *
 *   npx tsx scripts/eval/actor-classes.ts [--show N]
 */
import { readFileSync } from 'node:fs';
import { brief } from '../../src/engine';

const PTC = '/work/shared/eval/ptc-semeval2020-task11/train.jsonl';
const rows = readFileSync(PTC, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string });
const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 0) || 0;

const EVENT =
  /\s(?:Massacre|Shooting|Shootings|Bombing|Bombings|Attack|Attacks|Riot|Riots|Scandal|Affair|Uprising|Genocide|Holocaust|Crisis|Killings|Murders|Siege|Rampage)$/;
const counts = new Map<string, string[]>();
const add = (k: string, s: string): void => {
  const l = counts.get(k) ?? [];
  l.push(s);
  counts.set(k, l);
};

function lineOf(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}
function headingLine(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?"”:]$/.test(t) || t.length > 120) return false;
  const words = t.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < 2) return false;
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from|as|is|vs\.?)$/;
  return words.every((w) => /^[A-Z]/.test(w) || small.test(w));
}

for (const row of rows) {
  const { text } = row;
  const b = brief({ text });
  const persons = b.actors.filter((a) => a.type === 'person' && a.name.includes(' '));
  for (const a of b.actors) {
    const tag = `${row.id.replace('ptc-train-article', '')} ${a.name}[${a.type}]`;
    const one = !/\s/.test(a.name);
    if (one && a.type === 'organization' && !/^[A-Z0-9&.-]+$/.test(a.name)) {
      const placey = a.mentions.some((m) => {
        const before = text.slice(Math.max(0, m.start - 12), m.start);
        const after = text.slice(m.end, m.end + 20);
        return (
          /\b(?:in|at|near|from|outside|of downtown|to)\s$/i.test(before) ||
          /^,\s+(?:[A-Z][a-z]+\s?){1,2}(?:[,.;]|\s(?:and|on|in|at)\b)/.test(after)
        );
      });
      if (placey) add('place-as-org', tag);
    }
    if (a.mentions.every((m) => headingLine(lineOf(text, m.start)))) add('heading-noun', tag);
    if (one && a.type !== 'person') {
      const owner = persons.find((p) => {
        const parts = p.name.split(/\s+/);
        return parts[parts.length - 1] === a.name || parts[0] === a.name;
      });
      if (owner) add('surname-not-person', `${tag} <- ${owner.name}`);
    }
    if (
      a.type === 'person' &&
      a.mentions.some((m) =>
        /\b(?:a|an|the|new|his|her|their|its)\s$/i.test(text.slice(Math.max(0, m.start - 6), m.start)),
      )
    )
      add('product-as-person', tag);
    if ((a.type === 'person' || a.type === 'organization') && EVENT.test(a.name)) add('event-as-person', tag);
  }
}
for (const k of ['place-as-org', 'heading-noun', 'surname-not-person', 'product-as-person', 'event-as-person']) {
  const l = counts.get(k) ?? [];
  console.log(`${k.padEnd(20)} ${l.length}`);
  for (const s of l.slice(0, show)) console.log(`    ${s}`);
}
