import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import {
  ORG_SPEECH,
  ORG_SPEECH_FIRST,
  SPEECH_AFTER,
  SPEECH_AFTER_FIRST,
  SPEECH_BEFORE,
  speechAfter,
  speechBefore,
} from '../../src/engine/actors/speech';

// Made-up articles. Speed round 3 replaced string copies in the actor passes and the credit frames
// by char-code tests before them (a name in capitals, a word twice, a clipped party's shape, the
// first word of a name, the words a credit name can start with); these pin what each decides.

const actors = (text: string) => brief({ text }).actors;
const names = (text: string) => actors(text).map((a) => a.name);

describe('actor passes read by char codes', () => {
  it('merges a shouted name with letters beyond ASCII into its mixed-case form', () => {
    const text =
      'JOSÉ ÁLVAREZ SPEAKS\n\nJosé Álvarez said on Monday that the harbour would stay open. ' +
      'Álvarez said the board agreed with him.\n';
    const all = actors(text).filter((a) => /lvarez/i.test(a.name));
    expect(all).toHaveLength(1);
    expect(all[0].name).toBe('José Álvarez');
  });

  it('collapses a credit name written twice, and leaves two different words alone', () => {
    const text = 'The ferry will run again from May, Corvex Corvex reported. Dunmore Harbour said it agreed.\n';
    expect(names(text)).toContain('Corvex');
    expect(names(text)).not.toContain('Corvex Corvex');
  });

  it('reads a clipped party form, and no other short name', () => {
    const text = 'The Dems said on Monday they would block the bill. Deme Holt and the Dens agreed with them.\n';
    const all = names(text);
    expect(all).toContain('Democrats');
    expect(all).not.toContain('Dems');
    expect(all).toContain('Deme Holt');
  });
});

describe('credit frames read by char codes', () => {
  it('credits an outlet after a capitalised word, and a tweet', () => {
    const text =
      'The mayor resigned on Monday, the Harbor Daily News reported. She tweeted that she was proud of the city.\n';
    const sources = brief({ text }).sources.map((s) => s.name);
    expect(sources).toContain('Harbor Daily News');
    expect(sources).toContain('Twitter');
  });
});

describe('speech around a name read by char codes', () => {
  const after = [
    'Kessock said',
    'Kessock, 61, said',
    'Kessock, a retired teacher from the north of the island, told',
    'Kessock, a retired teacher from the north of the island and the harbour board chair here, said',
    'Kessock,said',
    'Kessock, 61,said',
    'Kessock, 61, and others said',
    'Kessock,\n61,\n said',
    'Kessock said its profits rose',
    'Kessock, the bank, said on its website',
    'Kessock, the bank\n, said on its website',
    'Kessock, the bank,',
    'Kessock,',
  ];
  it.each(after)('finds speech after the name as the patterns do in %j', (text) => {
    const at = 'Kessock'.length;
    expect(speechAfter(text, at, SPEECH_AFTER, SPEECH_AFTER_FIRST)).toBe(SPEECH_AFTER.test(text.slice(at, at + 90)));
    expect(speechAfter(text, at, ORG_SPEECH, ORG_SPEECH_FIRST)).toBe(ORG_SPEECH.test(text.slice(at, at + 90)));
  });

  const before = [
    'he said Kessock',
    'unsaid  Kessock',
    'according to Kessock',
    'ccording to Kessock',
    'to Kessock',
    'said\nKessock',
    'told:Kessock',
    'Kessock',
  ];
  it.each(before)('finds speech before the name as the pattern does in %j', (text) => {
    const at = text.indexOf('Kessock');
    expect(speechBefore(text, at)).toBe(SPEECH_BEFORE.test(text.slice(Math.max(0, at - 16), at)));
  });
});

describe('a lone place read by what follows it', () => {
  it('types a one-word name a place by a state after a comma or a place noun after a space', () => {
    const types = (text: string) => Object.fromEntries(actors(text).map((a) => [a.name, a.type]));
    expect(types('Flooding closed the school in Dunmoor, Ohio on Monday, officials said.\n')['Dunmoor']).toBe('place');
    expect(types('The Brackwell suburb lost power on Monday, officials said.\n')['Brackwell']).toBe('place');
    expect(types('The Brackwell Suburb lost power on Monday, officials said.\n')['Brackwell']).not.toBe('place');
  });
});

describe('an actor named by its fullest form', () => {
  it('names an actor by its mixed-case form over a shouted one of the same length', () => {
    const text =
      'KESSOCK HARBOUR BOARD SAYS NO\n\nThe Kessock Harbour Board said on Monday it would not sell the pier. ' +
      'KESSOCK HARBOUR BOARD members voted on Friday.\n';
    expect(names(text)).toContain('Kessock Harbour Board');
    expect(names(text)).not.toContain('KESSOCK HARBOUR BOARD');
  });
});
