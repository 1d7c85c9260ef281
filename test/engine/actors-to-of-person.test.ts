/**
 * Rule classify/to-of-person: "to" after "according", a verb of speaking or writing, or a noun like
 * "aide" names someone cited or spoken to, and an unknown one-word name after it is not typed a
 * place as "moved to Brandtner" is. Issue 16 (PTC train: "according to <surname>" listed as a place).
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const typeOf = (text: string, name: string) => brief({ text }).actors.find((a) => a.name === name)?.type;
const rulesOf = (text: string) => (brief({ text }, { trace: true }).trace ?? []).flatMap((e) => e.rules);

describe('actors: "to" of a person', () => {
  it('does not type the name after "according to", "spoke to" or "an aide to" a place', () => {
    expect(typeOf('The deal was struck in March, according to Brandtner.', 'Brandtner')).not.toBe('place');
    expect(typeOf('The mayor spoke to Brandtner on Monday about the deal.', 'Brandtner')).not.toBe('place');
    expect(typeOf('Ann Lee, an aide to Brandtner, left the meeting early.', 'Brandtner')).not.toBe('place');
    expect(rulesOf('The deal was struck in March, according to Brandtner.')).toContain('classify/to-of-person');
  });

  it('still types the name after "moved to" and "flew to" a place', () => {
    expect(typeOf('The mayor moved to Brandtner in 1990 and never left.', 'Brandtner')).toBe('place');
    expect(typeOf('The mayor flew to Brandtner on Monday for the talks.', 'Brandtner')).toBe('place');
  });
});
