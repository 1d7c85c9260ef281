/**
 * Rule content/tell-infinitive: after a verb of telling, an addressee and "to" with a verb, the
 * content is the infinitive ("told the harbor crews to stay in port" -> "to stay in port"); a
 * negation before "to" opens it, and "to" as a preposition, a clause or a question after the verb
 * leave the content as it was. Issue 16, PolNeAR dev contents that began with the addressee;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: an addressee and an infinitive after a verb of telling', () => {
  it('takes the infinitive as the content, with its negation', () => {
    expect(claimsOf('Harbor\n\nMayor Lena Ortiz told the harbor crews to stay in port.')).toEqual([
      ['Lena Ortiz', 'to stay in port'],
    ]);
    expect(claimsOf('Harbor\n\nMayor Lena Ortiz urged ferry captains never to sail at night.')).toEqual([
      ['Lena Ortiz', 'never to sail at night'],
    ]);
  });

  it('shows in the trace', () => {
    const b = brief({ text: 'Harbor\n\nMayor Lena Ortiz told the harbor crews to stay in port.' }, { trace: true });
    expect(b.trace?.some((e) => e.rules.includes('content/tell-infinitive'))).toBe(true);
  });

  it('leaves a told clause as it was', () => {
    expect(claimsOf('Harbor\n\nMayor Lena Ortiz told reporters the crews would have to stay in port.')).toEqual([
      ['Lena Ortiz', 'the crews would have to stay in port'],
    ]);
  });
});
