/**
 * A compact brief to read the way a reader would: actors `name[type](roles)` and sources
 * `name[type]`, each with the sentence its first mention came from, and the rules that made it.
 *
 *   npx tsx scripts/eval/read-brief.ts <ptc-article-id> [more ids...]
 *   npx tsx scripts/eval/read-brief.ts --unseen 12     the first N train articles not in the devset
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from '../../src/engine';

const PTC = '/work/shared/eval/ptc-semeval2020-task11/train.jsonl';
const DEVSET = join(import.meta.dirname, 'devset');

interface Row {
  id: string;
  title?: string;
  text: string;
}

const rows = readFileSync(PTC, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Row);
const devset = new Set(readdirSync(DEVSET).map((f) => f.replace(/\.expected\.json$/, '')));

function sentenceAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return text
    .slice(start, Math.min(end + 1, text.length))
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

function show(row: Row): void {
  const b = brief({ text: row.text }, { trace: true });
  const rulesAt = (kind: string, start: number, end: number): string =>
    (b.trace ?? [])
      .filter((t) => t.kind === kind && t.start === start && t.end === end)
      .flatMap((t) => t.rules)
      .join(',');
  console.log(`\n=== ${row.id}${devset.has(row.id) ? ' (devset)' : ''}: ${row.text.split('\n')[0]!.slice(0, 100)}`);
  for (const a of b.actors) {
    const m = a.mentions[0]!;
    const roles = a.roles.length ? `(${a.roles.join('; ')})` : '';
    console.log(`  A ${a.name}[${a.type}]${roles} x${a.mentions.length} {${rulesAt('actor', m.start, m.end)}}`);
    console.log(`      | ${sentenceAt(row.text, m.start)}`);
  }
  for (const s of b.sources) {
    const m = s.mentions[0]!;
    console.log(`  S ${s.name}[${s.type}] x${s.mentions.length} {${rulesAt('source', m.start, m.end)}}`);
    console.log(`      | ${sentenceAt(row.text, m.start)}`);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--unseen') {
  const n = Number(args[1] ?? 12);
  const skip = Number(args[2] ?? 0);
  rows
    .filter((r) => !devset.has(r.id))
    .slice(skip, skip + n)
    .forEach(show);
} else {
  for (const id of args) {
    const row = rows.find((r) => r.id === id || r.id === `ptc-train-article${id}`);
    if (row) show(row);
    else console.error(`no article ${id}`);
  }
}
