/**
 * The labelled dev set of issue 16: our own labels (scripts/eval/devset/*.expected.json) of PTC
 * train articles, whose texts stay in the shared folder. This module holds the label schema, reads
 * the labels and their articles, and finds where a label's text sits in its article. The scoring
 * is in devset.ts; test/engine/devset-labels.test.ts holds every label file to this schema.
 *
 * A label file is a worked example's `*-expected.json` (examples.ts, `ExpectedBrief`) with a
 * `genre`, `optional` items beside `must` (right answers the brief may give or leave out, so they
 * count neither as misses nor as false positives), and `furniture`: the page furniture lines
 * (headline, dateline, credits, embedded-post credit lines, widgets, forms) that must yield no
 * actor, claim or author-voice caveat. `occurrences` says whether every occurrence of a repeated
 * line is meant (`all`) or only the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { readJsonl } from './shared';

export const GENRES = ['wire', 'opinion', 'anonymous', 'embeds'] as const;
export type Genre = (typeof GENRES)[number];

const occurrences = z.enum(['all', 'first']).default('first');
/**
 * A speaker label is a name or a description ("ministry", "official"), never a bare pronoun: the
 * brief must resolve "she" or "it", so a label that accepted one would pass an unresolved speaker.
 */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
const speakerName = z
  .string()
  .min(1)
  .refine((s) => !PRONOUNS.has(s.toLowerCase()), 'a speaker label is a name or description, not a pronoun');
/** One speaker, or any of several spellings of the same one (an article that spells a name two ways). */
const speaker = z.union([speakerName, z.array(speakerName).min(1), z.null()]);

const claimLabel = z
  .object({
    contains: z.string().min(1),
    /** Required on `must` items; an optional item without one accepts any speaker. `null`: no speaker. */
    speaker: speaker.optional(),
    kind: z.enum(['direct', 'indirect', 'mixed']).optional(),
    anonymous: z.boolean().optional(),
    why: z.string().optional(),
  })
  .strict();

const sourceLabel = z
  .object({
    /** The source's name, any of these (case-insensitive, exact). */
    names: z.array(z.string().min(1)).min(1).optional(),
    /** Or a part of its name. */
    nameContains: z.string().min(1).optional(),
    anonymous: z.boolean().optional(),
    why: z.string().optional(),
  })
  .strict()
  .refine((s) => s.names !== undefined || s.nameContains !== undefined, 'a source label needs names or nameContains');

const caveatLabel = z
  .object({
    contains: z.string().min(1),
    kinds: z.array(z.string()).optional(),
    why: z.string().optional(),
    occurrences,
  })
  .strict();

export const devLabelSchema = z
  .object({
    article: z.string().regex(/^ptc-train-article\d+$/),
    genre: z.enum(GENRES),
    about: z.string().min(1),
    actors: z
      .object({
        must: z.array(z.object({ name: z.string().min(1), type: z.string().optional() }).strict()).default([]),
        mustNot: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),
    claims: z
      .object({
        must: z.array(claimLabel.refine((c) => c.speaker !== undefined, 'a must claim names its speaker')).default([]),
        optional: z.array(claimLabel).default([]),
        mustNot: z.array(z.object({ contains: z.string().min(1), why: z.string() }).strict()).default([]),
      })
      .strict()
      .prefault({}),
    sources: z
      .object({ must: z.array(sourceLabel).default([]), optional: z.array(sourceLabel).default([]) })
      .strict()
      .prefault({}),
    caveats: z
      .object({
        must: z.array(caveatLabel).default([]),
        optional: z.array(caveatLabel).default([]),
        mustNot: z
          .array(
            z
              .object({ contains: z.string().min(1), voice: z.literal('author'), why: z.string(), occurrences })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .prefault({}),
    furniture: z
      .array(z.object({ contains: z.string().min(1), what: z.string().min(1), occurrences }).strict())
      .default([]),
  })
  .strict();

export type DevLabel = z.infer<typeof devLabelSchema>;
export type ClaimLabel = DevLabel['claims']['must'][number];
export type SourceLabel = DevLabel['sources']['must'][number];

export const DEVSET_DIR = new URL('devset/', import.meta.url);

export function labelFiles(): string[] {
  return readdirSync(DEVSET_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
}

/** The raw JSON of a label file (the test parses it itself, to report schema errors per file). */
export function readLabelFile(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, DEVSET_DIR), 'utf8'));
}

export function loadLabels(): DevLabel[] {
  return labelFiles().map((f) => devLabelSchema.parse(readLabelFile(f)));
}

/** The PTC train articles by id, read from the shared folder. */
export function ptcArticles(): Map<string, string> {
  const rows = readJsonl<{ id: string; text: string }>('eval/ptc-semeval2020-task11/train.jsonl');
  return new Map(rows.map((r) => [r.id, r.text]));
}

export interface Span {
  start: number;
  end: number;
}

/** Where `needle` occurs in `text`: the first occurrence, or every one. Empty when it does not occur. */
export function locate(text: string, needle: string, which: 'all' | 'first' = 'all'): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    spans.push({ start: i, end: i + needle.length });
    if (which === 'first') break;
  }
  return spans;
}

/** Every piece of label text in a label, with where it comes from (for the occurs-in-article test). */
export function labelTexts(label: DevLabel): { where: string; text: string }[] {
  return [
    ...label.claims.must.map((c) => ({ where: 'claims.must', text: c.contains })),
    ...label.claims.optional.map((c) => ({ where: 'claims.optional', text: c.contains })),
    ...label.claims.mustNot.map((c) => ({ where: 'claims.mustNot', text: c.contains })),
    ...label.caveats.must.map((c) => ({ where: 'caveats.must', text: c.contains })),
    ...label.caveats.optional.map((c) => ({ where: 'caveats.optional', text: c.contains })),
    ...label.caveats.mustNot.map((c) => ({ where: 'caveats.mustNot', text: c.contains })),
    ...label.furniture.map((f) => ({ where: 'furniture', text: f.contains })),
    ...label.actors.must.map((a) => ({ where: 'actors.must', text: a.name })),
  ];
}
