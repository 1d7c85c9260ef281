/**
 * "Every time X says ..., Y ...": "every/each time" opens a fronted clause like "whenever" (rule
 * speakers/time-clause-opener): the speaker starts after "time", and what was said ends at the
 * clause's comma, also after a label and its colon. A cue with a clause of its own after it ("Moss
 * says it is late") takes that clause, not the fronted one before it. Issue 16 ("a time phrase" as a
 * speaker), seen reading an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a fronted "every time" clause', () => {
  it('starts the speaker after "time" and ends the content at the comma', () => {
    expect(claimsOf('Every time his rivals think they have him beaten, he stands back up.')).toEqual([
      ['his rivals', 'they have him beaten'],
    ]);
    expect(claimsOf('The ferry boss: each time critics say the port is dying, it grows.')).toEqual([
      ['critics', 'the port is dying'],
    ]);
  });

  it('gives a cue after the clause its own content', () => {
    expect(claimsOf('Every time the ferry sails, Ann Moss says it is late.')).toEqual([['Ann Moss', 'it is late']]);
  });
});
