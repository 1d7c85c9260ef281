import { describe, expect, it } from 'vitest';
import { brief, briefId } from '../../src/engine';
import { briefToMarkdown } from '../../src/engine/markdown';
import { Brief } from '../../src/schema/brief';
import { example, noExamples } from './examples';

describe.skipIf(noExamples)('brief()', () => {
  const seed = example('seed-article.txt');

  it('follows the contract for the seed article', () => {
    const b = Brief.parse(brief({ text: seed }));
    expect(b.title).toBe('Kremlin: NATO Weapons To Be Hit In Any Country From Where Russia May Be Attacked');
    expect(b.stats.paragraphs).toBe(9);
    expect(b.summary.length).toBeGreaterThanOrEqual(1);
    expect(b.summary.length).toBeLessThanOrEqual(3);
    for (const s of b.summary) expect(seed.slice(s.start, s.end)).toBe(s.text);
  });

  it('is deterministic, and its id equals the Web Crypto id the Worker computes', async () => {
    const a = brief({ text: seed });
    expect(brief({ text: seed })).toEqual(a);
    expect(await briefId({ text: seed })).toBe(a.id);
  });

  it('gives a different id when the title differs (the title is part of the brief)', () => {
    expect(brief({ text: seed, title: 'Other' }).id).not.toBe(brief({ text: seed }).id);
  });

  it('never takes a heading line into the summary', () => {
    const b = brief({
      text: 'Storm Hits the Coast Hard on Monday Night\n\nA storm hit the coast on Monday, officials said.',
    });
    expect(b.summary.map((s) => s.text)).toEqual(['A storm hit the coast on Monday, officials said.']);
  });

  it('renders a readable Markdown brief', () => {
    const md = briefToMarkdown(brief({ text: seed }));
    expect(md).toMatch(/^# Brief: Kremlin: NATO Weapons/);
    expect(md).toContain('## Summary');
  });
});

describe('the Markdown brief', () => {
  it.skipIf(noExamples)(
    'does not double the quotation marks of a direct quote, nor list the speaker as their own channel',
    () => {
      const md = briefToMarkdown(brief({ text: example('seed-article.txt') }));
      expect(md).not.toContain('““');
      const line = md
        .split('\n')
        .find((l) => l.startsWith('- ') && l.includes('NATO countries that have approved strikes'))!;
      expect(line).toMatch(/^- \*\*Dmitry Medvedev\*\* \*said\* \(direct\): “NATO countries/);
      expect(line).toContain('via Telegram, TASS');
      expect(line).not.toMatch(/via[^)]*Dmitry Medvedev/);
    },
  );
});
