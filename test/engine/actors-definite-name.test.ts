import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made up for this test (issue 16): a capitalised name after "the" is not a person.

describe('a name after "the" is not a person', () => {
  it('"according to the Harbor Dispatch" is an organisation, and "she" does not resolve to it', () => {
    const text =
      'Storm\n\nThe roads closed early, according to the Harbor Dispatch.\n\n' +
      'In the next call, a woman pleads for help. “Please come,” she asks the operator.';
    const b = brief({ text });
    expect(b.actors.find((a) => a.name === 'Harbor Dispatch')?.type).not.toBe('person');
    expect(b.sources.find((s) => s.name === 'Harbor Dispatch')?.type).not.toBe('person');
    expect(b.claims.find((c) => c.text.includes('Please come'))?.speaker?.name).not.toBe('Harbor Dispatch');
  });

  it('a first name still makes a person after "the"', () => {
    const text = 'Race\n\nThe Ann Ruiz we met in May was calm. Ann Ruiz said the race was close.';
    expect(brief({ text }).actors.find((a) => a.name === 'Ann Ruiz')?.type).toBe('person');
  });
});
