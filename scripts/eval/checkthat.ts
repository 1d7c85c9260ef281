/**
 * CheckThat! 2025 subjectivity (English): each sentence is briefed on its own, and it counts as
 * SUBJ when its brief has an author-voice caveat of kind opinion, speculation, loaded-language,
 * scare-quotes or hedge. Reports macro-F1 over SUBJ/OBJ (the official metric; the organisers'
 * baseline is 0.63 on dev_test) and SUBJ precision, recall and F1.
 *
 * Splits: `dev` for work, `dev_test` (with `--split test`) for the final check.
 *
 * Halves: the rules were tuned on all of dev, so dev overstates what they do on unseen text. Each
 * row falls in a stable half by the FNV-1a hash of its id (even: a, odd: b); tune a new rule on
 * half a and keep it only if half b improves or holds. `--half a|b` scores one half alone; the
 * full run prints both halves' macro-F1 and SUBJ P/R too.
 *
 * Prior-weighted macro-F1 (dev only): dev is about half SUBJ (222 OBJ / 240 SUBJ) but dev_test is
 * three sentences in four OBJ (362 OBJ / 122 SUBJ, the counts the data README gives), so a false
 * positive on an objective sentence costs far more there. Each dev sentence is weighted so the two
 * classes have the dev_test prior (OBJ rows by (362/484)/(222/462), SUBJ rows by
 * (122/484)/(240/462)) and macro-F1 is taken over the weighted counts, for all of dev and each half.
 * A measurement of what dev says about held-out text, not a threshold to tune.
 */
import { brief } from '../../src/engine';
import type { Caveat } from '../../src/schema/brief';
import { prf, readJsonl, type Row as TableRow, type Suite } from './shared';

interface Row {
  id: string;
  sentence: string;
  label: 'SUBJ' | 'OBJ';
}

const SUBJECTIVE = new Set<Caveat['kind']>(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);

export function isSubjective(sentence: string): { subj: boolean; caveats: Caveat[]; rules: string[][] } {
  const b = brief({ text: sentence }, { trace: true });
  const caveats = b.caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind));
  // The named rules behind each caveat (the rule trace of its span), so an error lists what fired.
  const rules = caveats.map((k) =>
    (b.trace ?? [])
      .filter((e) => e.kind === 'caveat' && e.start === k.start && e.end === k.end)
      .flatMap((e) => e.rules),
  );
  return { subj: caveats.length > 0, caveats, rules };
}

/** 32-bit FNV-1a of a row id, by UTF-16 code unit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The stable half a row falls in: even hash a, odd hash b. */
export const halfOf = (id: string): 'a' | 'b' => (fnv1a(id) % 2 === 0 ? 'a' : 'b');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function scores(c: Counts) {
  const subj = prf(c.tp, c.tp + c.fp, c.tp + c.fn);
  const obj = prf(c.tn, c.tn + c.fn, c.tn + c.fp);
  return { subj, obj, macro: (subj.f1 + obj.f1) / 2 };
}

/** Class weights giving dev the dev_test prior: dev 222 OBJ / 240 SUBJ, dev_test 362 OBJ / 122 SUBJ. */
const DEV = { obj: 222, subj: 240 };
const DEV_TEST = { obj: 362, subj: 122 };
const WEIGHT = {
  obj: DEV_TEST.obj / (DEV_TEST.obj + DEV_TEST.subj) / (DEV.obj / (DEV.obj + DEV.subj)),
  subj: DEV_TEST.subj / (DEV_TEST.obj + DEV_TEST.subj) / (DEV.subj / (DEV.obj + DEV.subj)),
};

/** The counts with each gold-OBJ row (fp, tn) and each gold-SUBJ row (tp, fn) weighted to the dev_test prior. */
const priorWeighted = (c: Counts): Counts => ({
  tp: c.tp * WEIGHT.subj,
  fn: c.fn * WEIGHT.subj,
  fp: c.fp * WEIGHT.obj,
  tn: c.tn * WEIGHT.obj,
});

const pct = (x: number) => (x * 100).toFixed(1);

export const checkthatSuite: Suite = {
  name: 'checkthat',
  run({ split, limit, half }) {
    const file = split === 'test' ? 'dev_test' : 'dev';
    let rows = readJsonl<Row>(`eval/checkthat-subjectivity-en/${file}.jsonl`);
    if (half) rows = rows.filter((r) => halfOf(r.id) === half);
    if (limit) rows = rows.slice(0, limit);
    const all: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const halves: Record<'a' | 'b', Counts> = { a: { tp: 0, fp: 0, fn: 0, tn: 0 }, b: { tp: 0, fp: 0, fn: 0, tn: 0 } };
    const errors: { id: string; half: string; label: string; sentence: string; caveats: string[] }[] = [];
    for (const row of rows) {
      const { subj, caveats, rules } = isSubjective(row.sentence);
      const gold = row.label === 'SUBJ';
      const key = subj && gold ? 'tp' : subj ? 'fp' : gold ? 'fn' : 'tn';
      all[key]++;
      halves[halfOf(row.id)][key]++;
      if (subj !== gold)
        errors.push({
          id: row.id,
          half: halfOf(row.id),
          label: row.label,
          sentence: row.sentence,
          caveats: caveats.map((k, j) => `${k.kind}: ${k.text} [${rules[j].join(', ')}]`),
        });
    }
    const { subj, obj, macro } = scores(all);
    const { tp, fp, fn, tn } = all;
    const name = half ? `${file} half ${half}` : file;
    const table: TableRow[] = [
      { suite: 'checkthat', metric: `${name} macro-F1`, score: macro, target: 0.7, detail: `${rows.length} sentences` },
      {
        suite: 'checkthat',
        metric: `${name} SUBJ F1`,
        score: subj.f1,
        detail: `P ${pct(subj.p)} R ${pct(subj.r)} (tp ${tp} fp ${fp} fn ${fn})`,
      },
      { suite: 'checkthat', metric: `${name} OBJ F1`, score: obj.f1, detail: `P ${pct(obj.p)} R ${pct(obj.r)}` },
    ];
    if (!half)
      for (const h of ['a', 'b'] as const) {
        const c = halves[h];
        const s = scores(c);
        table.push({
          suite: 'checkthat',
          metric: `${file} half ${h} macro-F1`,
          score: s.macro,
          detail: `SUBJ P ${pct(s.subj.p)} R ${pct(s.subj.r)} (${c.tp + c.fp + c.fn + c.tn} sentences)`,
        });
      }
    if (file === 'dev') {
      // The same counts weighted to the dev_test class prior (see the header): all of dev, then each half.
      const parts: [string, Counts][] = half
        ? [[name, all]]
        : [[name, all], ...(['a', 'b'] as const).map((h): [string, Counts] => [`${file} half ${h}`, halves[h]])];
      for (const [label, c] of parts) {
        const s = scores(priorWeighted(c));
        table.push({
          suite: 'checkthat',
          metric: `${label} macro-F1 (dev_test prior)`,
          score: s.macro,
          detail: `SUBJ P ${pct(s.subj.p)} R ${pct(s.subj.r)}; OBJ x${WEIGHT.obj.toFixed(3)}, SUBJ x${WEIGHT.subj.toFixed(3)}`,
        });
      }
    }
    return { rows: table, details: { tp, fp, fn, tn, halves, errors } };
  },
};
