/**
 * Subjectivity rules that hold on text nobody tuned to (issue 16, CheckThat dev_test gap): verdicts
 * carried by a figurative idiom, and neutral report that only looks like opinion. Every sentence
 * here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text);

describe('evaluative idioms', () => {
  it('flags an idiom that passes a verdict in the author’s own clause', () => {
    expect(author('The mayor’s apology for the flooded tunnels rings hollow.').join()).toContain('rings hollow');
    expect(author('Raising the toll again is a recipe for disaster on the ring road.').join()).toContain(
      'a recipe for disaster',
    );
    expect(author('For a decade the county board kicked the can down the road on its pensions.').join()).toContain(
      'kicked the can down the road',
    );
    expect(author('Dunmore’s residents deserve better from their water company.').join()).toContain('deserve better');
  });

  it('leaves the idiom to the speaker in a quotation or after a verb of saying', () => {
    expect(author('“The apology rings hollow,” said Ilse Brandt, who runs the tenants’ union.')).toEqual([]);
    expect(author('Opposition members said the toll rise was a recipe for disaster.')).toEqual([]);
  });
});

describe('verdict nouns after a copula', () => {
  it('flags a definite subject declared a whitewash, a myth or wrong', () => {
    expect(author('The council’s clean-up of the depot is a whitewash.').join()).toContain('whitewash');
    expect(author('This is exactly the wrong approach to the housing shortage.').join()).toContain('wrong approach');
    expect(author('Harlow’s cheaper bus fares are a myth.').join()).toContain('myth');
  });

  it('leaves the verdict to the speaker in reported speech', () => {
    expect(author('Residents said the depot report was a whitewash.')).toEqual([]);
  });
});

describe('normative and verdict frames', () => {
  it('flags what the author says is owed or was right', () => {
    expect(author('The Varlow estate’s tenants deserve to be rehoused before the winter.').join()).toContain(
      'deserve to be',
    );
    expect(author('In the end the Varlow residents were right all along.').join()).toContain('right all along');
    expect(author('This is what happens when a council sells its parks.').join()).toContain('what happens when');
  });
});

describe('stated requirements', () => {
  it('reads a modal with a deadline or threshold as a rule reported, not advice', () => {
    expect(author('The Dunmore parish council must adopt its budget by March 31.')).toEqual([]);
    expect(author('The water company has to repay the loan within five years.')).toEqual([]);
    expect(author('Entrants must be at least 16 on the day of the race.')).toEqual([]);
  });

  it('keeps the author’s own call, deadline or not', () => {
    expect(author('We must cut the county’s emissions by 2030.').join()).toContain('must');
    expect(author('The council must stop selling its parks.').join()).toContain('must');
  });
});

describe('neutral senses of charged words', () => {
  it('reads "lies" before a place or holder as the verb "lie"', () => {
    expect(author('The final say on the Varlow depot lies with the county board.')).toEqual([]);
    expect(author('The hamlet lies at the end of a gravel track.')).toEqual([]);
    expect(author('The council’s brochure is a web of secrecy and lies with no figures in it.').join()).toContain(
      'lies',
    );
  });

  it('reads a charged word after a sanction or a grade as the finding reported', () => {
    expect(author('The lender was fined £2 million for misleading borrowers.').join()).not.toContain('misleading');
    expect(author('The Dunmore primary school was rated outstanding by inspectors.')).toEqual([]);
  });
});

describe('address to the reader, understatement and first-person concern', () => {
  it('flags them in the author’s own voice', () => {
    expect(
      author('The county has raised parking fees again. Spare us the talk of a greener high street.').join(),
    ).toContain('Spare us');
    expect(author('The board kept the chief executive on. Hardly a sign of a fresh start.').join()).toContain(
      'Hardly a sign',
    );
    expect(author('My worry is that the Varlow estate will be left out again.').join()).toContain('My worry is');
    expect(author('The forecasters got it wrong about the flood defences.').join()).toContain('got it wrong');
  });
});

describe('judging adjectives on policy, ideas or conduct', () => {
  it('flags the adjective on a noun of policy or talk, one modifier between allowed', () => {
    expect(author('The high street was emptied by the mayor’s dangerous parking policies.').join()).toContain(
      'dangerous parking policies',
    );
    expect(author('The board kept its failed agenda for another year.').join()).toContain('failed agenda');
  });

  it('leaves the adjective on a thing or event, and in reported speech', () => {
    expect(author('A dangerous storm cut power to the Varlow estate on Monday.')).toEqual([]);
    expect(author('Opponents said the toll was a dangerous policy for the town.')).toEqual([]);
  });
});

describe('forecasts under the author’s own condition', () => {
  it('flags "Unless / Without ..., X will ..." as the author’s guess', () => {
    expect(author('Without new money, the Varlow clinic will close its doors for good.').join()).toContain(
      'will close its doors',
    );
  });

  it('leaves a schedule and a forecast somebody voiced', () => {
    expect(author('Unless the assembly acts, the rent rule will lapse in March.')).toEqual([]);
    expect(author('Without a pay offer, the union said, its members will strike.')).toEqual([]);
  });
});

describe('more verdict idioms', () => {
  it('flags them in the author’s own clause', () => {
    expect(author('The Varlow bypass bill is dead on arrival.').join()).toContain('dead on arrival');
    expect(author('The decision to shut the library smacks of desperation.').join()).toContain('smacks of');
    expect(author('It is a sad day for the people of Dunmore.').join()).toContain('a sad day for');
  });
});

describe('verdicts on whoever thinks otherwise, pseudo-cleft needs, futility', () => {
  it('flags them in the author’s own voice', () => {
    expect(author('No sane council would sell the Varlow playing fields.').join()).toContain('No sane council');
    expect(author('What the country needs is a rail line that runs on time.').join()).toContain(
      'What the country needs',
    );
    expect(author('The new fines will do nothing to stop the fly-tipping on Mill Lane.').join()).toContain(
      'will do nothing to',
    );
    expect(author('It is hard to see how the merger helps the Dunmore patients.').join()).toContain('hard to see how');
  });
});

describe('exclamatives, verdict heads and idioms of a second probe', () => {
  it('flags them in the author’s own voice', () => {
    expect(author('The Varlow car park plan went to the council again. What a mess.').join()).toContain('What a mess');
    expect(author('The new bypass design is unworkable.').join()).toContain('unworkable');
    expect(author('The county’s budget is a missed opportunity.').join()).toContain('a missed opportunity');
    expect(author('The episode reflects poorly on the Dunmore board.').join()).toContain('reflects poorly on');
  });
});

describe('verdict idioms of a third probe', () => {
  it('flags them in the author’s own voice', () => {
    expect(author('The water company’s excuse does not hold water.').join()).toContain('hold water');
    expect(author('The sooner the Varlow toll is dropped, the better.').join()).toContain('The sooner');
    expect(author('The county’s new transport plan is built on sand.').join()).toContain('built on sand');
  });
});
