/**
 * Article bodies to the plain text the engine analyses: plain text as it is, HTML through
 * `htmlToText`, Markdown through `markdownToText`. The structured formats (Contentful Rich Text,
 * Portable Text, Strapi Blocks) are turned to text by the adapters with the converters beside this
 * file, since only the adapter knows which format a field holds.
 */
import { htmlToText } from './html';
import { markdownToText } from './markdown';

export { richTextToText, isRichTextDocument } from './contentful-rich-text';
export { portableTextToText, isPortableText } from './portable-text';
export { strapiBlocksToText, isStrapiBlocks } from './strapi-blocks';
export { markdownToText } from './markdown';

/** How an article body came: turned into plain text by `bodyToText` before briefing. */
export type ArticleBody =
  { format: 'text'; value: string } | { format: 'html'; value: string } | { format: 'markdown'; value: string };

export function bodyToText(body: ArticleBody): string {
  switch (body.format) {
    case 'text':
      return body.value;
    case 'html':
      return htmlToText(body.value);
    case 'markdown':
      return markdownToText(body.value);
  }
}
