/**
 * Strapi 5 "Blocks" rich text (a JSON array of `type` nodes) to plain text.
 *
 * Node types from Strapi's Blocks editor (`@strapi/blocks-react-renderer`): paragraph, heading,
 * quote, code, list (of list-item, possibly nested), image; inline text and link. Images carry no
 * prose and are skipped; code blocks are kept as text.
 */
import { BlockText, MAX_DEPTH } from './blocks';

interface StrapiNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

export function isStrapiBlocks(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.some(
      (n) =>
        typeof n === 'object' &&
        n !== null &&
        typeof (n as StrapiNode).type === 'string' &&
        Array.isArray((n as StrapiNode).children),
    )
  );
}

export function strapiBlocksToText(nodes: unknown): string {
  const out = new BlockText();
  if (Array.isArray(nodes)) for (const node of nodes) walk(node as StrapiNode, out, 0);
  return out.toString();
}

function kids(node: StrapiNode): StrapiNode[] {
  return Array.isArray(node.children)
    ? (node.children.filter((c) => typeof c === 'object' && c !== null) as StrapiNode[])
    : [];
}

function walk(node: StrapiNode, out: BlockText, depth: number): void {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
  if (node.type === 'list') {
    out.lines(listItems(node, depth + 1));
  } else if (node.type === 'image') {
    // No prose.
  } else {
    out.block(inline(node, depth + 1));
  }
}

function listItems(list: StrapiNode, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const items: string[] = [];
  for (const child of kids(list)) {
    if (child.type === 'list') items.push(...listItems(child, depth + 1));
    else items.push(inline(child, depth + 1));
  }
  return items;
}

function inline(node: StrapiNode, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return kids(node)
    .map((child) => inline(child, depth + 1))
    .join('');
}
