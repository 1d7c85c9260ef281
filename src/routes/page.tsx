/**
 * The form page: `GET /` shows the form, `POST /` (urlencoded or multipart, i.e. a plain HTML form
 * with no JavaScript) answers with the same page showing the brief, and `/app.js` + `/page.css`
 * are its only assets. With JavaScript the script in `src/page/` takes over the submit and renders
 * the same view in place from the JSON API.
 *
 * Form errors come back as the page with a message and the right status (413, 415, 422), not as
 * problem+json: a person submitted the form, so a person reads the answer.
 *
 * Security: everything typed is rendered by hono/jsx, which escapes text and attributes; the CSP
 * allows scripts, styles and requests from this origin only (no inline code at all), plus Trusted
 * Types, which the script satisfies by never writing HTML strings to the DOM.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { html } from 'hono/html';
import { jsx } from 'hono/jsx';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env';
import { Brief, Problem } from '../schema/brief';
import { limitBody } from '../http/body-limit';
import { BriefStore } from '../storage/brief-store';
import { briefThroughCache } from '../briefing';
import { htmlToText } from '../content/html';
import { ProblemError } from '../http/problem';
import { rateLimit } from '../http/rate-limit';
import { prefersHtml } from '../http/negotiate';
import { respondWithStoredBrief, storeReadFailed } from '../http/stored-brief';
import { markdownDownload } from '../http/openapi';
import { issuesOf } from '../http/validation';
import { isHtmlArticle, type ArticleFormat } from '../page/format';
import { highlight } from '../page/highlight';
import { briefPage } from '../page/brief-page';
import { clientScript } from '../page/script';
import { PAGE_CSS, PAGE_CSS_VERSION } from '../page/styles';
import { resultView, type H } from '../page/view';

type JsxNode = ReturnType<typeof jsx>;

export const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    requireTrustedTypesFor: ["'script'"],
  },
});

/** A failed form submission (body too large, wrong type) answers with the page, not problem+json. */
const formErrorsAsPage = createMiddleware<AppEnv>(async function formErrorsAsPage(c, next) {
  await next();
  const error = c.error;
  if (error instanceof ProblemError || error instanceof HTTPException) {
    const detail =
      error instanceof ProblemError ? error.detail : (FORM_ERRORS[error.status] ?? 'The form could not be read.');
    c.res = undefined;
    c.res = await renderPage(c, { form: {}, error: detail }, error.status);
    // Retry-After of a 429 (and any other header the problem carries) still reaches the browser.
    if (error instanceof ProblemError)
      for (const [name, value] of Object.entries(error.headers ?? {})) c.res.headers.set(name, value);
  }
});

const FORM_ERRORS: Record<number, string> = {
  400: 'The form could not be read.',
  413: 'The article is larger than the limit.',
  415: 'Send the article with the form on this page.',
};

const BriefForm = z.object({
  text: z.string().optional().openapi({ description: 'The article: plain text or HTML.' }),
  title: z.string().optional(),
  format: z
    .enum(['auto', 'text', 'html'])
    .optional()
    .openapi({ description: '`auto` (default) treats the text as HTML only when it is markup from start to end.' }),
});

const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });

interface FormState {
  text?: string;
  title?: string;
  format?: ArticleFormat;
}

export const page = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The form page',
      description: 'Paste an article and see its brief beside the highlighted text. Works without JavaScript.',
      middleware: [pageHeaders] as const,
      responses: { 200: htmlPage('The form') },
    }),
    (c) => {
      c.header('Cache-Control', 'no-cache');
      return renderPage(c, { form: {} });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Submit the form (no JavaScript)',
      description:
        'The form posted as `application/x-www-form-urlencoded` or `multipart/form-data`; answers with the page showing the brief.',
      middleware: [pageHeaders, formErrorsAsPage, rateLimit('FORM_RATE_LIMIT', 'form'), limitBody] as const,
      request: {
        body: {
          required: false,
          content: {
            'application/x-www-form-urlencoded': { schema: BriefForm },
            'multipart/form-data': { schema: BriefForm },
          },
        },
      },
      responses: {
        200: htmlPage('The page with the brief'),
        413: htmlPage('The page with a message: body over the size limit'),
        415: htmlPage('The page with a message: not a form submission'),
        422: htmlPage('The page with a message: blank text or an invalid field'),
      },
    }),
    async (c) => {
      const contentType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (contentType !== 'application/x-www-form-urlencoded' && contentType !== 'multipart/form-data') {
        return renderPage(c, { form: {}, error: 'Send the article with the form on this page.' }, 415);
      }
      const fields = c.req.valid('form');
      // Browsers send a textarea's line breaks as CRLF; the user typed (and the JSON path sends) LF.
      const form: FormState = {
        text: (fields.text ?? '').replace(/\r\n?/g, '\n'),
        title: fields.title?.trim() ?? '',
        format: fields.format ?? 'auto',
      };
      const text = form.text ?? '';
      if (!text.trim()) return renderPage(c, { form, error: 'Paste an article first: the text is blank.' }, 422);
      const analysed = isHtmlArticle(text, form.format ?? 'auto') ? htmlToText(text) : text;
      if (!analysed.trim()) return renderPage(c, { form, error: 'That HTML has no readable text in it.' }, 422);
      const store = BriefStore.of(c.env);
      const result = await briefThroughCache(store, { text: analysed, title: form.title || undefined });
      c.header('X-Cache', result.cache);
      c.header('Cache-Control', 'no-store');
      return renderPage(c, { form, brief: result.brief, analysed });
    },
    (result, c) => {
      if (!result.success) {
        const detail = issuesOf(result.error)
          .map((e) => `${e.path}: ${e.message}`)
          .join('; ');
        return renderPage(c, { form: {}, error: `The form could not be read (${detail}).` }, 422);
      }
      return undefined; // valid: the handler answers
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/brief/{id}',
      summary: 'A brief the page showed (its Open JSON and Download Markdown links, the desk’s article links)',
      description:
        'Public like the form: the id is the SHA-256 of the article, so anyone who could name it could paste the article into the form. JSON, unless the `Accept` header prefers `text/html` over `application/json` (a browser following a link): then the brief as a page, its panels without the article’s text, which is not kept (`Vary: Accept`). `/brief/{id}.json` is always the JSON, `/brief/{id}.md` the Markdown download. The developer API equivalent, `GET /v1/briefs/{id}`, needs the token when one is set.',
      middleware: [pageHeaders] as const,
      request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: {
        200: {
          description: 'The brief',
          content: {
            'application/json': { schema: Brief },
            'text/html': { schema: z.string() },
            'text/markdown': { schema: z.string() },
          },
        },
        304: { description: 'Not modified (If-None-Match matched)' },
        404: { description: 'No brief with this id', content: { 'application/problem+json': { schema: Problem } } },
      },
    }),
    (c) => {
      const id = c.req.valid('param').id;
      if (id.endsWith('.md')) return respondWithStoredBrief(c, id);
      if (id.endsWith('.json')) return respondWithStoredBrief(c, id.slice(0, -'.json'.length));
      // One URL, two representations: caches must key on Accept.
      c.header('Vary', 'Accept');
      return prefersHtml(c.req.header('accept')) ? respondWithBriefPage(c, id) : respondWithStoredBrief(c, id);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/app.js',
      summary: 'The form page script',
      responses: { 200: { description: 'JavaScript', content: { 'text/javascript': { schema: z.string() } } } },
    }),
    (c) => asset(c, clientScript().source, clientScript().version, 'text/javascript; charset=utf-8'),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/page.css',
      summary: 'The form page stylesheet',
      responses: { 200: { description: 'CSS', content: { 'text/css': { schema: z.string() } } } },
    }),
    (c) => asset(c, PAGE_CSS, PAGE_CSS_VERSION, 'text/css; charset=utf-8'),
  );

// Served by `/brief/{id}` (its `{id}` may end in `.md`); listed on its own so the document shows it.
page.openAPIRegistry.registerPath(
  markdownDownload('/brief/{id}.md', 'A brief the page showed, as Markdown (its Download Markdown link)'),
);

/**
 * The stored brief as a page. Not `immutable` like the JSON: the brief cannot change, but the page
 * around it changes with each deploy, so it is kept a few minutes.
 */
async function respondWithBriefPage(c: Context<AppEnv>, id: string): Promise<Response> {
  const found = /^[0-9a-f]{64}$/.test(id) ? await BriefStore.of(c.env).read(id).catch(storeReadFailed) : null;
  if (!found)
    throw new ProblemError(404, {
      slug: 'not-found',
      title: 'Brief not found',
      detail: `No brief with id ${id}: it is unknown or has expired.`,
    });
  c.header('Cache-Control', 'public, max-age=300');
  c.header('X-Cache', 'HIT');
  return c.html(briefPage(found.brief));
}

/** Assets are fingerprinted in the page's URLs, so a matching `?v=` may be cached for good. */
function asset(c: Context<AppEnv>, body: string, version: string, type: string): Response {
  const current = c.req.query('v') === version;
  return c.body(body, 200, {
    'Content-Type': type,
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    ETag: `"${version}"`,
  });
}

interface PageProps {
  form: FormState;
  brief?: Brief;
  analysed?: string;
  error?: string;
}

function renderPage(
  c: Context<AppEnv>,
  props: PageProps,
  status: 200 | 413 | 415 | 422 | number = 200,
): Response | Promise<Response> {
  return c.html(html`<!doctype html>${(<Page {...props} />)}`, status as 200);
}

function Page({ form, brief, analysed, error }: PageProps) {
  const format = form.format ?? 'auto';
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {brief ? `${brief.title ?? 'Untitled article'} · edge-brief` : 'edge-brief: brief a news article'}
        </title>
        <meta
          name="description"
          content="Paste a news article and see who is in it, who said what, what it rests on, and where the author opines."
        />
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`/page.css?v=${PAGE_CSS_VERSION}`} />
        <script src={`/app.js?v=${clientScript().version}`} defer></script>
      </head>
      <body>
        <a class="skip" href={brief ? '#result' : '#text'}>
          {brief ? 'Skip to the brief' : 'Skip to the article field'}
        </a>
        <header class="top">
          <div class="wrap">
            <h1>edge-brief</h1>
            <p>Paste a news article: see who is in it, who said what, what it rests on, and where the author opines.</p>
          </div>
        </header>
        <main class="wrap">
          <form id="brief-form" class="card" method="post" action="/" aria-describedby="form-error">
            <div>
              <label for="title">
                Title <span class="hint">(optional)</span>
              </label>
              <input type="text" id="title" name="title" value={form.title ?? ''} autocomplete="off" />
            </div>
            <div>
              <label for="text">Article</label>{' '}
              <span class="hint" id="text-hint">
                Plain text, or an HTML page or fragment pasted as source.
              </span>
              <textarea
                id="text"
                name="text"
                rows={brief ? 6 : 12}
                required
                aria-describedby="text-hint"
                spellcheck={false}
              >
                {/* The HTML parser drops one leading newline in a textarea; this one keeps the text's own. */}
                {'\n' + (form.text ?? '')}
              </textarea>
            </div>
            <fieldset>
              <legend>Format</legend>
              {(
                [
                  ['auto', 'Detect'],
                  ['text', 'Plain text'],
                  ['html', 'HTML'],
                ] as const
              ).map(([value, label]) => (
                <label class="hint">
                  <input type="radio" name="format" value={value} checked={format === value} /> {label}
                </label>
              ))}
            </fieldset>
            <div class="row">
              <button type="submit">Brief this article</button>
              <span id="status" role="status" aria-live="polite"></span>
            </div>
            <p id="form-error" class="error" role="alert" hidden={!error}>
              {error ?? ''}
            </p>
          </form>
          {brief && analysed !== undefined ? (
            resultView(jsx as unknown as H<JsxNode>, brief, analysed, highlight)
          ) : (
            <section id="result" class="result" hidden></section>
          )}
        </main>
        <footer>
          Deterministic rules, no model, no tracking. <a href="/docs">API reference</a>
        </footer>
      </body>
    </html>
  );
}
