/**
 * Author-voice cues that sit in somebody else's words by structure, not by quotation marks:
 * the second of a run of questions an article says somebody has. Every sentence here is made up
 * for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('cues in reported structures', () => {
  it('leaves every question of a posed list to its askers', () => {
    const text =
      'The tenants have several questions for the housing board.\n\nFor one: why was the boiler in block C never replaced? And who approved the rent rise in March?';
    expect(author(text)).toEqual([]);
  });

  it('still flags a run of questions nobody is said to ask', () => {
    const text = 'The boiler in block C was never replaced. Who could possibly defend that? And who will pay for it?';
    expect(author(text).join()).toContain('who could possibly defend that');
  });
});
