import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// A made-up parish report: rites and doctrines capitalised by religious writing are no actors.

describe('religious nouns', () => {
  it('takes no actor from a rite or a doctrine ("the Eucharist", "the Faith"); the Church stays a body', () => {
    const text =
      'Bishop Tom Reyes said the parish would celebrate the Eucharist on Sunday.\n' +
      'He said the Faith had never been stronger in the town, and the Church would grow.';
    const names = brief({ text }).actors.map((a) => a.name);
    expect(names).not.toContain('Eucharist');
    expect(names).not.toContain('Faith');
    expect(names).toEqual(expect.arrayContaining(['Tom Reyes', 'Church']));
  });

  it('keeps a body named after a doctrine ("Trinity College")', () => {
    const text = 'Trinity College said on Monday that the harbour lectures would resume in March.';
    expect(brief({ text }).actors.map((a) => a.name)).toContain('Trinity College');
  });
});
