/**
 * The writer's own puzzlement and credit (caveats/puzzlement.ts): "I have never understood why
 * ...", "I fail to see how ...", and the aside "to their credit,". The reporter's sourcing idiom
 * ("I understand the minister will resign"), a witness's account, "credit" as money and quoted
 * speech stay quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));
const quiet = (text: string) => expect(author(text)).toEqual([]);

describe('the writer’s puzzlement', () => {
  it('flags a negated verb of understanding in the first person before "why", "how"', () => {
    expect(flags('I have never understood why the council keeps the pier open.', 'I have never understood why')).toBe(
      true,
    );
    expect(flags('I fail to see why anyone would vote for this.', 'I fail to see why')).toBe(true);
    expect(flags('I still do not understand how this was allowed.', 'I still do not understand how')).toBe(true);
    expect(flags('We simply don’t understand why the ministry waited.', 'understand why')).toBe(true);
  });

  it('leaves the sourcing idiom, a witness, "do not know" and quoted speech alone', () => {
    quiet('I understand the minister will resign on Friday.');
    quiet('I did not see how the fire started, the witness told police.');
    quiet('We do not know why the plane crashed.');
    quiet('I saw how the crowd reacted.');
    quiet('“I have never understood why the council keeps the pier open,” said Olek Brandt.');
  });
});

describe('credit or shame given by the writer', () => {
  it('flags "to their credit," at the start or between commas', () => {
    expect(flags('To their credit, the organisers refunded every ticket.', 'To their credit')).toBe(true);
    expect(flags('The board, to its credit, published the audit.', 'to its credit')).toBe(true);
    expect(flags('But to the council’s credit, the library stayed open.', 'to the council’s credit')).toBe(true);
    expect(flags('To their shame, the directors stayed silent.', 'To their shame')).toBe(true);
  });

  it('leaves credit as money or as a record alone', () => {
    quiet('The money was added to their credit card bill.');
    quiet('The loan was added to its credit line in March.');
    quiet('The firm owes 2 million pounds to its credit union.');
    quiet('He was given credit for the goal.');
  });
});
