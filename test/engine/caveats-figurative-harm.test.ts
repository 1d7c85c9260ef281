/**
 * Figurative harm: "Cronyism poisons democracy.", "The levy has crushed the confidence of buyers."
 * — a verb of bodily harm with an abstract thing as its object is the writer's metaphor
 * (figurative-harm/harm-to-abstract). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('harm to an abstract thing told as a bodily act', () => {
  it('flags the verb and its abstract object', () => {
    expect(author('Cronyism poisons democracy.').join()).toContain('poisons democracy');
    expect(author('The harbour levy has crushed the confidence of buyers.').join()).toContain('crushed the confidence');
    expect(author('Red tape strangles local competition.').join()).toContain('strangles local competition');
    expect(author('The county swallows up the savings of its tenants.').join()).toContain('swallows up the savings');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'Cronyism poisons democracy.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('figurative-harm/harm-to-abstract');
  });

  it('leaves concrete objects, passives and reported words alone', () => {
    expect(author('The lorry crushed the car outside the depot.')).toEqual([]);
    expect(author('The virus infected the laptop at the library.')).toEqual([]);
    expect(author('Confidence was crushed by the harbour levy.')).toEqual([]);
    expect(author('Cronyism poisons democracy, the mayor said.')).toEqual([]);
  });
});
