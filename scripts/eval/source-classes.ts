/**
 * Counts source error classes a reader notices, over every PTC train article (371), with examples.
 * Heuristic counters (not labels), to measure a class before and after a fix:
 *
 *   unnamed-plural-as-person  an unnamed plural phrase ("federal authorities", "Some locals") typed person
 *   title-only-source         a source named only in the headline ("It's Airborne", "Officials Warn")
 *   actor-type-mismatch       a source typed person/official whose actor is not a person, or the reverse
 *
 *   npx tsx scripts/eval/source-classes.ts
 */
import { readFileSync } from 'node:fs';
import { brief } from '../../src/engine';
const rows = readFileSync('/work/shared/eval/ptc-semeval2020-task11/train.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const c: Record<string, string[]> = {
  'unnamed-plural-as-person': [],
  'title-only-source': [],
  'actor-type-mismatch': [],
};
for (const r of rows) {
  const b = brief({ text: r.text });
  const titleEnd = r.text.indexOf('\n');
  for (const s of b.sources) {
    const tag = `${r.id.slice(17)} ${s.name}[${s.type}]`;
    if (
      s.type === 'person' &&
      /^(?:[a-z]|(?:The|Some|Many|Two|Three|Several|Other|Most|All|Local|Federal)\s)/.test(s.name) &&
      /s$/.test(s.name) &&
      !/'s$|’s$/.test(s.name)
    )
      c['unnamed-plural-as-person'].push(tag);
    if (s.mentions.every((m) => m.start < titleEnd)) c['title-only-source'].push(tag);
    const a = b.actors.find((x) => x.name === s.name);
    if (a && (a.type === 'person') !== (s.type === 'person' || s.type === 'official'))
      c['actor-type-mismatch'].push(`${tag} actor=${a.type}`);
  }
}
for (const [k, v] of Object.entries(c)) {
  console.log(k, v.length);
  for (const x of v.slice(0, 12)) console.log('   ', x);
}
