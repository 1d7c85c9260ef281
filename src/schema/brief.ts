/**
 * The brief: the one output shape of every way into the service (API, webhooks, form page, CLI).
 *
 * This zod schema is the single source of truth: the TypeScript `Brief` type is inferred from it,
 * tests validate engine output against it at run time, and `@hono/zod-openapi` turns it into the
 * JSON Schema of the OpenAPI document. Field names follow `brief-contract.md` (version 1) exactly;
 * fields may be added, never renamed, retyped or dropped.
 */
import { z } from '@hono/zod-openapi';
import { CEILINGS_NOTE, LIST_CEILINGS, MAX_FURNITURE } from './ceilings';

/** A UTF-16 `[start, end)` range into the analysed text. */
export const Range = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .openapi('Range');

/** A verbatim span: `analysed.slice(start, end) === text`. */
export const Span = Range.extend({ text: z.string() }).openapi('Span');

export const ActorType = z.enum(['person', 'organization', 'country', 'place', 'group']);

export const Actor = z
  .object({
    id: z.string().openapi({ example: 'a1' }),
    name: z.string().openapi({ example: 'Dmitry Medvedev' }),
    type: ActorType,
    roles: z.array(z.string()),
    aliases: z.array(z.string()),
    mentions: z.array(Range),
    salience: z.number().min(0).max(1),
  })
  .openapi('Actor');

export const Speaker = z
  .object({
    name: z.string(),
    actorId: z.string().nullable(),
    anonymous: z.boolean(),
  })
  .openapi('Speaker');

export const ClaimKind = z.enum(['direct', 'indirect', 'mixed']);

export const Claim = Span.extend({
  id: z.string().openapi({ example: 'c1' }),
  kind: ClaimKind,
  cue: z.string().nullable(),
  speaker: Speaker.nullable(),
  sourceIds: z.array(z.string()),
  /**
   * The id of the claim that opens the same statement, when one statement is split by its own cue
   * clause ('“Q1,” X said. “Q2.”'): each part is a claim of its own, the later ones name the first.
   * Absent otherwise.
   */
  continues: z.string().optional().openapi({ example: 'c1' }),
}).openapi('Claim');

export const SourceType = z.enum([
  'outlet',
  'news-agency',
  'platform',
  'official',
  'anonymous',
  'document',
  'report',
  'person',
  'organization',
]);

export const Source = z
  .object({
    id: z.string().openapi({ example: 's1' }),
    name: z.string().openapi({ example: 'TASS' }),
    type: SourceType,
    anonymous: z.boolean(),
    mentions: z.array(Range),
  })
  .openapi('Source');

export const CaveatKind = z.enum([
  'opinion',
  'speculation',
  'loaded-language',
  'scare-quotes',
  'hedge',
  'anonymous-sourcing',
  'unattributed-claim',
  'single-source',
]);

export const Voice = z.enum(['author', 'attributed']);

export const Caveat = Span.extend({
  id: z.string().openapi({ example: 'k1' }),
  kind: CaveatKind,
  voice: Voice,
  reason: z.string(),
}).openapi('Caveat');

export const FurnitureKind = z
  .enum([
    'headline',
    'byline',
    'dateline',
    'credit',
    'embed',
    'embed-credit',
    'widget',
    'newsletter',
    'comment-form',
    'related',
    'share',
    'copyright',
    'label',
  ])
  .openapi({
    description:
      'headline: a title or heading line; byline: "By Jane Doe"; dateline: "BOSTON (Reuters) -" (the sentence after it is content); ' +
      'credit: a photo or image credit or caption; embed: the text of an embedded social post; embed-credit: its "— Name (@handle) date" line; ' +
      'widget: a poll; newsletter: a subscription box; comment-form: comment or contact form fields; related: read-more and related links; ' +
      'share: a run of share buttons; copyright: copyright and distribution lines; label: a short line such as "Advertisement".',
  });

// MAX_FURNITURE lives in ./ceilings (no zod) so the engine can use it without loading zod.
export { MAX_FURNITURE };

export const FurnitureRange = Range.extend({ kind: FurnitureKind }).openapi('Furniture');

export const Stats = z
  .object({
    characters: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    paragraphs: z.number().int().nonnegative(),
  })
  .openapi('Stats');

export const Brief = z
  .object({
    version: z.literal('1'),
    engine: z.string().openapi({ example: 'edge-brief@1.2.0' }),
    id: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().nullable(),
    url: z.string().nullable().optional(),
    language: z.string(),
    stats: Stats,
    summary: z.array(Span),
    actors: z.array(Actor),
    claims: z.array(Claim),
    sources: z.array(Source),
    caveats: z.array(Caveat),
    /** Lists cut at their ceiling (src/schema/ceilings.ts), e.g. `caveats`, `actors.mentions`; absent when none was. */
    truncated: z
      .array(z.enum(Object.keys(LIST_CEILINGS) as [keyof typeof LIST_CEILINGS, ...(keyof typeof LIST_CEILINGS)[]]))
      .optional()
      .openapi({ description: `The lists that were cut, absent when none was. ${CEILINGS_NOTE}` }),
    furniture: z
      .array(FurnitureRange)
      .max(MAX_FURNITURE)
      .optional()
      .openapi({
        description:
          'Page furniture found in the text (headline, byline, dateline, credits, embedded posts, widgets, forms, links, ' +
          `copyright lines), in text order, at most ${MAX_FURNITURE}. Nothing inside it yields an actor, claim, source or caveat ` +
          '(except: an agency in a dateline and the author of an embedded post still count as sources; an embedded post is a claim only ' +
          "when the article names its author outside furniture; the article's own title keeps its author-voice caveats). " +
          'Absent when there is none.',
      }),
    /** The analysed text, present only when the caller asked for it (`?include=text`). */
    text: z.string().optional(),
  })
  .openapi('Brief', { description: `A structured brief of one article. ${CEILINGS_NOTE}` });

export type Range = z.infer<typeof Range>;
export type Span = z.infer<typeof Span>;
export type Actor = z.infer<typeof Actor>;
export type ActorType = z.infer<typeof ActorType>;
export type Speaker = z.infer<typeof Speaker>;
export type Claim = z.infer<typeof Claim>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Source = z.infer<typeof Source>;
export type SourceType = z.infer<typeof SourceType>;
export type Caveat = z.infer<typeof Caveat>;
export type CaveatKind = z.infer<typeof CaveatKind>;
export type Stats = z.infer<typeof Stats>;
export type FurnitureRange = z.infer<typeof FurnitureRange>;
export type Brief = z.infer<typeof Brief>;

/** What callers send: the article and its optional metadata. */
export const ArticleInput = z
  .object({
    text: z
      .string()
      .refine((text) => text.trim().length > 0, { message: 'text is blank' })
      .openapi({ description: 'The article as plain text.' }),
    title: z.string().optional(),
    url: z.string().optional(),
  })
  .openapi('ArticleInput');

/** RFC 9457 problem details, the body of every error. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;
