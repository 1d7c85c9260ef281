/**
 * CheckThat! 2025 subjectivity (English): each sentence is briefed on its own, and it counts as
 * SUBJ when its brief has an author-voice caveat of kind opinion, speculation, loaded-language,
 * scare-quotes or hedge. Reports macro-F1 over SUBJ/OBJ (the official metric; the organisers'
 * baseline is 0.63 on dev_test) and SUBJ precision, recall and F1.
 *
 * Splits: `dev` for work, `dev_test` (with `--split test`) for the final check.
 */
import { brief } from '../../src/engine';
import type { Caveat } from '../../src/schema/brief';
import { prf, readJsonl, type Suite } from './shared';

interface Row {
  id: string;
  sentence: string;
  label: 'SUBJ' | 'OBJ';
}

const SUBJECTIVE = new Set<Caveat['kind']>(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);

export function isSubjective(sentence: string): { subj: boolean; caveats: Caveat[] } {
  const caveats = brief({ text: sentence }).caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind));
  return { subj: caveats.length > 0, caveats };
}

export const checkthatSuite: Suite = {
  name: 'checkthat',
  run({ split, limit }) {
    const file = split === 'test' ? 'dev_test' : 'dev';
    let rows = readJsonl<Row>(`eval/checkthat-subjectivity-en/${file}.jsonl`);
    if (limit) rows = rows.slice(0, limit);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const errors: { id: string; label: string; sentence: string; caveats: string[] }[] = [];
    for (const row of rows) {
      const { subj, caveats } = isSubjective(row.sentence);
      const gold = row.label === 'SUBJ';
      if (subj && gold) tp++;
      else if (subj) fp++;
      else if (gold) fn++;
      else tn++;
      if (subj !== gold)
        errors.push({
          id: row.id,
          label: row.label,
          sentence: row.sentence,
          caveats: caveats.map((k) => `${k.kind}: ${k.text}`),
        });
    }
    const subj = prf(tp, tp + fp, tp + fn);
    const obj = prf(tn, tn + fn, tn + fp);
    const macro = (subj.f1 + obj.f1) / 2;
    const pct = (x: number) => (x * 100).toFixed(1);
    return {
      rows: [
        {
          suite: 'checkthat',
          metric: `${file} macro-F1`,
          score: macro,
          target: 0.7,
          detail: `${rows.length} sentences`,
        },
        {
          suite: 'checkthat',
          metric: `${file} SUBJ F1`,
          score: subj.f1,
          detail: `P ${pct(subj.p)} R ${pct(subj.r)} (tp ${tp} fp ${fp} fn ${fn})`,
        },
        { suite: 'checkthat', metric: `${file} OBJ F1`, score: obj.f1, detail: `P ${pct(obj.p)} R ${pct(obj.r)}` },
      ],
      details: { tp, fp, fn, tn, errors },
    };
  },
};
