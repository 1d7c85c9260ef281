/**
 * Claims of classes the cue pass used to miss (issue 16, "briefs on unseen articles"): a noun of
 * saying with its "that" clause, each with a made-up article and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a noun of saying with its "that" clause (cue/nominal-that)', () => {
  it('reads "X\'s assertion that ..." as the possessor speaking', () => {
    const c = claimWith(
      claimsOf(
        'Harbor commissioner Dana Whitlow took office in May. Critics pounced on Whitlow’s assertion that the pier budget was balanced.',
      ),
      'the pier budget',
    );
    expect(c.text).toBe('the pier budget was balanced');
    expect(c.cue).toBe('assertion');
    expect(c.speaker?.name).toBe('Dana Whitlow');
  });

  it('resolves a possessive pronoun like its subject form ("his warning that ...")', () => {
    const c = claimWith(
      claimsOf(
        'Fire chief Marco Bellini toured the mill. Neighbors ignored his warning that the old dam could give way.',
      ),
      'the old dam',
    );
    expect(c.cue).toBe('warning');
    expect(c.speaker?.name).toBe('Marco Bellini');
  });

  it('takes the one named after "from" or "by" ("warnings from his lawyer that ..."), never a time', () => {
    const text =
      'The hearing went ahead despite repeated warnings from his lawyer that the inquiry was pointless. ' +
      'The warnings from 2019 that nobody read were lost.';
    const c = claimWith(claimsOf(text), 'the inquiry was pointless');
    expect(c.cue).toBe('warnings');
    expect(c.speaker?.name).toBe('his lawyer');
    expect(claimsOf(text)).toHaveLength(1);
  });

  it('takes the subject of a light verb ("X expressed concern that ...")', () => {
    const c = claimWith(
      claimsOf('Shop owners expressed concern that the new parking fees would drive customers away.'),
      'parking fees',
    );
    expect(c.cue).toBe('concern');
    expect(c.speaker?.name).toContain('Shop owners');
  });

  it('leaves out a relative clause about the noun and a noun nobody voices', () => {
    expect(claimsOf('The statement that the council issued on Monday ran to two pages.')).toEqual([]);
    expect(claimsOf('Mayor Ruiz read the message that arrived from the county.')).toEqual([]);
    expect(claimsOf('Growing concern that the levee might fail emptied the riverside streets.')).toEqual([]);
  });
});

describe('claims: a document named by a cue word\'s noun ("The report says ...")', () => {
  it('takes "the report" as the speaker of its finding', () => {
    const c = claimWith(
      claimsOf(
        'The county released its audit of the ferry service on Tuesday. The report says the ferries ran late on most weekdays.',
      ),
      'the ferries ran late',
    );
    expect(c.cue).toBe('says');
    expect(c.speaker?.name).toBe('The report');
  });

  it('takes a possessor before the noun ("the agency\'s report said ...")', () => {
    const c = claimWith(
      claimsOf('The Transit Agency’s report said that two signals had failed before the crash.'),
      'two signals had failed',
    );
    expect(c.speaker?.name).toContain('report');
  });

  it('still reads "report" as a verb after a name ("Officials report ...")', () => {
    const c = claimWith(claimsOf('Park officials report that the trail will reopen in June.'), 'the trail will reopen');
    expect(c.speaker?.name).toBe('Park officials');
  });
});

describe('claims: a cue verb in a to-infinitive after a catenative verb', () => {
  it('reads "X continues to insist, ..., that ..." with the subject as speaker', () => {
    const c = claimWith(
      claimsOf(
        'Councilwoman Ida Brandt continues to insist, most recently on a radio call-in show, that the depot will close.',
      ),
      'the depot will close',
    );
    expect(c.cue).toBe('insist');
    expect(c.speaker?.name).toBe('Ida Brandt');
  });

  it('reads "X went on to say that ..." and "X appeared to suggest that ..."', () => {
    const claims = claimsOf(
      'The coach praised the defense. He then went on to say that the team would sign a new goalkeeper. Later, the coach appeared to suggest that the captain could be traded.',
    );
    expect(claimWith(claims, 'a new goalkeeper').cue).toBe('say');
    expect(claimWith(claims, 'the captain could be traded').speaker?.name).toBe('the coach');
  });

  it('leaves out a refusal ("declined to say whether ...")', () => {
    // The catenative rule must not read "declined to say" as saying. (A named or definite subject,
    // "Ruiz declined ...", "The coach declined ...", holds the refusal as an act cue: PolNeAR annotates those.)
    expect(claimsOf('A coach declined to say whether the captain would be traded.')).toEqual([]);
  });
});

describe('claims: criticism verbs and parenthetical subjects of stance verbs', () => {
  it('reads "X blasted Y for ..." as a stance of a named subject, without a quotation', () => {
    const c = claimWith(
      claimsOf('Governor Ana Reyes blasted the utility for raising rates during the heat wave.'),
      'the utility',
    );
    expect(c.cue).toBe('blasted');
    expect(c.speaker?.name).toBe('Ana Reyes');
  });

  it('leaves "blast" the noun alone ("a blast at the plant"), and "blasted" without its for/as frame', () => {
    expect(claimsOf('Lisbon blast injures four at a chemical plant.')).toEqual([]);
    expect(claimsOf('Striker Tomas Varga blasted a late goal past the keeper.')).toEqual([]);
  });

  it('reads an -ing form after an article and before a preposition as a noun ("a health warning to ...")', () => {
    expect(
      claimsOf('The embassy in Dunmore issued a health warning to visitors over strange sounds at the port.'),
    ).toEqual([]);
    // "a statement saying ..." still reports: the council that issued it speaks through it (cue/document-cue).
    const c = claimWith(
      claimsOf('The council issued a statement saying the pier would reopen in May.'),
      'the pier would reopen',
    );
    expect(c.speaker?.name).toBe('The council');
  });

  it('reads "added" with a number, "to" or "up" as a sum, and "added (that) ..." still as a remark', () => {
    expect(claimsOf('The harbour economy added 1,800 jobs in June, and the strike added to the delays.')).toEqual([]);
    expect(claimsOf('The fees added up over the year.')).toEqual([]);
    const c = claimWith(claimsOf('Mayor Lena Ortiz added that the pier would reopen in May.'), 'the pier would reopen');
    expect(c.speaker?.name).toBe('Lena Ortiz');
    expect(claimWith(claimsOf('Mayor Lena Ortiz added the pier would reopen in May.'), 'the pier').cue).toBe('added');
  });

  it('reads "attacked <country>" as a strike, and "attacked X for ..." still as words', () => {
    expect(
      claimsOf('The handover was done with fanfare, then France and Britain attacked Libya and toppled its ruler.'),
    ).toEqual([]);
    const c = claimWith(claimsOf('Senator Ana Reyes attacked the governor for raising port fees.'), 'the governor');
    expect(c.speaker?.name).toBe('Ana Reyes');
  });

  it('takes no claim from a question opened by "Who", but keeps the WHO speaking', () => {
    expect(claimsOf('The summit was called off. Who can blame the harbour workers for walking out?')).toEqual([]);
    expect(claimsOf('Who really believes the ferry will run on time?')).toEqual([]);
    const c = claimWith(claimsOf('WHO said the outbreak in the port city was contained.'), 'the outbreak');
    expect(c.speaker?.name).toBe('WHO');
  });

  it('reads "X, in particular, has sharply criticized ..." with the name before the parenthetical', () => {
    const c = claimWith(
      claimsOf('Senator Paul Okafor, in particular, has sharply criticized the new fishing quotas.'),
      'fishing quotas',
    );
    expect(c.cue).toBe('criticized');
    expect(c.speaker?.name).toBe('Paul Okafor');
  });
});

describe('claims: verbs that introduce a quotation only beside it', () => {
  it('reads voicing verbs next to a quotation ("“...,” she yells", "X sings to the crowd")', () => {
    const claims = claimsOf(
      'Choir director Mina Holt led the rally. “Keep the lights on,” Holt sings to the crowd. “Is anyone listening?” she yells.',
    );
    expect(claimWith(claims, 'Keep the lights on').speaker?.name).toBe('Mina Holt');
    expect(claimWith(claims, 'Is anyone listening').cue).toBe('yells');
  });

  it('reads "X made the following comment:" before a quotation in the next paragraph', () => {
    const c = claimWith(
      claimsOf('Councilman Roy Adeyemi spoke last.\n\nAdeyemi made the following comment:\n\n“The depot stays open.”'),
      'The depot stays open',
    );
    expect(c.speaker?.name).toContain('Adeyemi');
  });

  it('leaves the same words alone away from a quotation', () => {
    expect(claimsOf('The band sings old hymns at the harbor festival every June.')).toEqual([]);
    expect(claimsOf('The asking price for the mill was four million dollars.')).toEqual([]);
  });
});

describe('claims: a finding verb heading a Title Case headline', () => {
  it('reads "New Survey Shows ..." in the headline as the survey\'s finding', () => {
    const c = claimWith(
      claimsOf(
        'New Survey Shows Sharp Drop In Ferry Ridership\n\nFewer people rode the harbor ferries this spring, the county said.',
      ),
      'Sharp Drop',
    );
    expect(c.cue).toBe('Shows');
    expect(c.speaker?.name).toBe('New Survey');
  });

  it('still reads a capitalised finding verb mid-sentence in body text as a name', () => {
    expect(claimsOf('The ferry crossed the bay. The Harbor Shows Committee met on Monday.')).toEqual([]);
  });
});

describe('claims: speech summarised by its subject matter ("spoke of", "talked about")', () => {
  it('reads "X spoke of Y" as what X said, in the writer\'s words', () => {
    const c = claimWith(
      claimsOf('At the dedication, Bishop Elena Marsh spoke of the flood that closed the chapel in 1998.'),
      'the flood',
    );
    expect(c.cue).toBe('spoke of');
    expect(c.speaker?.name).toBe('Elena Marsh');
  });

  it('leaves the discourse opener "speaking of" alone', () => {
    expect(claimsOf('Speaking of floods, the river rose again in March.')).toEqual([]);
  });
});

describe('claims: findings of courts and inquiries, only with "that"', () => {
  it('reads "the court ruled that ..." and "investigators discovered that ..."', () => {
    const claims = claimsOf(
      'The state appeals court ruled that the harbor tolls were illegal. Auditors later discovered that the toll money had paid for a yacht.',
    );
    expect(claimWith(claims, 'tolls were illegal').cue).toBe('ruled');
    expect(claimWith(claims, 'paid for a yacht').speaker?.name).toBe('Auditors');
  });

  it('leaves the acts and the nouns alone ("ruled the province", "discovered two men", "rules that ...")', () => {
    expect(claimsOf('King Otto ruled the province for forty years.')).toEqual([]);
    expect(claimsOf('Harbor police discovered two men hiding in a container.')).toEqual([]);
    expect(claimsOf('New port rules that take effect in May will ban diesel tugs.')).toEqual([]);
  });
});

describe('claims: a coordinated report by another speaker ("..., and human rights groups warned that ...")', () => {
  it('ends the first claim at the coordinator and makes the second its own claim', () => {
    const claims = claimsOf(
      'Mayor Dana Cole said the reservoir was full, but hydrologists warned that the dam needed repairs.',
    );
    expect(claimWith(claims, 'reservoir').text).toBe('the reservoir was full');
    const c = claimWith(claims, 'the dam needed repairs');
    expect(c.cue).toBe('warned');
    expect(c.speaker?.name).toBe('hydrologists');
  });

  it('keeps a plain coordinated clause and a noun before its verb inside the content', () => {
    expect(
      claimWith(claimsOf('The mayor said the bridge was safe and the engineers were pleased.'), 'bridge').text,
    ).toBe('the bridge was safe and the engineers were pleased');
    expect(
      claimWith(claimsOf('The governor said turnout rose in Ohio and both states have new voting rules.'), 'turnout')
        .text,
    ).toBe('turnout rose in Ohio and both states have new voting rules');
  });
});

describe('claims: a subject with an appositive before the cue', () => {
  it('reads "X’s spokesman, Name, said ..." as the named person speaking', () => {
    const c = claimWith(
      claimsOf('The council met on Monday.\n\nThe mayor’s spokesman, Dan Webb, said the bridge would stay shut.'),
      'the bridge would stay shut',
    );
    expect(c.speaker?.name).toBe('Dan Webb');
  });

  it('reads a phrase ending in a place ("an employee in the port city of Dunmore reported") as the phrase speaking, not the place', () => {
    const text =
      'The council met on Monday.\n\nAn employee in the port city of Dunmore told reporters the sounds had stopped. The embassy in Dunmore said the staff were safe.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.speaker?.name)).not.toContain('Dunmore');
    expect(claimWith(claims, 'the staff were safe').speaker?.name).toBe('The embassy');
    expect(claimWith(claims, 'the sounds had stopped').speaker?.name).toBe('An employee in the port city of Dunmore');
  });

  it('reads "Name of the X office told ..." as the named person speaking, not the place in the office', () => {
    const text =
      'The council met on Monday.\n\nDana Whitcombe of the Dunmore harbour master’s office told reporters the pier would reopen.';
    const c = claimWith(claimsOf(text), 'the pier would reopen');
    expect(c.speaker?.name).toBe('Dana Whitcombe');
  });

  it('reads "The statement, released by X, said the bridge was safe" as the statement speaking, not "the bridge"', () => {
    const claims = claimsOf(
      'The council met on Monday.\n\nThe statement, released by the Harbour Authority, said the bridge was safe.',
    );
    expect(claims.map((c) => c.speaker?.name)).not.toContain('the bridge');
    expect(claimWith(claims, 'the bridge was safe').speaker?.name).toBe('The statement');
  });
});
