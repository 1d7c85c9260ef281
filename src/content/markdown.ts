/**
 * Markdown to plain text: `marked` renders it to HTML, then `htmlToText` (the same extractor the
 * API uses for HTML) reads the text out. One path for HTML-ish input keeps the paragraph layout,
 * entity decoding and dropped elements (scripts, embedded media) identical whatever the source.
 * Contentful long-text fields and Strapi 4 rich text are Markdown.
 */
import { Marked } from 'marked';
import { htmlToText } from './html';

// A private instance: no extension another module registers on the global `marked` changes ours.
const markdown = new Marked({ gfm: true, async: false });

export function markdownToText(source: string): string {
  return htmlToText(markdown.parse(source, { async: false }));
}
