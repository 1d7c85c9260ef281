/**
 * The form page's size (issue 12.2): a span split into fragments by crossing spans carries its
 * title and label once, and the rendered result stays within a fixed multiple of the input on the
 * worst shapes. Rendered as the server renders it (hono/jsx), in Node.
 */
import { jsx } from 'hono/jsx';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../scripts/bench/shapes';
import { brief } from '../../src/engine';
import { highlight } from '../../src/page/highlight';
import { resultView, type H } from '../../src/page/view';
import type { Brief } from '../../src/schema/brief';

const ID = '0'.repeat(64);
const render = (b: Brief, text: string) =>
  String(resultView(jsx as unknown as H<ReturnType<typeof jsx>>, b, text, highlight));

/** The page's multiple of the input (README): result view <= PAGE_MULTIPLE x input + PAGE_SLACK. */
const PAGE_MULTIPLE = 20;
const PAGE_SLACK = 64 * 1024;

describe('the form page', () => {
  it('puts the title and label of a crossing mark on its first fragment only', () => {
    // 40 nested claims ending one after another inside a caveat that started within all of them.
    const text = 'x'.repeat(200);
    const claims = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i + 1}`,
      start: i,
      end: 100 - i,
      text: text.slice(i, 100 - i),
      kind: 'direct' as const,
      cue: null,
      speaker: null,
      sourceIds: [],
    }));
    const caveat = { id: 'k1', start: 50, end: 150, text: text.slice(50, 150), kind: 'opinion' as const };
    const b = {
      ...brief({ text: 'A storm hit the coast.' }, { id: ID }),
      claims,
      caveats: [{ ...caveat, voice: 'author' as const, reason: 'a view' }],
    };
    const html = render(b, text);
    const fragments = html.match(/<mark data-kind="caveat"/g) ?? [];
    expect(fragments.length).toBeGreaterThan(10);
    expect(html.match(/title="Caveat, opinion/g)).toHaveLength(1);
    expect(html.match(/data-label="opinion"/g)).toHaveLength(1);
  });

  for (const shape of SHAPES) {
    it(`stays within ${PAGE_MULTIPLE}x the input + 64 KB on ${shape.name}`, () => {
      const text = shape.make(60_000);
      const b = brief({ text }, { id: ID });
      expect(render(b, text).length).toBeLessThanOrEqual(PAGE_MULTIPLE * text.length + PAGE_SLACK);
    });
  }
});
