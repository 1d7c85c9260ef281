/**
 * "believes in low taxes": a value the subject holds, named by a prepositional object, is no
 * reported content; what the writer says about the subject in the same sentence stays the
 * writer's (content/believe-in-value). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a value held is no reported content', () => {
  it('leaves the writer’s charged words after "believes in" to the writer', () => {
    expect(
      author('The governor believes in low taxes and is constantly picking fights with the press.').join(),
    ).toContain('constantly picking');
    expect(
      author('The senator believes in small government and is constantly feuding with reporters.').join(),
    ).toContain('constantly feuding');
  });

  it('makes no claim of "believes in", and keeps "believes that" a claim', () => {
    expect(brief({ text: 'The governor believes in low taxes.' }).claims).toEqual([]);
    expect(brief({ text: 'The governor believes that taxes are too high.' }).claims.map((c) => c.text)).toEqual([
      'taxes are too high',
    ]);
  });

  it('keeps a belief that is reported as a belief the speaker’s', () => {
    expect(author('The governor believes the reckless spending must stop.')).toEqual([]);
  });
});
