/**
 * The desk's sign-in page and its one-line messages (hono/jsx, server-rendered, no script, the
 * page's CSP): a plain POST form that asks for the API token once (src/desk/session.ts).
 */
import { html } from 'hono/html';
import { PAGE_CSS_VERSION } from '../page/styles';

function Shell({ title, children }: { title: string; children?: unknown }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · edge-brief</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`/page.css?v=${PAGE_CSS_VERSION}`} />
      </head>
      <body>
        <main class="wrap">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

/** A page that says one thing (an error, the desk being unavailable). */
export function messagePage(title: string, detail: string) {
  return html`<!doctype html>${(
      <Shell title={title}>
        <p>{detail}</p>
      </Shell>
    )}`;
}

/** The sign-in form; `error` says why the last attempt was refused. */
export function signInPage(error?: string) {
  return html`<!doctype html>${(
      <Shell title="Sign in to the sourcing desk">
        <p>The desk is private: this server has an API token set. Enter it once; the browser keeps you signed in.</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <form class="card" method="post" action="/desk/sign-in">
          <label>
            API token <input type="password" name="token" autocomplete="current-password" required />
          </label>{' '}
          <button type="submit">Sign in</button>
        </form>
      </Shell>
    )}`;
}
