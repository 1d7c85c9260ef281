/**
 * actor-passes/transcript-initials: an interview transcript that names its speakers by initials
 * after introducing them ("Kate Lowe interviewed ... Tom Reyes", then "KL: ..." and "TR: ...") gives
 * each turn to the person with those initials, not to an acronym's organisation. Issue 16 (speakers
 * a reader cannot place), seen reading an unseen PTC train interview; made-up transcript.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const TRANSCRIPT =
  'Harbor Talk\n\nKate Lowe interviewed the port engineer Tom Reyes on Monday.\n\nKL: Is the port sinking?\n\n' +
  'TR: It is sinking, as I understand it.\n\nKL: How fast is it sinking?\n\n' +
  'TR: About an inch a year, and nobody is paying attention.';

describe('actors: transcript turns labelled by initials', () => {
  it('gives each turn to the person with those initials', () => {
    const b = brief({ text: TRANSCRIPT });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Kate Lowe', 'Tom Reyes', 'Kate Lowe', 'Tom Reyes']);
    expect(b.actors.map((a) => `${a.name} ${a.type}`)).toEqual(['Kate Lowe person', 'Tom Reyes person']);
  });

  it('leaves initials that match two people unresolved', () => {
    const text = TRANSCRIPT.replace('on Monday.', 'and Tess Rowe on Monday.');
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).not.toContain('Tess Rowe');
    expect(b.claims.filter((c) => c.speaker?.name === 'Tom Reyes')).toHaveLength(0);
  });
});
