/**
 * The browser script, generated on first use from the same TypeScript the server renders with:
 * the compiled source of `highlight`, `resultView`, `isHtmlArticle` and `clientMain`, each a
 * self-contained function, wired together in one IIFE. No browser build step and no second copy
 * of the highlighting logic to keep in sync.
 *
 * Known limit: `Function.prototype.toString` returns whatever the bundler emitted. The functions
 * only reach their collaborators through parameters, so a minifier's renaming is harmless. What a
 * bundle must not do is wrap nested functions in a helper of its own: esbuild's keep-names does
 * (`__name(fn, "name")`), and minified the helper gets a short name the browser has never seen, so
 * wrangler.toml turns `keep_names` off. A no-op `__name` is still declared for bundles that keep
 * names unminified. The browser test runs the script exactly as `npm start` serves it.
 */
import { clientMain } from './client';
import { isHtmlArticle } from './format';
import { highlight } from './highlight';
import { resultView } from './view';
import { fingerprint } from './fingerprint';

/** The script and its fingerprint, built on first request (not at startup: most requests are not the page). */
let built: { source: string; version: string } | undefined;
export function clientScript(): { source: string; version: string } {
  if (built) return built;
  const source = `"use strict";
(() => {
const __name = (fn) => fn;
const highlight = ${highlight.toString()};
const resultView = ${resultView.toString()};
const isHtmlArticle = ${isHtmlArticle.toString()};
(${clientMain.toString()})({ highlight, resultView, isHtmlArticle });
})();
`;
  built = { source, version: fingerprint(source) };
  return built;
}
