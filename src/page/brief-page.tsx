/**
 * A stored brief as a page (`GET /brief/{id}` asked for by a browser): the form page's panels
 * (summary, actors with roles, claims by speaker with their quoted spans, sources, caveats) from
 * `resultView` without the text, which is not kept. Rendered on the server only, no script, under
 * the page's CSP; everything in the brief is text to hono/jsx, which escapes it.
 */
import { html } from 'hono/html';
import { jsx } from 'hono/jsx';
import type { Brief } from '../schema/brief';
import { highlight } from './highlight';
import { PAGE_CSS_VERSION } from './styles';
import { resultView, type H } from './view';

type JsxNode = ReturnType<typeof jsx>;

export function briefPage(brief: Brief) {
  return html`<!doctype html>${(<BriefPage brief={brief} />)}`;
}

function BriefPage({ brief }: { brief: Brief }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${brief.title ?? 'Untitled article'} · brief · edge-brief`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`/page.css?v=${PAGE_CSS_VERSION}`} />
      </head>
      <body>
        <a class="skip" href="#result">
          Skip to the brief
        </a>
        <header class="top">
          <div class="wrap">
            <h1>edge-brief</h1>
            <p>
              A stored brief: who is in the article, who said what, what it rests on, and where the author opines.{' '}
              <a href="/">Brief another article</a>
            </p>
          </div>
        </header>
        <main class="wrap">{resultView(jsx as unknown as H<JsxNode>, brief, null, highlight)}</main>
        <footer>
          Deterministic rules, no model, no tracking. <a href="/docs">API reference</a>
        </footer>
      </body>
    </html>
  );
}
