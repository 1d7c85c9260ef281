import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, actors): classes of wrong actors a reader of unseen articles saw at
// once, each with a case that must keep working beside it.

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type]);

describe('a military base or a prison is a place where things happen, not an actor', () => {
  it('"Travers Air Force Base" and "Travers AFB" are no person', () => {
    const actors = actorsOf(
      'A van drove into Travers Air Force Base on Monday. Guards at Travers AFB closed the gate, Lena Ostrow said.',
    );
    expect(actors.map((a) => a[0])).not.toContain('Travers Air Force Base');
    expect(actors.map((a) => a[0])).not.toContain('Travers AFB');
    expect(actors).toContainEqual(['Lena Ostrow', 'person']);
  });

  it('"Kessock Prison" is no organisation, its warden still a person', () => {
    const actors = actorsOf('Warden Ilse Marrow said Kessock Prison would reopen in May.');
    expect(actors.map((a) => a[0])).not.toContain('Kessock Prison');
    expect(actors).toContainEqual(['Ilse Marrow', 'person']);
  });
});
