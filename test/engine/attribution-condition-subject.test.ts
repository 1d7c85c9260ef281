/**
 * A report supposed in a condition ("In case anyone thinks ...", "If someone says ...") is no
 * claim and no view credited to unnamed people: the condition names nobody and asserts nothing.
 * "in case" opens the clause like "if", so "case anyone" is no speaker either. Issue 16 (a function
 * word in the speaker), seen reading an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('attribution: a report supposed in a condition', () => {
  it('makes no claim and no unattributed-claim caveat', () => {
    for (const text of [
      'In case anyone thinks the port is safe, the mayor has a warning.',
      'If someone says the port is safe, ask for proof.',
    ]) {
      const b = brief({ text });
      expect(b.claims).toEqual([]);
      expect(b.caveats.filter((c) => c.kind === 'unattributed-claim')).toEqual([]);
    }
  });

  it('still credits a view to unnamed people outside a condition', () => {
    const b = brief({ text: 'Someone says the port is safe.' });
    expect(b.caveats.map((c) => c.kind)).toContain('unattributed-claim');
  });
});
