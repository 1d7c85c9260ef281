/**
 * Objective sentences that read as the author's opinion (precision on SUBJ, CheckThat! dev false
 * alarms grouped by class). Made-up sentences; beside each, the author's own use stays flagged.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const author = (text: string) =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author')
    .map((k) => `${k.kind}: ${k.text}`);

describe('a rule described is not a prescription (caveats/rule-descriptions.ts)', () => {
  it('does not flag what an opening "Under the policy," frame requires', () => {
    expect(author('Under the new policy, asylum seekers must be held in detention.')).toEqual([]);
    expect(author('Under the bill, employers must offer six weeks of paid leave.')).toEqual([]);
  });

  it('does not flag a noun subject’s duty bounded by its own procedure', () => {
    expect(author('Asylum seekers must remain in the camps until their claims are decided.')).toEqual([]);
    expect(author('Pupils must be vaccinated before they enroll at the school.')).toEqual([]);
  });

  it('does not flag what a procedure’s goal ("To qualify, ...") requires', () => {
    expect(author('To qualify, families have to earn less than 20,000 pounds a year.')).toEqual([]);
    expect(author('In order to apply, visitors need to book online.')).toEqual([]);
  });

  it('still flags the author’s own "must"', () => {
    expect(author('To win, the party must change course.').length).toBeGreaterThan(0);
    expect(author('These officials must resign at once.').length).toBeGreaterThan(0);
    expect(author('Under Trump, the party must change course.').length).toBeGreaterThan(0);
    expect(author('We must act before they ruin the harbour.').length).toBeGreaterThan(0);
    expect(author('The council should wait until their report is out.').length).toBeGreaterThan(0);
  });
});

describe('a figure granted is not an opinion (caveats/granted-figures.ts)', () => {
  it('does not flag "of course" or "obviously" granting a stated figure', () => {
    expect(author('Of course, the bill passed by 52 votes to 48.')).toEqual([]);
    expect(author('Obviously, turnout fell: only 41% of voters went to the polls in 2019.')).toEqual([]);
  });

  it('still flags a connective that weighs the fact, and a granted verdict', () => {
    expect(author('Sadly, 40 people died in the fire.').length).toBeGreaterThan(0);
    expect(author('Of course, the ferry company never cared about the islanders.').length).toBeGreaterThan(0);
    expect(author('Of course, the scheme is a disaster for the 3 million renters.').length).toBeGreaterThan(0);
  });
});

describe('a granting connective stacked on another stance marker', () => {
  it('still flags "Of course, the truth is ..." with a figure in it', () => {
    expect(author('Of course, the truth is that raising it 30 years later helps nobody.').length).toBeGreaterThan(0);
  });
});

describe('the size of a calamity is not a judgement (caveats/calamity-magnitude.ts)', () => {
  it('does not flag a charged adjective grading a natural force or a famine', () => {
    expect(author('A catastrophic earthquake struck the city in 1906.')).toEqual([]);
    expect(author('The island endured a brutal drought last summer.')).toEqual([]);
    expect(author('The famine caused a terrible die-off of livestock.')).toEqual([]);
  });

  it('still flags the same adjective on conduct, and a metaphorical disaster', () => {
    expect(author('The minister’s disastrous policy ruined the port.').length).toBeGreaterThan(0);
    expect(author('The ferry deal is an unmitigated disaster.').length).toBeGreaterThan(0);
  });
});

describe('quoted labels offered as alternatives are mentioned (caveats/quoted-alternatives.ts)', () => {
  it('does not flag a pair of quoted labels joined by "or" or "between ... and"', () => {
    expect(author('The director is wary of ‘harrowing’ or ‘brutal’ scenes.')).toEqual([]);
    expect(author('A panel decides whether the rents count as ‘fair’ or ‘unfair’.')).toEqual([]);
    expect(author('Voters face a choice between ‘reform’ and ‘repeal’.')).toEqual([]);
  });

  it('still flags a lone scare quote and quoted slurs listed with "and"', () => {
    expect(author('The ‘reform’ left the harbour emptier than before.').length).toBeGreaterThan(0);
    expect(author('The town is full of “patriots” and “heroes” these days.').length).toBeGreaterThan(0);
  });
});

describe('words reported after "to say" are the sayer’s (caveats/infinitive-reports.ts)', () => {
  it('does not count a cue in what somebody has begun to argue or dared to say', () => {
    expect(author('Some have had the courage to say it is nothing more than a scam.')).toEqual([]);
    expect(author('Republicans have begun to argue that the tax is a cruel hoax.')).toEqual([]);
  });

  it('still flags the author’s own "to say"', () => {
    expect(author('I have the courage to say it is nothing more than a scam.').length).toBeGreaterThan(0);
    expect(author('It is fair to say the ferry tax is a cruel hoax.').length).toBeGreaterThan(0);
  });
});

describe('the title of a cited work is not the author’s voice (caveats/cited-works.ts)', () => {
  it('does not flag a "must" or a question in a bracketed reference', () => {
    expect(author('Renters are angry [You Have To Stop The Ferry Tax, by Jo Roe, The Ledger, May 3, 2022].')).toEqual(
      [],
    );
    expect(author('The council raised fees (Why Must the Harbour Pay?, Port Weekly, 2021).')).toEqual([]);
  });

  it('still flags the author’s own aside in brackets and a cue outside the reference', () => {
    expect(author('The council raised fees (which it must stop doing, frankly).').length).toBeGreaterThan(0);
    expect(author('The tax must go [see our report, May 3, 2022].').length).toBeGreaterThan(0);
  });
});

describe('the narrow reach of the granted-figure and infinitive-report rules', () => {
  it('still flags a connective that grades a modifier, even with a figure', () => {
    expect(author('The four overweight, obviously untrained guards held a man aged 78.').length).toBeGreaterThan(0);
  });

  it('still flags a cue after "to say about", after the writer’s own "to say", and past a new clause', () => {
    expect(author('The minister had nothing to say about those thugs at the harbour.').length).toBeGreaterThan(0);
    expect(author('As much as we are tempted to say it is fine, the reality is grim.').length).toBeGreaterThan(0);
    expect(
      author('They got her to say that he lied, hoping that the smear will surely delay the vote.').length,
    ).toBeGreaterThan(0);
  });
});

describe('a forecast of a natural force is not a guess (caveats/force-forecasts.ts)', () => {
  it('does not flag "likely"/"probably" with a storm, rain or an outbreak as subject', () => {
    expect(author('The hurricane will probably make landfall on Tuesday.')).toEqual([]);
    expect(author('Heavy rain is likely to continue into the weekend.')).toEqual([]);
    expect(author('The outbreak is likely to worsen.')).toEqual([]);
  });

  it('still flags a guess about people, and a metaphorical storm', () => {
    expect(author('The minister is likely to resign over the floods.').length).toBeGreaterThan(0);
    expect(author('The storm of protest will probably topple the minister.').length).toBeGreaterThan(0);
  });
});

describe('a quantity asked for is an informational question (caveats/question-shapes.ts)', () => {
  it('does not flag "How many ...?" / "How much ...?" asking for a figure', () => {
    expect(author('How many ferries crossed the strait last year?')).toEqual([]);
    expect(author('How much did the new bridge cost?')).toEqual([]);
  });

  it('still flags the rhetorical ones', () => {
    expect(author('How many more children must die?').length).toBeGreaterThan(0);
    expect(author('How many times do we have to say it?').length).toBeGreaterThan(0);
    expect(author('How much is enough?').length).toBeGreaterThan(0);
  });
});

describe('an infinitive of saying with an object, and a rhetorical quantity question', () => {
  it('still flags a cue after "to write the letter" and a question of what can be done', () => {
    expect(author('His hope that he ought to write the letter was very specifically answered.').length).toBeGreaterThan(
      0,
    );
    expect(author('How many philosophy graduates can build a bookshelf?').length).toBeGreaterThan(0);
  });
});

describe('a connective opening its sentence links, it does not comment (caveats/linking-connectives.ts)', () => {
  it('does not flag a sentence-opening "In fact," or "In short,"', () => {
    expect(author('In fact, several councillors were ready to back the harbour plan.')).toEqual([]);
    expect(author('But in fact the ferry service ended a year early.')).toEqual([]);
    expect(author('In short, the firm kept its most profitable depots.')).toEqual([]);
    expect(author('The depot closed in May; in fact, its staff had left in March.')).toEqual([]);
  });

  it('still flags the words set inside a predicate, and any other cue', () => {
    expect(author('The levy is, in fact, a tax on renters.').length).toBeGreaterThan(0);
    expect(author('The mayor ignored the warnings and in fact may be making them worse.').length).toBeGreaterThan(0);
    expect(author('In fact, the scheme is a disaster for renters.').length).toBeGreaterThan(0);
  });
});

describe('"very" before a dimension states a measure (data/caveat-senses.ts MEASURED_AFTER_VERY)', () => {
  it('does not flag "very" grading size, age, distance, time, speed or temperature', () => {
    expect(author('The ferry made a very long crossing in the storm.')).toEqual([]);
    expect(author('The harbour cranes are very old and due to be replaced.')).toEqual([]);
    expect(author('Traffic moved very slowly through the tunnel on Friday.')).toEqual([]);
    expect(author('The camp is very close to the border.')).toEqual([]);
    expect(author('The nights were very cold during the march.')).toEqual([]);
  });

  it('still flags "very" grading a judgement', () => {
    expect(author('The council gave a very misleading answer.').length).toBeGreaterThan(0);
    expect(author('It was a very bad decision.').length).toBeGreaterThan(0);
  });
});

describe('a plea, verdict or admission names its charge (caveats/cue-rules.ts literalSense)', () => {
  it('does not count the charge named by a plea or a finding as the author’s word', () => {
    expect(author('The former aide pleaded guilty to lying to customs officers.')).toEqual([]);
    expect(author('Two councillors were found guilty of lying under oath.')).toEqual([]);
    expect(author('The harbour master admitted to lying about the inspection.')).toEqual([]);
  });

  it('still flags the author’s own charge', () => {
    expect(author('The minister is guilty of shameless lying.').length).toBeGreaterThan(0);
    expect(author('The council keeps lying to residents.').length).toBeGreaterThan(0);
  });
});
