/**
 * A report in a relative clause inside an apposition ends at the apposition's closing comma, and
 * the main clause's cue after it is a claim of its own (attribution/relative-clause-end.ts).
 * Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claims = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'} | ${c.text}`);

describe('a relative clause report inside an apposition', () => {
  it('ends "who says ..." at the comma and credits "told WXYZ that ..." to the name', () => {
    const got = claims(
      'Dana Ruiz, the 16-year-old student who says she was wearing the badge, told WXYZ that her bag was taken.',
    );
    // (The age epithet is Dana Ruiz herself: speakers/age-epithet.)
    expect(got).toContain('Dana Ruiz | she was wearing the badge');
    expect(got).toContain('Dana Ruiz | her bag was taken');
  });

  it('does the same after a bare "who"', () => {
    const got = claims('Mark Oyelaran, who says he saw the crash, told reporters the driver fled.');
    expect(got).toEqual(['Mark Oyelaran | he saw the crash', 'Mark Oyelaran | the driver fled']);
  });

  it('keeps a list in the content of a main-clause cue whole', () => {
    const got = claims('The mayor said the roads, the bridges and the tunnels, told apart by age, need repair.');
    expect(got).toHaveLength(1);
  });

  it('ends a relative clause after a name at ", and" and a second name (content/relative-ends-at-coordinated-name)', () => {
    const got = claims(
      'Ann Moss, who said the ferry plan was reckless, and Bob Hart are the two members who voted no.',
    );
    expect(got).toEqual(['Ann Moss | the ferry plan was reckless']);
  });
});
