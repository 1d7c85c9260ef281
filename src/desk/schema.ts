/** The desk API's request and response schemas (zod, for validation and the OpenAPI document). */
import { z } from '@hono/zod-openapi';
import { ARTICLE_SORTS } from './queries';

const Day = z
  .string()
  // Empty is no filter: the desk page's plain GET form sends every field, filled in or not.
  .regex(/^$|^\d{4}-\d{2}-\d{2}/, 'an ISO date, YYYY-MM-DD')
  .max(40)
  .optional()
  .openapi({ example: '2026-11-01' });

export const DeskFilterQuery = z.object({
  source: z.string().max(64).optional().openapi({ description: 'A webhook sender or batch source', example: 'ghost' }),
  from: Day.openapi({ description: 'First day, inclusive, on the published time (else the briefed time)' }),
  to: Day.openapi({ description: 'Last day, inclusive' }),
  author: z.string().max(200).optional().openapi({ description: 'An author, case-insensitive' }),
  section: z.string().max(200).optional().openapi({ description: 'A section, exactly as the CMS sent it' }),
  speaker: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Only articles quoting this speaker (name case-folded, as the summary groups them)' }),
  cited: z.string().max(200).optional().openapi({ description: 'Only articles citing this source (name case-folded)' }),
});

const Limit = z.coerce.number().int().min(1).max(500).optional().openapi({ description: 'Rows per page (default 50)' });
const Cursor = z.string().max(500).optional().openapi({ description: '`nextCursor` of the previous page' });

export const DeskArticlesQuery = DeskFilterQuery.extend({
  sort: z
    .enum(Object.keys(ARTICLE_SORTS) as [keyof typeof ARTICLE_SORTS, ...(keyof typeof ARTICLE_SORTS)[]])
    .optional()
    .openapi({ description: 'Default `date`' }),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default `desc`' }),
  limit: Limit,
  cursor: Cursor,
  format: z.enum(['json', 'csv']).optional().openapi({ description: '`csv`: all rows as CSV (as `Accept: text/csv`)' }),
});

export const DeskSpeakersQuery = DeskFilterQuery.extend({ limit: Limit, cursor: Cursor });

export const DeskSummary = z
  .object({
    articles: z.number().int(),
    words: z.number().int(),
    claims: z.number().int(),
    claimsByKind: z.object({ direct: z.number().int(), indirect: z.number().int(), mixed: z.number().int() }),
    anonymousClaims: z.number().int().openapi({ description: 'Claims whose speaker is anonymous' }),
    articlesWithAnonymousSourcing: z
      .number()
      .int()
      .openapi({ description: 'Articles with at least one anonymous claim' }),
    singleSourceArticles: z.number().int().openapi({ description: 'Articles with a `single-source` caveat' }),
    authorVoiceCaveats: z.number().int().openapi({ description: 'Caveats in the author’s own voice' }),
    speakers: z.array(
      z.object({ name: z.string(), type: z.string().nullable(), claims: z.number().int(), articles: z.number().int() }),
    ),
    sources: z.array(
      z.object({ name: z.string(), type: z.string(), anonymous: z.boolean(), articles: z.number().int() }),
    ),
    quotedPeopleByGender: z
      .object({ female: z.number().int(), male: z.number().int(), unknown: z.number().int(), method: z.string() })
      .openapi({ description: 'Named people quoted, once per article, by inferred gender; see `method`' }),
  })
  .openapi('DeskSummary');

export const DeskArticle = z
  .object({
    source: z.string(),
    articleId: z.string(),
    briefId: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    briefedAt: z.string(),
    section: z.string().nullable(),
    authors: z.array(z.string()),
    words: z.number().int(),
    claims: z.number().int(),
    speakers: z.number().int().openapi({ description: 'Distinct speakers' }),
    anonymousClaims: z.number().int(),
    sources: z.number().int(),
    authorVoiceCaveats: z.number().int(),
    authorVoicePer1000Words: z.number(),
  })
  .openapi('DeskArticle');

export const DeskArticlePage = z
  .object({ items: z.array(DeskArticle), nextCursor: z.string().nullable() })
  .openapi('DeskArticlePage');

export const DeskSpeakerPage = z
  .object({
    items: z.array(
      z.object({
        name: z.string(),
        type: z.string().nullable(),
        gender: z.enum(['female', 'male', 'unknown']),
        claims: z.number().int(),
        articles: z.number().int(),
        articleIds: z.array(z.object({ source: z.string(), articleId: z.string() })),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('DeskSpeakerPage');
