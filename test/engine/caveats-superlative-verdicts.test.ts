/**
 * A ranking of merit after a copula: "This is the strongest case for the canal.", "The levy was
 * the worst decision of his term." — the writer's verdict, with no measure behind it
 * (superlative-verdicts/merit-superlative). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a ranking of merit after a copula', () => {
  it('flags a superlative of merit and "the least"', () => {
    expect(author('This is the strongest case for the canal.').join()).toContain('is the strongest case');
    expect(author('The levy was the worst decision of his term.').join()).toContain('was the worst decision');
    expect(author('The ferry plan is one of the least convincing proposals.').join()).toContain(
      'is one of the least convincing',
    );
    expect(author('It is the perfect example of a harbour run badly.').join()).toContain('is the perfect example');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'This is the strongest case for the canal.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('superlative-verdicts/merit-superlative');
  });

  it('leaves measures, records and reported words alone', () => {
    expect(author('It was the largest ferry in the fleet.')).toEqual([]);
    expect(author('It was the strongest storm to hit the coast.')).toEqual([]);
    expect(author('Harbour shares were the worst performing stocks.')).toEqual([]);
    expect(author('It was the worst flooding since the war.')).toEqual([]);
    expect(author('This is the best plan for the harbour, the mayor said.')).toEqual([]);
  });
});
