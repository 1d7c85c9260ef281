/**
 * Author-voice precision on straight news: each case is a real-style sentence from the kinds of
 * false alarm found in PolNeAR's news reports (and CheckThat dev OBJ sentences), beside the
 * opinion use of the same cue, which must still be flagged. Attribution is left empty so the
 * caveat rules alone are tested, not a claim that happens to cover the words.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import type { Caveat } from '../../src/schema/brief';

const author = (text: string): Caveat[] =>
  findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');
const kinds = (text: string) => author(text).map((k) => `${k.kind}: ${k.text}`);

describe('caveats on news: reported speech the attribution missed', () => {
  it('takes a guess before a closing "..., officials said" tag as the speaker’s', () => {
    expect(
      kinds('It is increasingly unlikely that the review will be complete by Election Day, F.B.I. officials said.'),
    ).toEqual([]);
    expect(kinds('News of the search would surely leak, he concluded, and the director wrote to Congress.')).toEqual(
      [],
    );
    // A cut-off quotation: the tag names the speaker although the opening quote mark is missing.
    expect(
      kinds('I just find it a ridiculous argument,” said Steven Levitsky, a Harvard University specialist.').filter(
        (k) => k.startsWith('opinion'),
      ),
    ).toEqual([]);
    // Without the tag it is the author's guess; and "he said" that does not close its clause is no tag.
    expect(
      kinds('It is increasingly unlikely that the review will be complete by Election Day.').some((k) =>
        k.startsWith('speculation'),
      ),
    ).toBe(true);
    expect(kinds('Clearly, he said nothing new.').some((k) => k.startsWith('opinion: Clearly'))).toBe(true);
    // A verb that opens what follows, or a new clause after "and", is no closing tag (PTC).
    expect(
      kinds('He also blasted the plan, and added, “We will fight it.”').some((k) =>
        k.startsWith('loaded-language: blasted'),
      ),
    ).toBe(true);
    expect(
      kinds('The deal will likely collapse, he said: “It is over.”').some((k) => k.startsWith('speculation')),
    ).toBe(true);
  });

  it('does not take a verb of saying after "appeared to" for the author’s hedge', () => {
    expect(kinds('Trump is drawing criticism after he appeared to suggest that veterans are weak.')).toEqual([]);
    expect(kinds('The plan seems to have stalled in committee.').some((k) => k.startsWith('hedge'))).toBe(true);
  });

  it('does not take "the writing on the wall" for a verb of saying', () => {
    expect(
      kinds('Saris has seen the writing on the wall, and perhaps had an attack of conscience.').some((k) =>
        k.startsWith('speculation'),
      ),
    ).toBe(true);
  });

  it('keeps charged words before a tag visible as the speaker’s, not the author’s', () => {
    const ks = findCaveats(analyse('The plan is a disgraceful sham, the senator said.'), { claims: [], sources: [] });
    expect(ks.some((k) => k.voice === 'author' && k.kind === 'loaded-language')).toBe(false);
    expect(ks.some((k) => k.voice === 'attributed' && k.text.includes('disgraceful'))).toBe(true);
  });

  it('takes an "ought" after a verb of saying in its -ing form as reported', () => {
    expect(kinds('McCarthy was recorded on a phone call agreeing that President Trump should resign.')).toEqual([]);
    expect(kinds('His ex-wife contended that she should not have to give up her privacy.')).toEqual([]);
  });
});

describe('caveats on news: a necessity or condition is not a prescription', () => {
  it('does not read an inverted condition before a name as advice', () => {
    expect(
      kinds("Should Mr. Clarke's company run into financial trouble, the state would pay for the cleanup."),
    ).toEqual([]);
    expect(kinds('Congress should enact legislation to cap emissions.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
  });

  it('does not read a foreseen or past necessity as advice', () => {
    expect(kinds('The word underground was that the mine would soon have to close.')).toEqual([]);
    expect(kinds('She switched off the television. She didn’t need to hear any more.')).toEqual([]);
    expect(kinds('The agency needs to move faster on this science.').some((k) => k.startsWith('opinion'))).toBe(true);
  });
});

describe('caveats on news: word senses', () => {
  it('reads "kind of" and "sort of" after a determiner as a noun, not a hedge', () => {
    expect(kinds('Many colleges offer a different kind of help, merit aid, to good students.')).toEqual([]);
    expect(kinds('In one exchange, they debated what kind of travel to arrange for the trip.')).toEqual([]);
    expect(kinds('The ruling was kind of a surprise to the lawyers.').some((k) => k.startsWith('hedge'))).toBe(true);
  });

  it('reads "if anything" after "how much" as a question of amount', () => {
    expect(kinds('The returns would settle how much, if anything, he paid in federal taxes.')).toEqual([]);
    expect(kinds('If anything, the new rules make the problem worse.').some((k) => k.startsWith('hedge'))).toBe(true);
  });

  it('reads "perhaps" before a spelled-out number as an approximation', () => {
    expect(kinds('The panel could hire perhaps two fact checkers for each debate.')).toEqual([]);
  });

  it('does not take a literal sense for a charged one', () => {
    expect(kinds('North Korea exploded a crude atomic bomb ten years ago.')).toEqual([]);
    expect(kinds('Droughts and storms are symptoms of a planet choking on its own fumes.')).toEqual([]);
    expect(kinds('The company still has outstanding debts to three contractors.')).toEqual([]);
    expect(kinds('She was born in a poor communist country.')).toEqual([]);
    expect(kinds('Protests broke out, with many turning to looting and rioting.')).toEqual([]);
    expect(kinds('Trump unleashed a series of tweets early Friday.')).toEqual([]);
    // The charged senses are still the author's.
    expect(kinds('His crude comments were not the only problem.').some((k) => k.startsWith('loaded-language'))).toBe(
      true,
    );
    expect(kinds('He is an outstanding businessman.').some((k) => k.startsWith('loaded-language'))).toBe(true);
    expect(kinds('They are looting the public purse.').some((k) => k.startsWith('loaded-language'))).toBe(true);
  });

  it('takes "crude" after a benchmark or a month, or before its price moving, as the commodity', () => {
    expect(kinds('Harbour crude rallied to $80 a barrel on Friday.')).toEqual([]);
    expect(kinds('March crude ended the week higher.')).toEqual([]);
    expect(kinds('Brent crude slipped below $70.')).toEqual([]);
    expect(
      kinds('It was a crude attempt to silence the harbour board.').some((k) => k.startsWith('loaded-language')),
    ).toBe(true);
  });

  it('takes "communist" before a country or a party member as the system named', () => {
    expect(kinds('Her grandparents left communist Albania in 1960.')).toEqual([]);
    expect(kinds('A communist deputy tabled the amendment.')).toEqual([]);
    expect(kinds('The communist Harold Brown wants your savings.').some((k) => k.startsWith('loaded-language'))).toBe(
      true,
    );
  });

  it('does not take a stated quantity or a degree the wire uses for a booster', () => {
    expect(kinds('Very few watched the channel in its first year.')).toEqual([]);
    expect(kinds('The two statements were treated very differently by the fact-checkers.')).toEqual([]);
    expect(kinds('Talks on a highly anticipated treaty fell apart in 2009.')).toEqual([]);
    expect(kinds('Leaders were deeply divided about how to keep the bloc together.')).toEqual([]);
    expect(
      kinds('The plan is very dangerous for the region.').some((k) => k.startsWith('loaded-language: very dangerous')),
    ).toBe(true);
    expect(kinds('They were deeply cynical about the process.').some((k) => k.startsWith('loaded-language'))).toBe(
      true,
    );
  });

  it('gives a characterisation the author reports to the people it characterises', () => {
    const ks = findCaveats(
      analyse('The Europeans derided the deal as toothless, but Mr. Obama learned from the experience.'),
      { claims: [], sources: [] },
    );
    expect(ks.filter((k) => k.voice === 'author')).toEqual([]);
    expect(ks.some((k) => k.voice === 'attributed' && k.text === 'toothless')).toBe(true);
    expect(kinds('The women have accused him of sexually predatory behavior.')).toEqual([]);
    expect(kinds('An issue that many of his supporters have long regarded as racist.')).toEqual([]);
    expect(kinds('The deal is toothless.').some((k) => k.startsWith('loaded-language'))).toBe(true);
  });
});

describe('caveats on news: quotation marks and questions', () => {
  const scare = (text: string) =>
    author(text)
      .filter((k) => k.kind === 'scare-quotes')
      .map((k) => k.text);

  it('does not take somebody’s label after "as" for a scare quote', () => {
    expect(scare('Reid has been steadily pounding Trump as a “con artist” since the spring.')).toEqual([]);
    expect(scare('He brushed off the comments as “locker room talk” on Sunday.')).toEqual([]);
  });

  it('does not take a term of art introduced with its definition for a scare quote', () => {
    expect(
      scare('He backed Clinton’s “public option”, which would let people aged 55 to 65 buy into Medicare.'),
    ).toEqual([]);
  });

  it('does not take a quotation after a verb of naming or referring for a scare quote', () => {
    expect(scare('The firm named Bill Clinton its “honorary chairman” in 2011.')).toEqual([]);
    expect(scare('The IMF referenced “political tensions” in advanced economies.')).toEqual([]);
    expect(scare('The candidate has continued his warnings that the election is “rigged” this week.')).toEqual([]);
    expect(scare('She forwarded a message with a request she often made: “Pls print.”')).toEqual([]);
    // Quote marks on the author's own term are still flagged.
    expect(scare('The party’s new “reform” leaves every loophole open.')).toEqual(['“reform”']);
  });

  it('does not take a question a source answers next for a rhetorical one', () => {
    const text =
      'The group spent $3 million in the last week.\n\nWhy the last-minute push? “This is when voters are making up their minds,” a spokesman said.';
    expect(author(text).some((k) => k.kind === 'opinion' && k.text.startsWith('Why'))).toBe(false);
    expect(
      author('The group spent $3 million in the last week. Why the last-minute push? Nobody will ever know.').some(
        (k) => k.kind === 'opinion' && k.text.startsWith('Why'),
      ),
    ).toBe(true);
    // A long question argues even when a quotation follows it.
    const long =
      'Paddock shot himself. Why would the autopsy report be something that needs to be withheld from the public? “We cannot comment,” a spokesman said.';
    expect(author(long).some((k) => k.kind === 'opinion' && k.text.startsWith('Why'))).toBe(true);
  });

  it('does not take questions the article says somebody has for the author’s rhetoric', () => {
    const text =
      'Republicans said they have several questions for FBI director James Comey at a hearing next week. For one: how was Mills allowed to sit in on the interview?';
    expect(author(text).some((k) => k.kind === 'opinion' && k.text.startsWith('For one'))).toBe(false);
    const own =
      'The book raises one massive question that the author cannot answer: how can a holy book be peaceful and violent at once?';
    expect(author(own).some((k) => k.kind === 'opinion')).toBe(true);
  });

  it('does not take a ranking a count can settle for a verdict', () => {
    expect(
      kinds('The footage circulated on cable news, making the clip the most widely seen record of the shooting.'),
    ).toEqual([]);
    expect(kinds('Her favorability topped 65 percent, the most popular she had ever been.')).toEqual([]);
    expect(kinds('It was the most bizarre debate of the television age.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
  });
});
