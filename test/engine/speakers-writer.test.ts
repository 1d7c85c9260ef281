import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made up for this test (issue 16): the writer's own "I think ..." is the author's voice, not a claim.

describe('the writer is not a quoted speaker', () => {
  it('"I think ...", "We asked whether ..." outside quotations make no claim and no speaker "I"', () => {
    const text =
      'Why the pier matters\n\nI think the council has lost its way. I believe the pier deal was a mistake. ' +
      'We asked whether the town would appeal. Mayor Lena Ostrow said the town would appeal.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Lena Ostrow']);
  });

  it('"I’m convinced ...", "We’re told ..." are the writer too, with the verb run into the pronoun', () => {
    const text =
      'Why the pier matters\n\nI’m convinced the pier deal was a mistake. We’re told the town will appeal. ' +
      'Mayor Lena Ostrow said the town would appeal.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Lena Ostrow']);
    expect(b.sources.map((s) => s.name)).toEqual(['Lena Ostrow']);
  });

  it('"I am not saying ...", "I am told ..." are the writer too, with "am" written out (no source "I am")', () => {
    const text =
      'Why the pier matters\n\nI am not saying the deal was a crime. I am told the town will appeal. ' +
      'Mayor Lena Ostrow said the town would appeal.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Lena Ostrow']);
    expect(b.sources.map((s) => s.name)).toEqual(['Lena Ostrow']);
  });

  it('"I" inside a quotation is the quoted speaker, and that claim stands', () => {
    const text = 'Pier\n\n“I think we can win the appeal,” Mayor Lena Ostrow said.';
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).toEqual(['Lena Ostrow']);
  });
});
