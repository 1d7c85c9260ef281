/**
 * Readable text from HTML, with HTMLRewriter (Workers' native streaming parser).
 *
 * Drops what is not article text (script, style, nav, head, forms, embedded media), puts block
 * elements on lines of their own with a blank line between paragraphs, decodes entities and folds
 * white space. The result is the "analysed text" that brief offsets point into.
 */
import { decodeEntities } from './entities';
import { ProblemError } from '../http/problem';

/** workerd exposes these on elements; @cloudflare/workers-types does not declare them yet. */
type RewriterElement = Element & { selfClosing?: boolean; canHaveContent?: boolean };

/** Register `handler` for the element's end tag, when it will have one (void and `<x/>` do not). */
function onEnd(el: RewriterElement, handler: () => void): boolean {
  if (el.selfClosing || el.canHaveContent === false) return false;
  try {
    el.onEndTag(handler);
    return true;
  } catch {
    return false;
  }
}

const DROPPED = [
  'script',
  'style',
  'nav',
  'head',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'form',
  'button',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
  'picture',
];
const PARAGRAPH_BLOCKS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'ul',
  'ol',
  'dl',
  'article',
  'section',
  'header',
  'footer',
  'main',
  'aside',
  'hr',
];
const LINE_BLOCKS = ['li', 'dt', 'dd', 'tr', 'div', 'br', 'td', 'th'];

export async function htmlToText(html: string): Promise<string> {
  const parts: string[] = [];
  let dropDepth = 0;
  const rewriter = new HTMLRewriter()
    .on(DROPPED.join(','), {
      element(el) {
        if (onEnd(el, () => void dropDepth--)) dropDepth++;
      },
    })
    .on(PARAGRAPH_BLOCKS.join(','), {
      element(el) {
        parts.push('\n\n');
        onEnd(el, () => void parts.push('\n\n'));
      },
    })
    .on(LINE_BLOCKS.join(','), {
      element(el) {
        parts.push('\n');
        onEnd(el, () => void parts.push('\n'));
      },
    })
    .onDocument({
      text(chunk) {
        if (dropDepth === 0) parts.push(chunk.text);
      },
    });
  try {
    await rewriter.transform(new Response(html)).text();
  } catch (error) {
    // lol-html bounds the memory of its open-element stack: thousands of nested tags make it give
    // up ("Parser error: The memory limit has been exceeded"). That is the client's markup, not our
    // fault, and the text is not lost: the client can send it as text/plain.
    if (error instanceof Error && error.message.includes('Parser error')) {
      throw new ProblemError(422, {
        slug: 'unreadable-html',
        title: 'HTML could not be read',
        detail: `The HTML parser refused this markup (${error.message.replace(/^.*Parser error:\s*/, '')}), most likely because it is nested thousands of levels deep. Send the article as text/plain instead.`,
      });
    }
    throw error;
  }
  return normaliseWhitespace(decodeEntities(parts.join('')));
}

/** Fold runs of spaces, trim lines, and keep at most one blank line between blocks. */
export function normaliseWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
