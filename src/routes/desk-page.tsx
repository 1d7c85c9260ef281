/**
 * GET /desk: the sourcing desk as a page (server-rendered, no JavaScript, the form page's CSP).
 * Filters arrive as a plain GET form. When `API_TOKEN` is set, the desk's data is as private as
 * /v1/desk: the page needs the token as `Authorization: Bearer`; the sign-in form with a session
 * cookie (issue 15) is not built yet, so a browser gets a 401 page explaining that.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppEnv } from '../env';
import { bearerToken, configuredTokens, tokenMatches } from '../http/auth';
import { PAGE_CSS_VERSION } from '../page/styles';
import { GENDER_METHOD } from '../desk/gender';
import { deskArticles, deskSummary, deskWeekly } from '../desk/queries';
import { DeskFilterQuery } from '../desk/schema';
import { DeskPage } from '../desk/view';
import { deskDb, deskUnavailable, filtersOf } from './desk';
import { pageHeaders } from './page';

const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });

export const deskPage = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/desk',
    summary: 'The sourcing desk page',
    description:
      'Figures, weekly trends, top speakers and sources and the latest articles, filtered by a plain GET form. Needs the API token when `API_TOKEN` is set.',
    middleware: [pageHeaders] as const,
    request: { query: DeskFilterQuery },
    responses: {
      200: htmlPage('The desk'),
      401: htmlPage('`API_TOKEN` is set and the request has no valid bearer token'),
      422: htmlPage('A filter is not valid'),
      503: htmlPage('The desk database is unavailable'),
    },
  }),
  async (c) => {
    c.header('Cache-Control', 'no-store');
    const tokens = configuredTokens(c.env.API_TOKEN);
    const presented = bearerToken(c.req.header('authorization'));
    if (tokens.length > 0 && !(presented !== null && (await tokenMatches(presented, tokens)))) {
      c.header('WWW-Authenticate', 'Bearer realm="edge-brief"');
      return c.html(
        message(
          'The desk is private',
          'API_TOKEN is set: send it as Authorization: Bearer. A sign-in form is not built yet.',
        ),
        401,
      );
    }
    const parsed = DeskFilterQuery.safeParse(c.req.query());
    if (!parsed.success) return c.html(message('Filters not understood', 'Dates are YYYY-MM-DD.'), 422);
    const filters = filtersOf(parsed.data);
    try {
      const db = deskDb(c.env);
      const [summary, weeks, latest] = await Promise.all([
        deskSummary(db, filters, GENDER_METHOD),
        deskWeekly(db, filters),
        deskArticles(db, filters, { sort: 'date', order: 'desc', limit: 20, cursor: null }),
      ]);
      const cssHref = `/page.css?v=${PAGE_CSS_VERSION}`;
      return c.html(
        html`<!doctype html>
          ${(<DeskPage filters={filters} summary={summary} weeks={weeks} latest={latest.items} cssHref={cssHref} />)}`,
      );
    } catch (error) {
      deskUnavailable(error);
      return c.html(message('The desk is unavailable', 'Its database could not be read; try again shortly.'), 503);
    }
  },
);

function message(title: string, detail: string) {
  return html`<!doctype html>${(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>{title} · edge-brief</title>
          <link rel="stylesheet" href={`/page.css?v=${PAGE_CSS_VERSION}`} />
        </head>
        <body>
          <main class="wrap">
            <h1>{title}</h1>
            <p>{detail}</p>
          </main>
        </body>
      </html>
    )}`;
}
