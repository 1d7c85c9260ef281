/**
 * A forecast under the author's own "unless"/"without" condition (caveats/conditional-forecasts.ts),
 * also when the condition holds a list with commas of its own. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const guesses = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'speculation')
    .map((k) => k.text);

describe('forecasts under the author’s condition', () => {
  it('finds the main clause after a condition that holds a list', () => {
    expect(
      guesses(
        'Unless the port authority, the shipping lines, and the dockers settle their dispute, the harbour will keep losing trade.',
      ),
    ).toEqual(['will keep losing trade']);
    expect(
      guesses('Without new teachers, smaller classes and better pay, the schools will struggle to recover.'),
    ).not.toEqual([]);
  });

  it('leaves a schedule and a reported forecast alone', () => {
    expect(guesses('Unless the council, the mayor and the board object, the rule will lapse in March.')).toEqual([]);
    expect(guesses('Unless the lenders, the funds and the banks act, the plan will fail, the minister said.')).toEqual(
      [],
    );
  });
});
