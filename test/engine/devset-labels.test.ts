/**
 * The dev set's label files (scripts/eval/devset/, issue 16) are usable: each parses against the
 * label schema, names a PTC train article that exists, and every piece of label text (claim and
 * caveat spans, furniture lines, actor names) occurs verbatim in that article, so a label can
 * never silently match nothing. The articles are read from the shared folder; without it, skip.
 */
import { describe, expect, it } from 'vitest';
import {
  GENRES,
  devLabelSchema,
  labelFiles,
  labelTexts,
  ptcArticles,
  readLabelFile,
} from '../../scripts/eval/devset-labels';
import { skipWithoutSharedData } from '../shared-data';

const files = labelFiles();

describe('dev set label files', () => {
  it('holds at least 15 labelled articles, and every genre', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const genres = new Set(files.map((f) => devLabelSchema.parse(readLabelFile(f)).genre));
    expect([...genres].sort()).toEqual([...GENRES].sort());
  });

  it.each(files)('%s parses against the label schema and is named after its article', (file) => {
    const parsed = devLabelSchema.safeParse(readLabelFile(file));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(file).toBe(`${parsed.data?.article}.expected.json`);
  });
});

const noData = skipWithoutSharedData('dev set labels against their articles');

describe.skipIf(noData)('dev set labels against their articles', () => {
  // The describe body runs even when skipped: read the articles only where they are.
  const articles = noData ? new Map<string, string>() : ptcArticles();
  it.each(files)('every label text of %s occurs in its article', (file) => {
    const label = devLabelSchema.parse(readLabelFile(file));
    const text = articles.get(label.article);
    expect(text, `${label.article} is a PTC train article`).toBeDefined();
    const missing = labelTexts(label).filter((l) => !(text ?? '').includes(l.text));
    expect(missing).toEqual([]);
  });
});
