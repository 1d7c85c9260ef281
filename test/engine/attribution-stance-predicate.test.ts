import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles. Rule cue/stance-predicate (PolNeAR dev misses, issue 16): a stance held as a
// predicate ("has been critical of", "is a staunch opponent of") names what the subject opposes or
// backs, as the verb would ("opposes the tariffs").

const said = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('cue/stance-predicate: a stance noun or adjective after "be", then "of"', () => {
  it('gives the object of the stance to the subject', () => {
    const text =
      'The port board met on Monday in Dover. Senator Ada Ruiz has been critical of the new harbour tariffs. ' +
      'The vote was delayed by a week. Councillor Ben Ode, who is a staunch opponent of the dredging plan, left early. ' +
      'Many dock workers have long been vocal supporters of a second pier and later marched for it. ' +
      'Senator Cy Lund, a member of the harbour committee, is a consistent and outspoken backer of the ferry. ' +
      'Eva Marsh, a former harbour master who is a harsh critic of the toll, left early.';
    expect(said(text)).toEqual([
      ['Ada Ruiz', 'the new harbour tariffs'],
      ['Ben Ode', 'the dredging plan'],
      ['Many dock workers', 'a second pier'],
      ['Cy Lund', 'the ferry'],
      ['Eva Marsh', 'the toll'],
    ]);
  });

  it('leaves a role, a negated stance, a quotation and "critical to" alone', () => {
    const text =
      'The port board met on Monday in Dover. The new crane was critical to the harbour’s recovery. ' +
      'Senator Ada Ruiz is not a critic of the tariffs. ' +
      'Its chief engineer is a graduate of the naval school. ' +
      'Dock workers have been some of the most vocal opponents of the toll.';
    expect(said(text)).toEqual([]);
  });
});
