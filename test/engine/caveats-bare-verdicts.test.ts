/**
 * An adjective of judgement closing its clause: "The explanation is simple.", "But the risk is
 * real.", "This is a respectable view." — the writer's verdict, though no lexicon lists the word
 * (bare-verdicts/closing-adjective); "It is imperative to cut the levy." prescribes
 * (bare-verdicts/deontic-extraposed). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('what must be done, said by an extraposed “it”', () => {
  it('flags "it is imperative to", "it is vital that", "it is important for"', () => {
    expect(author('It is imperative to cut the harbour levy.').join()).toContain('it is imperative to');
    expect(author('It is vital that the council acts.').join()).toContain('it is vital that');
    expect(author('It will be essential for the port to reopen.').join()).toContain('it will be essential for');
    const b = brief({ text: 'It is vital that the council acts.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('bare-verdicts/deontic-extraposed');
  });

  it('leaves the adjective on a noun and reported words alone', () => {
    expect(author('The vital part is the engine.')).toEqual([]);
    expect(author('The ferry carries essential supplies to the island.')).toEqual([]);
    expect(author('It is vital that the council acts, the mayor said.')).toEqual([]);
  });
});

describe('an adjective of judgement closing its clause', () => {
  it('flags the copula and the adjective', () => {
    expect(author('The reason for the delay is simple.').join()).toContain('is simple');
    expect(author('But the danger to the harbour is real.').join()).toContain('is real');
    expect(author('The levy is not good for the harbour.').join()).toContain('is not good');
    expect(author('This is a respectable position.').join()).toContain('is a respectable position');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'The reason for the delay is simple.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('bare-verdicts/closing-adjective');
  });

  it('leaves the adjective inside a longer phrase and reported words alone', () => {
    expect(author('The vote needs a simple majority of the board.')).toEqual([]);
    expect(author('The ferry company is a real estate firm now.')).toEqual([]);
    expect(author('The crew is healthy and back at work.')).toEqual([]);
    expect(author('Visitors are welcome at the depot on Sundays.')).toEqual([]);
    expect(author('The reason for the delay is simple, the mayor said.')).toEqual([]);
  });
});
