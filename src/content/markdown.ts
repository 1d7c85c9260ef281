/**
 * Markdown to plain text: `marked` renders it to HTML, then `htmlToText` (the same extractor the
 * API uses for HTML) reads the text out. One path for HTML-ish input keeps the paragraph layout,
 * entity decoding and dropped elements (scripts, embedded media) identical whatever the source.
 * Contentful long-text fields and Strapi 4 rich text are Markdown.
 * `marked` is loaded on first use: only a webhook delivery with a Markdown body needs it.
 */
import type { Marked } from 'marked';
import { htmlToText } from './html';

// A private instance: no extension another module registers on the global `marked` changes ours.
let markdown: Promise<Marked> | undefined;

export async function markdownToText(source: string): Promise<string> {
  markdown ??= import('marked').then(({ Marked }) => new Marked({ gfm: true, async: false }));
  return htmlToText((await markdown).parse(source, { async: false }));
}
