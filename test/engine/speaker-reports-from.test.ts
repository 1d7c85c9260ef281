/**
 * "Reports from the agency say ...": a cue's plural noun opening the clause before a preposition
 * is the subject's head, so the whole phrase speaks (not "the agency" after it), and a report
 * named by its head is a report source, not a person. A verb "reports" after its subject still
 * reports. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('speakers: "Reports from X say", "Early reports from the scene suggest"', () => {
  it('takes the whole phrase as the speaker', () => {
    for (const [text, speaker] of [
      ['Reports from the agency say the toll rose.', 'Reports from the agency'],
      ['Early reports from the scene suggest that the toll rose.', 'Early reports from the scene'],
      [
        'Newest reports from the flooded province now show that the toll keeps rising.',
        'Newest reports from the flooded province',
      ],
    ])
      expect(brief({ text }).claims.map((c) => c.speaker?.name ?? null)).toEqual([speaker]);
  });

  it('types the source as a report', () => {
    const b = brief({ text: 'Early reports from the scene suggest that the toll rose.' });
    expect(b.sources.map((s) => [s.name, s.type])).toEqual([['Early reports from the scene', 'report']]);
  });

  it('keeps the verb after a subject ("CNN reports that ...")', () => {
    const b = brief({ text: 'CNN reports that the city fell.' });
    expect(b.claims.map((c) => c.speaker?.name ?? null)).toEqual(['CNN']);
  });
});
