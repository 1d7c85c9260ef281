/**
 * /v1/desk: the sourcing desk's API (issue 15), read from D1 (src/desk/). Behind `API_TOKEN` like
 * the rest of /v1 (src/app.ts). Every list and figure takes the same filters: source, from, to
 * (inclusive days on the published time, else the briefed time), author, section, speaker (articles
 * quoting them) and cited (articles citing a source).
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv, Bindings } from '../env';
import { ProblemError } from '../http/problem';
import { validationHook } from '../http/validation';
import { guardedAnswers, problem } from '../http/openapi';
import { GENDER_METHOD } from '../desk/gender';
import { deskArticles, deskSpeakers, deskSummary, decodeCursor, type DeskFilters } from '../desk/queries';
import { csvHeader, csvRow } from '../desk/csv';
import {
  DeskArticlePage,
  DeskArticlesQuery,
  DeskFilterQuery,
  DeskSpeakerPage,
  DeskSpeakersQuery,
  DeskSummary,
} from '../desk/schema';

const deskAnswers = {
  ...guardedAnswers,
  422: problem('A filter or paging parameter is not valid'),
  503: problem('The desk database (D1) is unavailable'),
} as const;

/** The filters as the queries take them: days cut to YYYY-MM-DD, blanks dropped. */
export function filtersOf(query: z.infer<typeof DeskFilterQuery>): DeskFilters {
  const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  return {
    source: text(query.source),
    section: text(query.section),
    author: text(query.author),
    from: text(query.from)?.slice(0, 10),
    to: text(query.to)?.slice(0, 10),
    speaker: text(query.speaker),
    cited: text(query.cited),
  };
}

export function deskDb(env: Bindings): D1Database {
  if (!env.DESK) throw deskUnavailable(new Error('no DESK binding'));
  return env.DESK;
}

export function deskUnavailable(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  console.error('desk: D1 read failed:', error);
  return new ProblemError(503, {
    slug: 'desk-unavailable',
    title: 'Sourcing desk unavailable',
    detail: 'The desk database could not be read; retry shortly.',
    headers: { 'Retry-After': '5' },
  });
}

function badCursor(): ProblemError {
  return new ProblemError(422, {
    slug: 'invalid-request',
    title: 'The request does not match the schema',
    detail: 'cursor: not a cursor this API gave out',
    errors: [{ path: 'cursor', message: 'not a cursor this API gave out' }],
  });
}

export const desk = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/summary',
      summary: 'Sourcing desk: the figures',
      description:
        'Articles, words, claims by kind, anonymous sourcing, single-source articles, author-voice caveats, the top 20 speakers (by claims, names case-folded) and sources (by articles), and named people quoted by inferred gender.',
      request: { query: DeskFilterQuery },
      responses: {
        ...deskAnswers,
        200: { description: 'The summary', content: { 'application/json': { schema: DeskSummary } } },
      },
    }),
    async (c) => {
      const filters = filtersOf(c.req.valid('query'));
      const summary = await deskSummary(deskDb(c.env), filters, GENDER_METHOD).catch((e: unknown) => {
        throw deskUnavailable(e);
      });
      return c.json(summary, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/articles',
      summary: 'Sourcing desk: one row per article',
      description:
        'Each article with its counts, sorted (`sort`, `order`) and paged by cursor. With `Accept: text/csv` or `?format=csv`: every row (all pages) as CSV with a header line.',
      request: { query: DeskArticlesQuery },
      responses: {
        ...deskAnswers,
        200: {
          description: 'A page of articles, or all of them as CSV',
          content: { 'application/json': { schema: DeskArticlePage }, 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const filters = filtersOf(query);
      const sort = query.sort ?? 'date';
      const order = query.order ?? 'desc';
      const db = deskDb(c.env);
      const wantsCsv =
        query.format === 'csv' || (query.format !== 'json' && /\btext\/csv\b/i.test(c.req.header('accept') ?? ''));
      if (wantsCsv) return csvResponse(db, filters, sort, order);
      const cursor = decodeCursor(query.cursor);
      if (query.cursor && !cursor) throw badCursor();
      const page = await deskArticles(db, filters, { sort, order, limit: query.limit ?? 50, cursor }).catch(
        (e: unknown) => {
          throw deskUnavailable(e);
        },
      );
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/speakers',
      summary: 'Sourcing desk: every speaker',
      description:
        'Every speaker (names case-folded) with claims, articles, inferred gender and the ids of the articles, most claims first, paged by cursor.',
      request: { query: DeskSpeakersQuery },
      responses: {
        ...deskAnswers,
        200: { description: 'A page of speakers', content: { 'application/json': { schema: DeskSpeakerPage } } },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const cursor = decodeCursor(query.cursor);
      if (query.cursor && !cursor) throw badCursor();
      const page = await deskSpeakers(deskDb(c.env), filtersOf(query), { limit: query.limit ?? 50, cursor }).catch(
        (e: unknown) => {
          throw deskUnavailable(e);
        },
      );
      return c.json(page as z.infer<typeof DeskSpeakerPage>, 200);
    },
  );

/** All pages as CSV, streamed a page of 1,000 rows at a time. The first page is read before answering, so D1 down is a 503. */
async function csvResponse(
  db: D1Database,
  filters: DeskFilters,
  sort: Parameters<typeof deskArticles>[2]['sort'],
  order: 'asc' | 'desc',
): Promise<Response> {
  const read = (cursor: unknown[] | null) => deskArticles(db, filters, { sort, order, limit: 1000, cursor });
  let page = await read(null).catch((e: unknown) => {
    throw deskUnavailable(e);
  });
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!first) {
        const cursor = decodeCursor(page.nextCursor ?? undefined);
        if (!cursor) return controller.close();
        page = await read(cursor);
      }
      const text = (first ? csvHeader() : '') + page.items.map(csvRow).join('');
      first = false;
      controller.enqueue(encoder.encode(text));
      if (!page.nextCursor) controller.close();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': 'attachment; filename="desk-articles.csv"',
    },
  });
}
