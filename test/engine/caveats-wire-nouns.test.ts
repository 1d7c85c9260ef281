/**
 * The wire's nouns for armed fighters and explosions (rules wire-nouns/armed-fighters and
 * wire-nouns/explosion) are no charge of the author's; the same words for zeal and for the verb
 * of criticism stay flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const loaded = (text: string) =>
  brief({ text })
    .caveats.filter((c) => c.voice === 'author' && c.kind === 'loaded-language')
    .map((c) => c.text);

describe('wire nouns', () => {
  it('reads "militants" and "the militant group" as the name of armed fighters', () => {
    expect(loaded('Rebel militants seized the ferry terminal on Tuesday.')).toEqual([]);
    expect(loaded('The militant faction withdrew from the harbour town.')).toEqual([]);
  });

  it('reads "blast" after a determiner, a number or a bomb, or before what it did, as an explosion', () => {
    expect(loaded('A truck bomb blast damaged the depot.')).toEqual([]);
    expect(loaded('Three blasts shook the harbour overnight.')).toEqual([]);
    expect(loaded('Harbour blast victims were flown to the capital.')).toEqual([]);
  });

  it('keeps zeal and the verb of criticism flagged', () => {
    expect(loaded('Militant cyclists took over the council meeting.')).not.toEqual([]);
    expect(loaded('Ferry owners blast the new harbour fees.')).not.toEqual([]);
    expect(loaded('The mayor blasted the harbour board.')).not.toEqual([]);
  });
});
