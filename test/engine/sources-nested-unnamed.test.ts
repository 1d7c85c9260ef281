/**
 * Rule sources/nested-unnamed (issue 16, a source listed twice): "Harbor police officials said" was
 * listed as two unnamed sources, "officials" (the sourcing scan's head) and "Harbor police
 * officials" (the speaker). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const sourcesOf = (text: string) => brief({ text }).sources.map((s) => [s.name, s.mentions.length]);

describe('sources: an unnamed group found twice in the same words', () => {
  it('lists "Harbor police officials" once, not "officials" beside it', () => {
    expect(sourcesOf('Raid\n\nHarbor police officials said 40 people were held.')).toEqual([
      ['Harbor police officials', 1],
    ]);
    expect(sourcesOf('Raid\n\nDan Ruiz and his aides said they were ready.').map((s) => s[0])).not.toContain('aides');
  });

  it('keeps a later bare "officials" as its own mention', () => {
    const sources = sourcesOf(
      'Raid\n\nHarbor police officials said 40 people were held. On Tuesday, officials said more raids would follow.',
    );
    expect(sources).toContainEqual(['Harbor police officials', 1]);
    expect(sources).toContainEqual(['officials', 1]);
  });
});
