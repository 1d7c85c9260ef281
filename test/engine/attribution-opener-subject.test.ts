/**
 * The subject of "X did ... and said ..." after a sentence opener (attribution/coordinated-subject.ts):
 * an interjection ("Ah yes,") or a prepositional opener ("In late August,") closed by its comma is
 * not the subject, and a pronoun subject is the whole subject. Issue 16 ("Ah yes" had been a
 * speaker), seen reading an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: the subject of a second coordinated cue after an opener', () => {
  it('skips an interjection before the subject', () => {
    expect(
      claimsOf('Ah yes, Ann Moss was filmed in Dover waving a flag and stating that the port is finished.'),
    ).toEqual([['Ann Moss', 'the port is finished']]);
  });

  it('skips a prepositional opener before the subject', () => {
    expect(claimsOf('In late August, Moss met donors and said the port is finished.')).toEqual([
      ['Moss', 'the port is finished'],
    ]);
  });

  it('keeps a pronoun subject whole', () => {
    const text =
      'Harbor\n\nAnn Moss leads the Dover port board. So, she calls a meeting and tells staff the port is finished.';
    expect(claimsOf(text).map(([speaker]) => speaker)).toEqual(['Ann Moss']);
  });
});
