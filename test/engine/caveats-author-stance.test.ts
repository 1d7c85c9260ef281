/**
 * Author-stance rules (caveats/author-stance.ts, issue 16): the inclusive first person, an attitude
 * ascribed to a named person, an evaluative noun used to refer, and a verdict by comparison are the
 * author's voice; the same shapes in quotations or reported speech are not. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));

const LEAD = 'The harbour board voted on Tuesday to close the old ferry pier.\n\n';

describe('the inclusive first person', () => {
  it('flags "we’ll all", "we’re all" and "you and I" in the author’s narration', () => {
    expect(flags(`${LEAD}We’ll all be holding our breath until spring.`, 'We’ll all be holding')).toBe(true);
    expect(flags(`${LEAD}The pier is closed. Just so we’re all on the same page.`, 'we’re all on the same page')).toBe(
      true,
    );
    expect(flags(`${LEAD}So you and I will be paying for the new pier.`, 'you and I will be paying')).toBe(true);
  });

  it('flags "our" before the country and its institutions, not a newsroom’s own "our"', () => {
    expect(flags(`${LEAD}If our lawmakers cared about the islands, the pier would stay open.`, 'our lawmakers')).toBe(
      true,
    );
    expect(author(`${LEAD}Our reporting found that the pier had been inspected twice.`)).toEqual([]);
  });

  it('leaves them alone in quotations and reported speech', () => {
    expect(author(`${LEAD}“We’re all worried about the winter,” said ferryman Olek Brandt.`)).toEqual([]);
    expect(author(`${LEAD}Islanders say our leaders have forgotten them.`)).toEqual([]);
  });
});

describe('an attitude ascribed to a named person', () => {
  it('flags "an incredulous Brandt" even when Brandt speaks next', () => {
    expect(
      flags(`${LEAD}An incredulous Brandt asked the board who would pay for the repairs.`, 'An incredulous Brandt'),
    ).toBe(true);
  });

  it('does not flag a neutral adjective before a name or the attitude inside reported speech', () => {
    expect(author(`${LEAD}A former Brandt employee asked the board about the repairs.`)).toEqual([]);
    expect(author(`${LEAD}Witnesses said a furious Brandt left the meeting early.`)).toEqual([]);
  });
});

describe('an evaluative noun used to refer', () => {
  it('flags "her latest antics" and "this charade"', () => {
    expect(flags(`${LEAD}Her latest antics are a petition to rename the pier.`, 'Her latest antics')).toBe(true);
    expect(flags(`${LEAD}The board should end this charade before the summer.`, 'this charade')).toBe(true);
  });

  it('does not flag the noun in a quotation', () => {
    expect(author(`${LEAD}Board chair Ada Lenz said: “This charade has to end.”`)).toEqual([]);
  });
});

describe('a verdict by comparison on someone’s conduct', () => {
  it('flags "acting like a ..." after a closing speech tag', () => {
    const text = `${LEAD}“Nobody touches my boat,” Brandt said, acting like a landlord of the whole harbour.`;
    expect(flags(text, 'acting like a landlord')).toBe(true);
  });

  it('does not flag it when somebody says it', () => {
    expect(author(`${LEAD}Fishermen say Brandt is acting like a landlord of the whole harbour.`)).toEqual([]);
  });
});

describe('a comparison that is no verdict', () => {
  it('does not flag "an act like this" (the noun) or "acts like you’re ..." (a clause after "like")', () => {
    expect(author(`${LEAD}An act like this was last seen in 1998, records show.`)).toEqual([]);
    expect(author(`${LEAD}The board acts like it has a budget for the repairs.`)).toEqual([]);
  });
});
