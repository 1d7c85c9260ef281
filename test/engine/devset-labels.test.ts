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
import { scoreArticle } from '../../scripts/eval/devset';
import type { Brief } from '../../src/schema/brief';
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

describe('dev set scoring', () => {
  const text =
    'HEADLINE WORDS\n\nThe mayor said the bridge was closed. Police said roads were open. What a mess.\n\n' +
    'Sign up for our awesome newsletter';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const claim = (s: string, speaker: string) => ({
    ...at(s),
    kind: 'indirect',
    cue: 'said',
    speaker: { name: speaker, actorId: null, anonymous: false },
    sourceIds: [],
  });
  const label = devLabelSchema.parse({
    article: 'ptc-train-article1',
    genre: 'wire',
    about: 'made up',
    claims: { must: [{ contains: 'the bridge was closed', speaker: 'mayor' }] },
    caveats: { must: [{ contains: 'What a mess.' }] },
    furniture: [
      { contains: 'HEADLINE WORDS', what: 'headline' },
      { contains: 'Sign up for our awesome newsletter', what: 'newsletter box' },
    ],
  });

  it('counts every engine item that matches no must or optional label as a false positive', () => {
    const b = {
      actors: [{ id: 'a1', name: 'HEADLINE', aliases: [], mentions: [at('HEADLINE')], type: 'organization' }],
      claims: [claim('the bridge was closed', 'The mayor'), claim('roads were open', 'Police')],
      sources: [],
      caveats: [
        { ...at('What a mess.'), kind: 'opinion', voice: 'author' },
        // The article's own headline may carry the author's voice (the worked examples flag its loaded words).
        { ...at('WORDS'), kind: 'opinion', voice: 'author' },
        { ...at('awesome'), kind: 'loaded-language', voice: 'author' },
      ],
    } as unknown as Brief;
    const t = scoreArticle(label, text, b);
    expect(t.claims).toEqual({ gold: 1, found: 1, predicted: 2, correct: 1 });
    expect(t.caveats).toEqual({ gold: 1, found: 1, predicted: 3, correct: 1 });
    expect(t.furniture).toEqual({ actors: 1, claims: 0, caveats: 1 });
  });

  it('does not count a right content with the wrong speaker', () => {
    const b = {
      actors: [],
      claims: [claim('the bridge was closed', 'Police')],
      sources: [],
      caveats: [],
    } as unknown as Brief;
    expect(scoreArticle(label, text, b).claims).toEqual({ gold: 1, found: 0, predicted: 1, correct: 0 });
  });

  it('refuses a bare pronoun as a speaker label', () => {
    const bad = {
      article: 'ptc-train-article1',
      genre: 'wire',
      about: 'x',
      claims: { must: [{ contains: 'x', speaker: 'she' }] },
    };
    expect(devLabelSchema.safeParse(bad).success).toBe(false);
  });
});
