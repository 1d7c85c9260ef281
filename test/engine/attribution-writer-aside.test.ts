/**
 * "It is worth noting that ...", "worth pointing out": the writer's aside, a gerund after "worth"
 * that nobody speaks. No claim (it used to make one with "It's worth" or an unknown speaker); the
 * caveat pass keeps flagging the aside as the author's. Issue 16, seen in a PolNeAR dev column and
 * a PTC article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('attribution: a gerund after "worth" is the writer’s aside', () => {
  it('makes no claim of "it is worth noting that ..."', () => {
    const b = brief({
      text: "Harbor vote\n\nIt is worth noting that the harbor tax has never passed. It's worth pointing out that Dan Ruiz voted no.",
    });
    expect(b.claims).toEqual([]);
    expect(b.sources).toEqual([]);
  });

  it('still reads a speaker’s own "noting that"', () => {
    const b = brief({ text: 'Harbor vote\n\nDan Ruiz voted no, noting that the tax had never passed.' });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toContainEqual(['Dan Ruiz', 'the tax had never passed']);
  });
});
