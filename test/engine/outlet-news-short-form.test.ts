import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests: an outlet named with and without its "News"
// ("Fox News" ... "Fox") is one outlet, one actor and one source.

describe('an outlet without its "News"', () => {
  it('is the outlet named in full: one actor, one source', () => {
    const text =
      'Port strike spreads\n\nThe strike has closed three docks, according to Breitbart News. ' +
      'Breitbart reported on Monday that the union would hold out for a month. ' +
      'Fox News said the talks had stalled, and Fox later said a mediator had been named.';
    const b = brief({ text });
    const sources = b.sources.map((s) => s.name).sort();
    expect(sources).toEqual(['Breitbart News', 'Fox News']);
    const actors = b.actors.map((a) => a.name);
    expect(actors).not.toContain('Breitbart');
    expect(actors).not.toContain('Fox');
  });

  it('a place before "News" is not the outlet ("Dallas" and "Dallas Morning News")', () => {
    const text =
      'Port strike spreads\n\nThe strike reached Dallas on Friday, the Dallas Morning News reported. ' +
      'Dallas has two docks.';
    const b = brief({ text });
    expect(b.actors.find((a) => a.name === 'Dallas')?.type).toBe('place');
  });
});
