import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made up for this test (issue 16): a predicate noun before "who" is not a speaker or a source.

describe('"X is a liar and coward who has pledged ..."', () => {
  it('"who" stands for the subject, not the noun before it', () => {
    const text =
      'Harbor\n\nMayor Tomas Evrard spoke on Monday.\n\n' +
      'Editor’s note: Tomas Evrard is a serial liar, a bully and coward who has repeatedly pledged to close the harbor to all foreign boats.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).not.toContain('coward');
    expect(b.sources.map((s) => s.name)).not.toContain('coward');
  });

  it('"anybody who complains" still names the phrase before "who"', () => {
    const text = 'Harbor\n\nThe harbor office said anybody who complains will be heard.';
    expect(brief({ text }).claims.length).toBeGreaterThan(0);
  });
});

describe('"who" after some other verb\'s object', () => {
  it('"is on record as backing a rival who praised ..." is not the subject\'s claim', () => {
    const text = 'Harbor\n\nThe Harbor League is on record as backing a councillor who praised the old harbor master.';
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).not.toContain('Harbor League');
  });
});
