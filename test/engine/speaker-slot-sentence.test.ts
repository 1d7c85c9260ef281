/** The speaker-slot check's place re-pointing stays inside the claim's sentence (speakers/re-point). */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('speaker slot: a speaker before a place never reaches into the sentence before', () => {
  it('re-points "Pilots in Oregon said" to the pilots, not to words of the sentence before', () => {
    const text = 'The ferry resumed service on Tuesday. Pilots in Oregon said the crossing would stay open all winter.';
    const c = brief({ text }).claims.find((x) => x.text.includes('crossing'));
    expect(c?.speaker?.name).toBe('Pilots');
  });
});
