/**
 * "Who knows?" is the writer's shrug (speculation); "a mechanic who knows engines" is a relative
 * clause and says nothing of the writer's. Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speculation = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind === 'speculation')
    .map((k) => k.text);

describe('"who knows": a question or a relative clause', () => {
  it('a noun before "who" makes it a relative clause: no speculation', () => {
    expect(speculation('The village needs a mechanic who knows how to fix a tractor.')).toEqual([]);
    expect(speculation('A nurse who knows the ward well said the beds were full.')).toEqual([]);
  });

  it('"Who knows" opening a sentence, or after a comma or "and", stays the writer’s guess', () => {
    expect(speculation('Who knows what the council will decide next.').join()).toContain('Who knows');
    expect(speculation('The levy may pass, and who knows, rates may even fall.').join()).toContain('who knows');
  });
});
