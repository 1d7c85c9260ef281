/**
 * Contentful Rich Text (a JSON tree of `nodeType` nodes) to plain text.
 *
 * Node types from Contentful's `@contentful/rich-text-types`: block nodes (paragraph, heading-1…6,
 * blockquote, lists, hr, table, embedded entries and assets) hold inline nodes (text, hyperlinks,
 * embedded inline entries). Embedded entries and assets are references to other content, not
 * article text, so they are dropped; hyperlinks keep their text. Known limit: an embedded entry
 * that holds article text (a "text block" content type) is not resolved.
 */
import { BlockText, MAX_DEPTH } from './blocks';

interface Node {
  nodeType?: unknown;
  value?: unknown;
  content?: unknown;
}

export function isRichTextDocument(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Node).nodeType === 'document' &&
    Array.isArray((value as Node).content)
  );
}

export function richTextToText(document: unknown): string {
  const out = new BlockText();
  walkBlocks(document as Node, out, 0);
  return out.toString();
}

function children(node: Node): Node[] {
  return Array.isArray(node.content) ? (node.content.filter((c) => typeof c === 'object' && c !== null) as Node[]) : [];
}

function walkBlocks(node: Node, out: BlockText, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const type = String(node.nodeType ?? '');
  if (type === 'paragraph' || type.startsWith('heading-')) {
    out.block(inline(node, depth + 1));
  } else if (type === 'unordered-list' || type === 'ordered-list') {
    out.lines(children(node).map((item) => blocksOf(item, depth + 1).join(' ')));
  } else if (type === 'table') {
    out.lines(
      children(node).map((row) =>
        children(row)
          .map((cell) => blocksOf(cell, depth + 2).join(' '))
          .join(' | '),
      ),
    );
  } else if (type === 'hr' || type.startsWith('embedded-')) {
    // A rule or a reference to other content: no article text.
  } else if (type === 'text') {
    out.block(typeof node.value === 'string' ? node.value : '');
  } else {
    // document, blockquote, list-item and anything newer: their children are blocks.
    for (const child of children(node)) walkBlocks(child, out, depth + 1);
  }
}

/** The blocks inside a container (a list item, a table cell), as strings. */
function blocksOf(node: Node, depth: number): string[] {
  const inner = new BlockText();
  for (const child of children(node)) walkBlocks(child, inner, depth + 1);
  const text = inner.toString();
  return text ? text.split('\n\n') : [];
}

function inline(node: Node, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (node.nodeType === 'text') return typeof node.value === 'string' ? node.value : '';
  if (typeof node.nodeType === 'string' && node.nodeType.startsWith('embedded-')) return '';
  return children(node)
    .map((child) => inline(child, depth + 1))
    .join('');
}
