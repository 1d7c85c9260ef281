/**
 * Rule merge/place-word-outweighs-organization: a name typed a place by a word of place before it
 * ("northern Kessia") stays a place though a body's name opens with it ("the Kessia Institute of
 * Mining"); and the nouns of a settlement before "of" ("the resort of Vallorne", "the settlement
 * of ...") make a place as "the city of" does. Issue 16 (CoNLL LOC typed ORG); made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('actors: a word of place', () => {
  it('keeps a place named by a word of place apart from a body named after it', () => {
    const text =
      'Harbor\n\nKessia University students marched in northern Kessia on Friday. ' +
      'Police blocked roads in central Kessia.';
    const b = brief({ text }, { trace: true });
    const place = b.actors.find((a) => a.name === 'Kessia');
    expect(place?.type).toBe('place');
    expect(b.trace?.flatMap((e) => e.rules)).toContain('merge/place-word-outweighs-organization');
  });

  it('reads a resort or a settlement before "of" as a place word', () => {
    const text = 'Harbor\n\nThe race was held in the alpine resort of Vallorne. Gunmen raided the settlement of Obuti.';
    const types = Object.fromEntries(brief({ text }).actors.map((a) => [a.name, a.type]));
    expect(types).toMatchObject({ Vallorne: 'place', Obuti: 'place' });
  });
});
