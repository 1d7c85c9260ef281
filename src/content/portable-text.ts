/**
 * Sanity Portable Text (an array of blocks of spans) to plain text.
 *
 * Shape from the Portable Text specification: `{ _type: 'block', style, listItem?, level?,
 * children: [{ _type: 'span', text, marks }], markDefs }`. Text blocks become paragraphs;
 * consecutive list items become one block with a line per item. Custom block types (images,
 * embeds, code) carry no article prose and are skipped; known limit: a custom type that does hold
 * prose is skipped too.
 */
import { BlockText } from './blocks';

interface PortableBlock {
  _type?: unknown;
  listItem?: unknown;
  children?: unknown;
}

export function isPortableText(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.some((b) => typeof b === 'object' && b !== null && (b as PortableBlock)._type === 'block')
  );
}

export function portableTextToText(blocks: unknown): string {
  const out = new BlockText();
  if (!Array.isArray(blocks)) return '';
  let list: string[] = [];
  const flushList = () => {
    if (list.length) out.lines(list);
    list = [];
  };
  for (const raw of blocks) {
    if (typeof raw !== 'object' || raw === null) continue;
    const block = raw as PortableBlock;
    if (block._type !== 'block') {
      flushList();
      continue;
    }
    const text = spansOf(block);
    if (typeof block.listItem === 'string' && block.listItem) {
      list.push(text);
    } else {
      flushList();
      out.block(text);
    }
  }
  flushList();
  return out.toString();
}

function spansOf(block: PortableBlock): string {
  if (!Array.isArray(block.children)) return '';
  return block.children
    .map((span) =>
      typeof span === 'object' && span !== null && typeof (span as { text?: unknown }).text === 'string'
        ? (span as { text: string }).text
        : '',
    )
    .join('');
}
