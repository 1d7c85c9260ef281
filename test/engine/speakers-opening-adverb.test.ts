/**
 * An -ly adverb opening the sentence is no part of the speaker ("Initially officials suspected
 * ...", "Privately aides said ..."): the speaker is "officials", and no anonymous source reads
 * "Initially officials". An -ly adjective of the subject stays ("Elderly residents said").
 * Issue 16, found on an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('speakers: an opening -ly adverb', () => {
  it('is dropped from the speaker and the source', () => {
    const b = brief({
      text: 'Initially officials suspected the bridge had been hit by a barge. Privately aides said the plan was dead.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['officials', 'aides']);
    expect(b.sources.map((s) => s.name)).not.toContain('Initially officials');
  });

  it('keeps an -ly adjective that belongs to the subject', () => {
    const b = brief({ text: 'Elderly residents said the heat was worse than last year.' });
    expect(b.claims[0]?.speaker?.name).toBe('Elderly residents');
  });

  it('keeps a name that ends in -ly ("Italy said")', () => {
    const b = brief({ text: 'Italy said it had flown 40 citizens home from the port.' });
    expect(b.claims[0]?.speaker?.name).toBe('Italy');
  });
});
