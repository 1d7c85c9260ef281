/**
 * A self-contained HTML reference generated from the OpenAPI document: every operation with its
 * parameters, request bodies and responses. No CDN, no script: it works offline under `npm start`.
 * Descriptions are written in the document's Markdown; the few inline forms they use (`code`,
 * **strong**) are rendered, everything else is escaped text.
 */
import { html, raw } from 'hono/html';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Inline Markdown of a description as HTML: escaped first, then `code` and **strong**. */
export function inlineMarkdown(text: string | undefined) {
  const escaped = (text ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
  return raw(escaped.replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'));
}

export function renderApiDocs(doc: OpenApiDocument) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.info.title} API</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 60rem;
            margin: 2rem auto;
            padding: 0 1rem;
            color: #1b1b1b;
          }
          code,
          pre {
            font-family: ui-monospace, monospace;
          }
          section {
            border-top: 1px solid #ccc;
            padding: 0.5rem 0;
          }
          .m {
            font-weight: 700;
            display: inline-block;
            min-width: 4.5rem;
          }
          .p {
            font-family: ui-monospace, monospace;
          }
          dt {
            font-weight: 600;
          }
          dd {
            margin: 0 0 0.4rem 1rem;
          }
        </style>
      </head>
      <body>
        <h1>${doc.info.title} <small>${doc.info.version}</small></h1>
        <p>${inlineMarkdown(doc.info.description)}</p>
        <p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
        ${operations.map(
          ({ path, method, op }) =>
            html`<section>
              <h2><span class="m">${method}</span> <span class="p">${path}</span></h2>
              <p><strong>${inlineMarkdown(op.summary)}</strong> ${inlineMarkdown(op.description)}</p>
              ${
                op.parameters?.length
                  ? html`<h3>Parameters</h3>
                      <dl>
                        ${op.parameters.map(
                          (p) =>
                            html`<dt><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''})</dt>
                              <dd>${inlineMarkdown(p.description)}</dd>`,
                        )}
                      </dl>`
                  : ''
              }
              ${
                op.requestBody?.content
                  ? html`<h3>Body</h3>
                      <p>${Object.keys(op.requestBody.content).map((t) => html`<code>${t}</code> `)}</p>`
                  : ''
              }
              <h3>Responses</h3>
              <dl>
                ${Object.entries(op.responses ?? {}).map(
                  ([status, r]) =>
                    html`<dt>${status}</dt>
                      <dd>
                        ${inlineMarkdown(r.description)}
                        ${raw(
                          Object.keys(r.content ?? {})
                            .map((t) => `<code>${t}</code>`)
                            .join(' '),
                        )}
                      </dd>`,
                )}
              </dl>
            </section>`,
        )}
      </body>
    </html>`;
}
