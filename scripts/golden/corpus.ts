/**
 * Every article text the golden check briefs: the worked examples and every public set in the
 * shared folder (PTC train, PolNeAR dev and test, CheckThat dev and dev_test sentences, CoNLL-2003
 * test documents), each under a stable key. The texts stay in the shared folder; only the keys and
 * the digests of their briefs are kept in the repository.
 */
import { readdirSync } from 'node:fs';
import type { ArticleInput } from '../../src/engine';
import { documents } from '../eval/conll';
import { SHARED, readJsonl, readShared } from '../eval/shared';

export interface GoldenText {
  key: string;
  input: ArticleInput;
}

export function goldenCorpus(): GoldenText[] {
  const texts: GoldenText[] = [];
  for (const file of readdirSync(new URL('examples/', SHARED))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    texts.push({ key: `examples/${file}`, input: { text: readShared(`examples/${file}`) } });
  }
  for (const a of readJsonl<{ id: string; text: string }>('eval/ptc-semeval2020-task11/train.jsonl')) {
    texts.push({ key: `ptc/${a.id}`, input: { text: a.text } });
  }
  for (const split of ['dev', 'test']) {
    for (const a of readJsonl<{ id: string; text: string }>(`eval/polnear/${split}.jsonl`)) {
      texts.push({ key: `polnear/${split}/${a.id}`, input: { text: a.text } });
    }
  }
  for (const split of ['dev', 'dev_test']) {
    for (const row of readJsonl<{ id: string; sentence: string }>(`eval/checkthat-subjectivity-en/${split}.jsonl`)) {
      texts.push({ key: `checkthat/${split}/${row.id}`, input: { text: row.sentence } });
    }
  }
  documents().forEach((doc, i) => texts.push({ key: `conll/${i}`, input: { text: doc.text } }));
  return texts;
}
