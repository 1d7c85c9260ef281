/**
 * Speaker slots the cue pass used to fill with the wrong words (issue 16, "briefs on unseen
 * articles"): an adverbial opener read as the subject of a participle, a noun after a singular
 * quantifier read as a cue verb. Made-up articles; each also checks the reading that must go.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { claimsOf, claimWith } from './claims';

describe('claims: the subject after adverbial openers (cue/participle-sentence-subject)', () => {
  it('skips a prepositional opener and "however" before the subject', () => {
    const c = claimWith(
      claimsOf(
        'Mayor Lena Ortiz toured the harbor. On Tuesday, however, Ortiz met the ferry workers, promising to restore the night crossings.',
      ),
      'restore the night crossings',
    );
    expect(c.cue).toBe('promising');
    expect(c.speaker?.name).toBe('Lena Ortiz');
  });

  it('takes a lower-case group subject ("several farm groups did ..., saying ...")', () => {
    const c = claimWith(
      claimsOf('In August, several farm groups granted the mayor an extension, saying her budget was too small.'),
      'her budget',
    );
    expect(c.speaker?.name).toContain('farm groups');
  });

  it('ends the subject at an -ly adverb, so the object of its verb does not speak', () => {
    const c = claimWith(
      claimsOf(
        'Mayor Lena Ortiz openly admires Governor Tom Reyes as a “strong leader,” comparing him favorably to the last mayor.',
      ),
      'the last mayor',
    );
    expect(c.speaker?.name).toBe('Lena Ortiz');
  });

  it('ends a name at a verb linking it to a state ("X appears pleased ..., noting ...")', () => {
    for (const link of ['appears', 'remains', 'seems to be'])
      expect(
        claimWith(
          claimsOf(`Mayor Lena Ortiz ${link} pleased with the plan, noting the low cost of the new ferry.`),
          'the low cost',
        ).speaker?.name,
      ).toBe('Lena Ortiz');
  });

  it('skips a participial opener ("Angered by ..., X did ..., saying ...")', () => {
    const c = claimWith(
      claimsOf(
        'Angered by complaints about the fares, Councillor Pieter Vos rewrote the transit budget, saying the cheaper tickets would come first.',
      ),
      'the cheaper tickets',
    );
    expect(c.speaker?.name).toBe('Pieter Vos');
  });
});

describe('claims: a cue word used as a plural noun', () => {
  it('reads "have questions" and "questions also remain" as nouns, with no speaker', () => {
    expect(claimsOf('The mayor and the governor have questions to answer about the ferry contract.')).toEqual([]);
    expect(claimsOf('More basic questions also remain unanswered, including who paid for the ferry.')).toEqual([]);
  });

  it('still reads the verb after a subject ("The senator questions whether ...")', () => {
    expect(claimWith(claimsOf('The senator questions whether the ferry deal is legal.'), 'the ferry deal').cue).toBe(
      'questions',
    );
  });
});

describe('claims: a cue word after a singular quantifier is a noun', () => {
  it('reads "In one tweet Monday, X said:" with X speaking, not "one"', () => {
    const c = claimWith(
      claimsOf('In one tweet Monday, Senator Ada Moreno said: “The bridge tolls are a tax on commuters.”'),
      'bridge tolls',
    );
    expect(c.cue).toBe('said');
    expect(c.speaker?.name).toBe('Ada Moreno');
  });

  it('reads a cue participle after a count in a prepositional phrase as a modifier ("In one alleged incident")', () => {
    expect(claimsOf('In one alleged incident in 2015, the manager took cash from the till.')).toEqual([]);
    expect(claimsOf('In two reported cases, the ferry left without its crew.')).toEqual([]);
  });

  it('keeps a count that is the subject ("One alleged that ...")', () => {
    expect(claimWith(claimsOf('One alleged that the ferry vote was rigged.'), 'the ferry vote').cue).toBe('alleged');
    expect(claimWith(claimsOf('Ana Ruiz, a mother of three, replied that the ferry was late.'), 'the ferry').cue).toBe(
      'replied',
    );
    expect(claimWith(claimsOf('The mother of three replied that the ferry was late.'), 'the ferry').cue).toBe(
      'replied',
    );
  });
});

describe('claims: a stance of a lower-case group subject (cue/stance-of-strong-subject)', () => {
  it('reads "the economists praised ..." and "farm groups are challenging ..." as stances', () => {
    const claims = claimsOf(
      'The economists praised the new grain tariff schedule. Meanwhile farm groups are challenging the export quota in court.',
    );
    expect(claimWith(claims, 'grain tariff').speaker?.name).toContain('economists');
    expect(claimWith(claims, 'export quota').speaker?.name).toContain('farm groups');
  });

  it('leaves passive participles and non-group heads alone', () => {
    const claims = claimsOf(
      'Two clerks accused of fraud resigned on Monday. The workers accused of theft left. The delays called the whole audit into question.',
    );
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});

describe('claims: a stance verb in a to-infinitive (cue/stance-of-strong-subject)', () => {
  it('gives a purpose infinitive to the sentence subject', () => {
    const claims = claimsOf(
      'Mayor Lena Ortiz took to the radio overnight to accuse the council of hiding the audit. Senator Hal Brody spoke at a union hall to discuss the pension bill.',
    );
    expect(claimWith(claims, 'hiding the audit').speaker?.name).toBe('Lena Ortiz');
    expect(claimWith(claims, 'pension bill').speaker?.name).toBe('Hal Brody');
  });

  it('gives a catenative ("appeared to blame") to its subject', () => {
    const c = claimWith(
      claimsOf('Last week Mayor Lena Ortiz appeared to blame the drivers for the delays.'),
      'drivers',
    );
    expect(c.speaker?.name).toBe('Lena Ortiz');
  });

  it('does not give the infinitive to the subject of an object-control verb', () => {
    const claims = claimsOf('Mayor Lena Ortiz persuaded the council to reject the depot plan.');
    expect(claims.some((c) => c.text.includes('the depot plan') && c.cue === 'reject')).toBe(false);
  });
});

describe('claims: stance verbs with an object (back, compare, express, mock, ...)', () => {
  it('reads backing, comparing and voicing as stances of the subject', () => {
    const claims = claimsOf(
      'The Harbor Tribune backed the transit levy. Councillor Pieter Vos compared the budget to a leaking bucket. Younger renters have expressed misgivings about the levy.',
    );
    expect(claimWith(claims, 'the transit levy').speaker?.name).toContain('Harbor Tribune');
    expect(claimWith(claims, 'a leaking bucket').speaker?.name).toBe('Pieter Vos');
    expect(claimWith(claims, 'misgivings').speaker?.name).toContain('renters');
  });

  it('leaves the adverb and noun senses alone ("came back", "a dim view of")', () => {
    const claims = claimsOf('Mayor Lena Ortiz came back on Monday. The port board takes a dim view of the levy.');
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});

describe('claims: a stance verb after "and" in the subject\'s verb phrase', () => {
  it('gives "X did ..., and criticized Y" to the sentence subject', () => {
    const c = claimWith(
      claimsOf('Senator Hal Brody has used the phrase often, and criticized the mayor for the fare hike.'),
      'fare hike',
    );
    expect(c.cue).toBe('criticized');
    expect(c.speaker?.name).toBe('Hal Brody');
  });
});

describe('claims: content bounds around a relative clause and possessive nouns', () => {
  it('ends the content of ", who said ..." at the comma before the main verb', () => {
    const claims = claimsOf('Mayor Lena Ortiz, who said the depot was too old, met the drivers on Monday.');
    expect(claimWith(claims, 'the depot').text).toBe('the depot was too old');
  });

  it('keeps an appositive comma inside the content ("X, 53, ...")', () => {
    const claims = claimsOf('Ann Bell, who claims Tom Reyes, 53, hid the audit, testified on Monday.');
    expect(claimWith(claims, 'Tom Reyes').text).toContain('hid the audit');
  });

  it('reads a cue word after "his"/"her" and a modifier as a noun ("his campaign promises")', () => {
    const claims = claimsOf('Governor Tom Reyes cannot keep his campaign promises even if he tried.');
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});

describe('claims: a stance in the passive with its agent (cue/passive-agent)', () => {
  it('gives "X has been endorsed by Y" to Y, about X', () => {
    const c = claimWith(claimsOf('Mayor Lena Ortiz has been endorsed by the Harbor Tribune.'), 'Lena Ortiz');
    expect(c.cue).toBe('endorsed');
    expect(c.speaker?.name).toContain('Harbor Tribune');
  });

  it('needs an agent who can hold a stance and a subject longer than a pronoun', () => {
    const claims = claimsOf('The depot plan was backed by hard numbers. It was rejected by the council.');
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});

describe('claims: "expect" with an object and an infinitive', () => {
  it('reads "X expect Y to ..." as the subject\'s expectation, not "than expected"', () => {
    const claims = claimsOf(
      'Harbor officials expect the ferry to resume in May. The repairs took longer than expected.',
    );
    expect(claimWith(claims, 'the ferry to resume').speaker?.name).toContain('officials');
    expect(claims).toHaveLength(1);
  });
});

describe('claims: decisions, votes and doubts', () => {
  it('reads "decided against", "voted to" and "wondered whether" as the subject\'s', () => {
    const claims = claimsOf(
      'The Port Authority decided against raising the fees. Councillor Ann Bell voted to delay the depot. Mayor Lena Ortiz has repeatedly wondered whether the audit is complete. The council held a final vote on the depot.',
    );
    expect(claims.some((c) => c.cue === 'vote')).toBe(false);
    expect(claimWith(claims, 'raising the fees').speaker?.name).toContain('Port Authority');
    expect(claimWith(claims, 'delay the depot').speaker?.name).toBe('Ann Bell');
    expect(claimWith(claims, 'the audit is complete').speaker?.name).toBe('Lena Ortiz');
  });
});

describe('claims: more stance verbs (praise, blame, preference, support)', () => {
  it('reads lauding, bemoaning, retweeting and sponsoring as stances of the subject', () => {
    const claims = claimsOf(
      'Governor Tom Reyes lauded the ferry crews for their courage. Mayor Lena Ortiz bemoaned the delays at the depot. Councillor Ann Bell retweeted a photo of the flooded pier. Senator Hal Brody sponsored the harbor repair bill.',
    );
    expect(claimWith(claims, 'ferry crews').speaker?.name).toBe('Tom Reyes');
    expect(claimWith(claims, 'the delays').speaker?.name).toBe('Lena Ortiz');
    expect(claimWith(claims, 'flooded pier').speaker?.name).toBe('Ann Bell');
    expect(claimWith(claims, 'harbor repair bill').speaker?.name).toBe('Hal Brody');
  });

  it('reads "pleads for" as a plea and "pleaded guilty" as a legal act', () => {
    const claims = claimsOf(
      'Councillor Ann Bell pleads for calm at the depot. The clerk Tom Reyes pleaded guilty to fraud on Monday.',
    );
    expect(claimWith(claims, 'calm at the depot').speaker?.name).toBe('Ann Bell');
    expect(claims.some((c) => c.text.includes('fraud'))).toBe(false);
  });
});

describe('claims: labels, thanks, apologies and retorts', () => {
  it("reads branding, thanking, downplaying and countering as the subject's", () => {
    const claims = claimsOf(
      'Mayor Lena Ortiz branded the levy a tax grab. Councillor Ann Bell thanked the crews for their work. Governor Tom Reyes downplayed the risk of flooding. Senator Hal Brody countered that the pier was safe.',
    );
    expect(claimWith(claims, 'a tax grab').speaker?.name).toBe('Lena Ortiz');
    expect(claimWith(claims, 'the crews').speaker?.name).toBe('Ann Bell');
    expect(claimWith(claims, 'risk of flooding').speaker?.name).toBe('Tom Reyes');
    expect(claimWith(claims, 'the pier was safe').speaker?.name).toBe('Hal Brody');
  });

  it('leaves the noun senses alone ("no doubt", "the brand", "counter to")', () => {
    const claims = claimsOf('There is no doubt the brand is popular. The ruling ran counter to the rules.');
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});

describe('claims: a participle after a determiner modifies the speaker', () => {
  it('keeps "The leaked memo", "a frustrated delegate" and "many surviving students" whole', () => {
    const text =
      'The ferry company had known of the fault.\n\n' +
      'The leaked memo said the company had known of the fault since May.\n\n' +
      '"We will not have enough time," said a frustrated delegate.\n\n' +
      'Many surviving students said the drills had helped.';
    const speakers = claimsOf(text).map((c) => c.speaker?.name);
    expect(speakers).toEqual(['The leaked memo', 'a frustrated delegate', 'Many surviving students']);
  });
});

describe('claims: a cue word right after a preposition is a noun', () => {
  it('makes no claim of "without hope of" or "in fear of", and keeps a gerund after a preposition', () => {
    const text =
      'The prisoners live out their sentences without hope of reprieve.\n\n' +
      'The miners worked on in fear of another collapse.\n\n' +
      'The council, despite repeatedly assuring residents that the bridge was safe, closed it on Monday.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.cue)).toEqual(['assuring']);
  });
});

describe('claims: a past participle like "written" is passive without "have"', () => {
  it('makes no claim of "a letter written in March", and keeps "has written that"', () => {
    const text =
      'The bishop attached the text of a previous letter written a month earlier to the council.\n\n' +
      'The report, released in March, warned of delays.\n\n' +
      'The mayor has written that the bridge is unsafe.';
    const claims = claimsOf(text);
    // ("released" is no cue; the report's own "warned" is, as it is without the aside.)
    expect(claims.map((c) => [c.cue, c.speaker?.name ?? null])).toEqual([
      ['warned', 'The report'],
      ['written', 'The mayor'],
    ]);
  });
});

describe('claims: the head of the subject speaks, not a name inside it', () => {
  const speakerOf = (text: string) => {
    const b = brief({ text });
    const c = b.claims[0];
    return { name: c?.speaker?.name, sources: b.sources.filter((s) => c?.sourceIds.includes(s.id)).map((s) => s.name) };
  };

  it('gives the claim to the head before a restrictive relative clause, not to the name in the clause', () => {
    expect(speakerOf('A Kessock teenager who supports Mayor Ines Varga says he was pushed.').name).toBe(
      'A Kessock teenager',
    );
    expect(speakerOf('Legislators who backed Governor Tom Hale said the bill would pass.').name).toBe('Legislators');
    expect(speakerOf('Officials who spoke on condition of anonymity said the talks failed.').name).toBe(
      'Officials who spoke on condition of anonymity',
    );
  });

  it('does not make the place in "an Ohio man" or "the Vermont senator" the source', () => {
    const text = 'Ohio is cold.\n\nAn Ohio man says he sold the rifle. The Vermont senator said the vote was close.';
    const b = brief({ text });
    expect(b.sources.map((s) => s.name)).not.toContain('Ohio');
    expect(b.sources.map((s) => s.name)).not.toContain('Vermont');
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['An Ohio man', 'The Vermont senator']);
  });
});

describe('claims: no claim of a fronted time or of a passive verb of saying', () => {
  it('makes no claim of "In 1764," before "X added", of "it is found in" or of "she was told by"', () => {
    const text =
      'In 1764, the astronomer Ines Varga added M31 to her catalogue. In March, Varga agreed.\n\n' +
      'The comet is found in the constellation of the Swan.\n\n' +
      'Varga was told by the observatory that the data would be released.\n\n' +
      'The council was worried that the data would leak.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.cue)).toEqual(['worried']);
  });
});

describe('claims: "forecast" reports what its subject expects', () => {
  it('reads "Economists forecast that ..." and "The bank forecasted that ..." as claims', () => {
    const claims = claimsOf('Economists forecast that growth would slow. The bank forecasted that rates would rise.');
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Economists', 'growth would slow'],
      ['The bank', 'rates would rise'],
    ]);
  });
});

describe('claims: a number compound ("45-year-old") modifies the speaker', () => {
  it('keeps "A 45-year-old man" and "the 34-year-old mother of three" whole, and a number alone stays out', () => {
    const text =
      'A 45-year-old man told police he was robbed.\n\n' +
      '"It is meant to help," replied the 34-year-old mother of three.\n\n' +
      'The 2,000-member union said the strike would go on.';
    expect(claimsOf(text).map((c) => c.speaker?.name)).toEqual([
      'A 45-year-old man',
      'the 34-year-old mother of three',
      'union',
    ]);
  });
});

describe('claims: unnamed sourcing with a name after "familiar with" or "close to"', () => {
  it('reads the plural sourcing phrase as the subject, not the singular name before the cue', () => {
    for (const text of [
      'People familiar with Ana Ruiz say the ferry fares will rise.',
      'Sources close to Ana Ruiz say the ferry fares will rise.',
    ]) {
      const c = claimWith(claimsOf(text), 'ferry fares');
      expect(c.cue).toBe('say');
      expect(c.speaker?.name).toMatch(/^(People|Sources) .* Ana Ruiz$/);
    }
  });
});

describe('speakers: a clause is no speaker (speakers/null)', () => {
  const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

  it('nulls a speaker phrase with a finite auxiliary inside it', () => {
    expect(speakersOf('Symptoms can include painful, swollen glands, called buboes, as well as fever.')).toEqual([
      null,
    ]);
  });

  it('keeps a restrictive relative clause, auxiliaries and all, inside the subject', () => {
    expect(speakersOf('One of the doctors who had signed the letter said the ferry was late.')).toEqual([
      'One of the doctors',
    ]);
    expect(speakersOf('The man who was arrested said the ferry was late.')).toEqual(['The man']);
    expect(speakersOf('A port security agent who was part of the advance team reported hearing a loud bang.')).toEqual([
      'A port security agent',
    ]);
  });

  it('reads no progressive relative clause as the subject of an adjective ("who is investigating alleged fraud")', () => {
    expect(speakersOf('Ann Lee, the prosecutor who is investigating alleged fraud at the port, resigned.')).toEqual([]);
  });
});

describe('speakers: a trailing outlet credit after a plural possessive', () => {
  it('credits the outlet, not the word after the apostrophe', () => {
    const b = brief({
      text: "No other mayor has closed so many of his predecessors' ferries, The Dover Post reports.",
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Dover Post', "No other mayor has closed so many of his predecessors' ferries"],
    ]);
  });

  it('gives no speaker to a connective adverb ("and thus thought ...")', () => {
    const b = brief({ text: 'The sources were misled and thus thought the ferry was safe.' });
    expect(b.claims.map((c) => c.speaker?.name ?? null)).toEqual([null]);
    expect(b.sources).toEqual([]);
  });
});

describe('quotations: "“...,” the mayor, Ann Lee, said" (a name after the description it names)', () => {
  it('credits the name', () => {
    for (const text of [
      'Ferry fares\n\n“We will not raise fares this year,” the mayor, Ana Ruiz, said.',
      '“We will not raise fares this year,” the company’s chief executive, Ana Ruiz, told reporters on Monday.',
    ])
      expect(brief({ text }).claims.map((c) => [c.speaker?.name, c.kind])).toEqual([['Ana Ruiz', 'direct']]);
  });
});
