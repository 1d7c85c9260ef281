/**
 * A speaker phrase that ran on past its subject's verb is cut to the subject
 * (speakers/finite-verb-subject.ts, rule speakers/finite-verb-subject). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claims = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'} | ${c.text}`);

describe('speakers/finite-verb-subject', () => {
  it('cuts "He excused ..., described ..." to the pronoun, resolved to its person', () => {
    const text =
      'Omar Tadesse is a cleric in Leeds. He excused wrecking trains, described the gunmen as “martyrs” and defended the militia as “a resistance movement”.';
    const got = claims(text);
    expect(got).toContain('Omar Tadesse | the gunmen as “martyrs”');
    const b = brief({ text }, { trace: true });
    const at = text.indexOf('the gunmen');
    expect(b.trace?.find((e) => e.kind === 'claim' && e.start === at)?.rules).toContain('speakers/finite-verb-subject');
  });

  it('cuts a name followed by an irregular past to the name', () => {
    const got = claims(
      'Dana Fisk took on the party in the primaries, voted against the levy and declared, “Thrift is no vice.”',
    );
    expect(got).toEqual(['Dana Fisk | “Thrift is no vice.”']);
  });

  it('keeps a determiner with a hyphenated modifier whole', () => {
    expect(claims('A well-placed source told the Ledger the mayor would resign.')[0]).toMatch(
      /^A well-placed source \|/,
    );
  });

  it('cuts "He sometimes" to "He" and keeps "he himself" whole', () => {
    expect(claims('Tom Hale is a senator. He sometimes praises Dana Fisk.')).toEqual(['Tom Hale | Dana Fisk']);
    expect(claims('Tom Hale is a senator. He himself said the plan failed.')[0]).toMatch(
      /^(Tom Hale|He himself) \| the plan failed$/,
    );
  });
});
