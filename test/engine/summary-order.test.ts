/** The summary's choice does not hang on the order actors or their mentions come in (its cursor reads them sorted by start). */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { summarise } from '../../src/engine/summary';
import type { Actor } from '../../src/schema/brief';

const TEXT = [
  'Ferry Fares Rise',
  'Harbour officials in Dunmore raised ferry fares on Monday, the port authority said.',
  'Mayor Lena Ortiz said the rise was needed to keep the service running through winter.',
  'She added that the council would review the fares again in March next year.',
  'Local traders told reporters the new fares would keep weekend visitors away from the island.',
].join('\n\n');

function actor(id: string, name: string, salience: number, text: string, words: string[]): Actor {
  const mentions = words.flatMap((w) => {
    const out = [];
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push({ start: at, end: at + w.length });
    return out;
  });
  return { id, name, type: 'person', roles: [], aliases: [], mentions, salience };
}

describe('summary mention order', () => {
  const doc = analyse(TEXT);
  const ortiz = actor('a1', 'Lena Ortiz', 0.6, TEXT, ['Lena Ortiz', 'She']);
  const port = actor('a2', 'port authority', 0.4, TEXT, ['port authority', 'Harbour officials']);

  it('picks the same sentences with mentions reversed and actors swapped', () => {
    const forward = summarise(doc, { actors: [ortiz, port] });
    const reversed = summarise(doc, {
      actors: [
        { ...port, mentions: [...port.mentions].reverse() },
        { ...ortiz, mentions: [...ortiz.mentions].reverse() },
      ],
    });
    expect(forward.length).toBeGreaterThan(0);
    expect(reversed).toEqual(forward);
  });

  it('counts a mention and a pronoun at one start once', () => {
    const twice = { ...ortiz, mentions: [...ortiz.mentions, ...ortiz.mentions] };
    expect(summarise(doc, { actors: [twice, port] })).toEqual(summarise(doc, { actors: [ortiz, port] }));
  });
});
