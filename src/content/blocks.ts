/**
 * Plain text out of block trees (Contentful Rich Text, Sanity Portable Text, Strapi Blocks) in one
 * layout, the same one `htmlToText` gives HTML: a blank line between blocks, the items of a list
 * on lines of their own, white space folded inside a block. So the engine sees the same
 * paragraphs whichever CMS the article came from.
 *
 * Trees arrive from the network, so the walk is bounded in depth (`MAX_DEPTH`): anything nested
 * deeper than any real document is dropped rather than risking the stack.
 */
export const MAX_DEPTH = 64;

export class BlockText {
  private readonly blocks: string[] = [];

  /** A paragraph-like block (paragraph, heading, quote). */
  block(text: string): void {
    const folded = fold(text);
    if (folded) this.blocks.push(folded);
  }

  /** A list, or table rows: one block whose lines are the items. */
  lines(items: string[]): void {
    const folded = items.map(fold).filter(Boolean);
    if (folded.length) this.blocks.push(folded.join('\n'));
  }

  toString(): string {
    return this.blocks.join('\n\n');
  }
}

/** Fold runs of white space (including newlines inside one block) to single spaces. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
