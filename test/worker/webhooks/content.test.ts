/** The body converters: what the engine gets from each CMS's rich-text format. */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/content/html';
import { markdownToText, portableTextToText, richTextToText, strapiBlocksToText } from '../../../src/content';

describe('markdownToText', () => {
  it('drops the markup and gives the same text as the same article sent as HTML', () => {
    const md =
      '# Storm Hits Coast\n\nA storm hit the coast on **Monday**, [officials](https://x.org) said.\n\n- Power was cut.\n- Roads closed.\n\n![a photo](storm.jpg)';
    const html =
      '<h1>Storm Hits Coast</h1><p>A storm hit the coast on <b>Monday</b>, <a href="https://x.org">officials</a> said.</p><ul><li>Power was cut.</li><li>Roads closed.</li></ul><p><img src="storm.jpg" alt="a photo"></p>';
    const text = markdownToText(md);
    expect(text).toBe(htmlToText(html));
    expect(text).toMatch(
      /^Storm Hits Coast\n\nA storm hit the coast on Monday, officials said\.\n\nPower was cut\.\n+Roads closed\.$/,
    );
  });

  it('decodes what the renderer escapes (quotes, ampersands)', () => {
    expect(markdownToText(`"Rates & fees," she said. It's over.`)).toBe(`"Rates & fees," she said. It's over.`);
  });
});

describe('richTextToText', () => {
  it('survives hostile nesting without overflowing the stack', () => {
    let node: Record<string, unknown> = { nodeType: 'text', value: 'deep' };
    for (let i = 0; i < 10_000; i++) node = { nodeType: 'blockquote', content: [node] };
    expect(
      richTextToText({
        nodeType: 'document',
        content: [node, { nodeType: 'paragraph', content: [{ nodeType: 'text', value: 'Shallow.' }] }],
      }),
    ).toBe('Shallow.');
  });

  it('renders tables as one line per row', () => {
    const cell = (v: string) => ({
      nodeType: 'table-cell',
      content: [{ nodeType: 'paragraph', content: [{ nodeType: 'text', value: v }] }],
    });
    const doc = {
      nodeType: 'document',
      content: [
        {
          nodeType: 'table',
          content: [
            { nodeType: 'table-row', content: [cell('City'), cell('Homes')] },
            { nodeType: 'table-row', content: [cell('Hull'), cell('4,000')] },
          ],
        },
      ],
    };
    expect(richTextToText(doc)).toBe('City | Homes\nHull | 4,000');
  });
});

describe('portableTextToText', () => {
  it('joins spans, groups list items, skips images', () => {
    const block = (text: string, extra = {}) => ({
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', text }],
      ...extra,
    });
    const blocks = [
      block('Storm Hits Coast', { style: 'h1' }),
      block('Power was cut.', { listItem: 'bullet', level: 1 }),
      block('Roads closed.', { listItem: 'bullet', level: 1 }),
      { _type: 'image', asset: { _ref: 'image-abc' } },
      block('Repairs will take a week.'),
    ];
    expect(portableTextToText(blocks)).toBe(
      'Storm Hits Coast\n\nPower was cut.\nRoads closed.\n\nRepairs will take a week.',
    );
  });
});

describe('strapiBlocksToText', () => {
  it('flattens nested lists into lines', () => {
    const item = (text: string) => ({ type: 'list-item', children: [{ type: 'text', text }] });
    const blocks = [
      {
        type: 'list',
        format: 'ordered',
        children: [item('One.'), { type: 'list', format: 'unordered', children: [item('One a.')] }, item('Two.')],
      },
    ];
    expect(strapiBlocksToText(blocks)).toBe('One.\nOne a.\nTwo.');
  });
});
