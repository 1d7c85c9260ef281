/**
 * An adjective of judgement closing its clause: "The explanation is simple.", "But the risk is
 * real.", "This is a respectable view." — the writer's verdict, though no lexicon lists the word
 * (bare-verdicts/closing-adjective). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

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
