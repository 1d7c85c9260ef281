/**
 * GET /desk: the sourcing desk as a page (server-rendered, no JavaScript, the form page's CSP).
 * Filters arrive as a plain GET form. When `API_TOKEN` is set, the desk's data is as private as
 * /v1/desk: a browser signs in once with the token (POST /desk/sign-in, a plain form) and gets an
 * HMAC-signed session cookie; POST /desk/sign-out revokes it (src/desk/session.ts). A bearer token
 * still works for scripts. The POSTs are checked for a same-origin `Origin` or `Sec-Fetch-Site`
 * (hono/csrf) on top of the cookie's SameSite=Strict.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../env';
import { bearerToken, configuredTokens, tokenMatches } from '../http/auth';
import { limitBody } from '../http/body-limit';
import { ProblemError } from '../http/problem';
import { enforceRateLimit } from '../http/rate-limit';
import { PAGE_CSS_VERSION } from '../page/styles';
import { GENDER_METHOD } from '../desk/gender';
import { deskArticles, deskSummary, deskWeekly } from '../desk/queries';
import { DeskFilterQuery } from '../desk/schema';
import { closeSession, currentSession, openSession, signInToken } from '../desk/session';
import { messagePage, signInPage } from '../desk/sign-in-view';
import { DeskPage } from '../desk/view';
import { deskDb, deskUnavailable, filtersOf } from './desk';
import { pageHeaders } from './page';

const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const SignInForm = z.object({ token: z.string().optional() });
const seeDesk = (c: Context<AppEnv>) => c.redirect('/desk', 303);

/** Who may read the desk: open (no token set), a bearer token, a live session, or nobody. */
async function access(c: Context<AppEnv>): Promise<'open' | 'bearer' | 'session' | null> {
  const tokens = configuredTokens(c.env.API_TOKEN);
  if (tokens.length === 0) return 'open';
  const presented = bearerToken(c.req.header('authorization'));
  if (presented !== null && (await tokenMatches(presented, tokens))) return 'bearer';
  return (await currentSession(c, deskDb(c.env), tokens)) ? 'session' : null;
}

function unavailable(c: Context<AppEnv>, error: unknown) {
  deskUnavailable(error);
  return c.html(messagePage('The desk is unavailable', 'Its database could not be read; try again shortly.'), 503);
}

export const deskPage = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/desk',
      summary: 'The sourcing desk page',
      description:
        'Figures, weekly trends, top speakers and sources and the latest articles, filtered by a plain GET form. When `API_TOKEN` is set: needs a desk session (sign in at POST /desk/sign-in) or the bearer token; else answers with the sign-in form.',
      middleware: [pageHeaders] as const,
      request: { query: DeskFilterQuery },
      responses: {
        200: htmlPage('The desk'),
        401: htmlPage('`API_TOKEN` is set and the request has no live session or valid bearer token: the sign-in form'),
        422: htmlPage('A filter is not valid'),
        503: htmlPage('The desk database is unavailable'),
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      let allowed: Awaited<ReturnType<typeof access>>;
      try {
        allowed = await access(c);
      } catch (error) {
        return unavailable(c, error);
      }
      if (!allowed) {
        c.header('WWW-Authenticate', 'Bearer realm="edge-brief"');
        return c.html(signInPage(), 401);
      }
      const parsed = DeskFilterQuery.safeParse(c.req.query());
      if (!parsed.success) return c.html(messagePage('Filters not understood', 'Dates are YYYY-MM-DD.'), 422);
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
          html`<!doctype html> ${(
              <DeskPage
                filters={filters}
                summary={summary}
                weeks={weeks}
                latest={latest.items}
                cssHref={cssHref}
                signedIn={allowed === 'session'}
              />
            )}`,
        );
      } catch (error) {
        return unavailable(c, error);
      }
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/desk/sign-in',
      summary: 'Sign in to the desk page',
      description:
        'The sign-in form (`token`, the API token). Valid: a session cookie (HttpOnly, Secure, SameSite=Strict, HMAC-signed, 12 hours) and 303 to /desk. Rate limited like the form page.',
      middleware: [pageHeaders, csrf(), limitBody] as const,
      request: {
        body: { required: false, content: { 'application/x-www-form-urlencoded': { schema: SignInForm } } },
      },
      responses: {
        303: { description: 'Signed in (or no token is set): on to /desk' },
        401: htmlPage('The token is not valid: the sign-in form again'),
        429: htmlPage('Too many attempts from this address'),
        503: htmlPage('The desk database is unavailable'),
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const tokens = configuredTokens(c.env.API_TOKEN);
      if (tokens.length === 0) return seeDesk(c);
      try {
        await enforceRateLimit(c, c.env.FORM_RATE_LIMIT, 'desk-sign-in');
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
        return c.html(signInPage(error.detail), 429);
      }
      const form = SignInForm.safeParse(await c.req.parseBody());
      const token = await signInToken(form.success ? form.data.token : undefined, tokens);
      if (!token) return c.html(signInPage('That is not the API token.'), 401);
      try {
        await openSession(c, deskDb(c.env), token);
      } catch (error) {
        return unavailable(c, error);
      }
      return seeDesk(c);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/desk/sign-out',
      summary: 'Sign out of the desk page',
      description:
        'Ends the session everywhere (its cookie is refused from then on, even a copy) and clears the cookie.',
      middleware: [pageHeaders, csrf()] as const,
      responses: {
        303: { description: 'Signed out: on to /desk' },
        503: htmlPage('The desk database is unavailable'),
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      try {
        await closeSession(c, deskDb(c.env), configuredTokens(c.env.API_TOKEN));
      } catch (error) {
        return unavailable(c, error);
      }
      return seeDesk(c);
    },
  );
