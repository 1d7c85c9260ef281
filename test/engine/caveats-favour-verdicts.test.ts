/**
 * A policy reduced to a favour (caveats/favour-verdicts.ts): "The bill is a giveaway to donors",
 * "The tax cut is a gift to the wealthy". Things given ("a gift to the nation"), favours of another
 * kind ("a giveaway of free bus passes", "a handout for new students") and reported speech stay
 * quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));
const quiet = (text: string) => expect(author(text)).toEqual([]);

describe('a policy reduced to a favour', () => {
  it('flags a policy as subject, a copula and a favour done to somebody', () => {
    expect(flags('The bill is a giveaway to donors.', 'The bill is a giveaway to donors')).toBe(true);
    expect(flags('The tax cut is a gift to the wealthy.', 'The tax cut is a gift to the wealthy')).toBe(true);
    expect(flags('This budget is a huge handout for landlords.', 'handout for landlords')).toBe(true);
    expect(flags('The pardon is nothing but a favour to his friends.', 'nothing but a favour')).toBe(true);
    expect(flags('The new levy amounts to a giveaway to the oil industry.', 'amounts to a giveaway')).toBe(true);
  });

  it('leaves things given, favours of another kind and reported speech alone', () => {
    quiet('The painting is a gift to the nation.');
    quiet('The statue was a gift from France.');
    quiet('The plan includes a giveaway of free bus passes.');
    quiet('The leaflet is a handout for new students.');
    quiet('The opposition called the bill a giveaway to donors.');
    quiet('The tax relief is a gift to families, the minister said.');
  });
});
