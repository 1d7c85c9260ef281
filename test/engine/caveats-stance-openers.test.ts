/**
 * A sentence opener that announces the author's own stance ("To be clear,", "Put bluntly,",
 * "Truth is,") is an opinion in the author's voice (caveats/stance-openers.ts, openers as data in
 * data/stance-openers.ts), never inside a quotation or reported speech. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const mine = (text: string): string[] =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind === 'opinion')
    .map((k) => k.text);

describe('stance openers', () => {
  it('flags the author’s own stance at a sentence start', () => {
    expect(mine('To be clear, the ferry service lost money for a decade.')).toEqual([
      'To be clear, the ferry service lost money for a decade.',
    ]);
    expect(mine('But put bluntly, the ferry service lost money for a decade.')).not.toEqual([]);
    expect(mine('Truth is, nobody rode the ferry after nine.')).not.toEqual([]);
  });

  it('leaves quotations, reported speech and other openers alone', () => {
    expect(mine('“To be clear, the ferry lost money,” the harbour master said.')).toEqual([]);
    expect(mine('To be clear, the harbour master said, the ferry lost money.')).toEqual([]);
    expect(mine('The harbour master said that, to be clear, the ferry lost money.')).toEqual([]);
    expect(mine('Meanwhile, the ferry service lost money for a decade.')).toEqual([]);
  });
});
