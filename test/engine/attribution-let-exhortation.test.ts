/**
 * A cue after "let's", "let us" or "let me" is the writer's exhortation, no report (cue.ts,
 * afterLet): "Let's talk about the budget" had been a claim with no speaker, and it cut the
 * author-voice exhortation short. Issue 16 (speakers: never anything but an actor, a sourcing phrase
 * or a pronoun), seen reading an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('claims: an exhortation with "let"', () => {
  it('gives no claim, and the writer keeps the whole sentence', () => {
    for (const text of [
      'Let’s talk about the ferry budget for a moment.',
      'Let us recall what the mayor promised.',
      "Let's say the ferry plan fails.",
    ]) {
      const b = brief({ text });
      expect(b.claims).toEqual([]);
    }
    const b = brief({ text: 'Let’s talk about the ferry budget for a moment.' });
    expect(b.caveats.find((k) => k.voice === 'author' && k.kind === 'opinion')?.text).toContain('ferry budget');
  });

  it('leaves a report with a subject alone', () => {
    expect(brief({ text: 'The mayor talked about the ferry budget for an hour.' }).claims.length).toBe(1);
  });
});
