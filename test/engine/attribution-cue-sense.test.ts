import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests (issue 16, claims): cue words in a sense that
// reports nobody's words make no claim.

const claimTexts = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'}: ${c.text}`);

describe('cue words that report nobody', () => {
  it('a plural-noun form with its complement ("police reports on the raid") is a noun, not a verb', () => {
    const text =
      'Records released\n\nThe files include all Harbor Police reports on the dock raid and the logs of two patrol boats. ' +
      'Early reports from the coast were confused.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('the verb with a "that" clause after its complement still reports', () => {
    const text = 'Dock raid\n\nThe Harbor Gazette reports on its website that the raid found nothing.';
    expect(claimTexts(text).join('\n')).toContain('the raid found nothing');
  });

  it('a passive subject is what was said, not who said it', () => {
    const text =
      'Fever cases rise\n\nAll the fever cases were reported from one clinic near the river, the Lakeland Health Agency said. ' +
      'The true count is thought to be far higher.';
    const claims = claimTexts(text);
    expect(claims.some((c) => c.startsWith('All the fever cases:') || c.startsWith('The true count:'))).toBe(false);
    expect(claims.join('\n')).toContain('Lakeland Health Agency: All the fever cases were reported');
  });
});

describe('where, not what', () => {
  it('"X reported from PLACE." reports nothing: the place is where the reporter was', () => {
    const text =
      'Storm hits coast\n\nThe storm flattened two piers, the Harbor Gazette said on Monday.\n\n' +
      'Lena Voss reported from Port Elling.';
    expect(claimTexts(text).filter((c) => c.includes('Port Elling'))).toEqual([]);
  });
});

describe('requests', () => {
  it('"asked X for ...", "asked X to ...", "asked that ... be ..." ask for something and claim nothing', () => {
    const text =
      'Mayor seeks aid\n\nMayor Tomas Evrard asked the regional council for another $3 million in flood relief. ' +
      'He also asked residents to stay off the river roads. ' +
      'Evrard asked that the budget hearing be moved to Friday.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('a question still reports what was asked', () => {
    const text = 'Mayor seeks aid\n\nMayor Tomas Evrard asked whether the council had spent last year’s relief money.';
    expect(claimTexts(text).join('\n')).toContain('the council had spent');
  });
});

describe('"from" after "that" is the content', () => {
  it('"said that from May to June ..." keeps its claim', () => {
    const text =
      'Clinic closes\n\nAnna Reyes, a spokeswoman for the clinic, said that from May to June the clinic saw no new patients.';
    expect(claimTexts(text).join('\n')).toContain('the clinic saw no new patients');
  });
});

describe('a base form after a singular noun phrase', () => {
  it('is its noun ("a preliminary report on ...", "the official report failed", "his odd comment about")', () => {
    const text =
      'Inquiry stalls\n\nA preliminary report on the fire released by the county on Friday lists four causes. ' +
      'The official report failed to name the owner. Mayor Ruth Ames made her odd comment about the budget on Monday.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('stays a verb after a plural, a collective or a preposition; an inverted question asks, it reports nobody', () => {
    const text =
      'Water worries\n\nThe women report that the wells are dry. The team think the wells will refill. ' +
      'Did the mayor tell residents that the water was safe? Leaders of the council believe the repairs will take a year.';
    const claims = claimTexts(text).join('\n');
    expect(claims).toContain('the wells are dry');
    expect(claims).toContain('the wells will refill');
    expect(claims).not.toContain('the water was safe');
    expect(claims).toContain('the repairs will take a year');
  });
});

describe('a negated passive', () => {
  it('"was not mentioned" reports no one, like "was mentioned"', () => {
    const text = 'Files\n\nBy the way, the lab report was not mentioned in the final summary.';
    expect(claimTexts(text)).toEqual([]);
  });
});

describe('a channel is not what was said', () => {
  it('"said in a statement Tuesday," at the end of a line makes no claim of the channel', () => {
    const text =
      'Raids\n\nDeputy Director Ana Holt said in a statement Tuesday,\nThe warning put officers at risk.\n\n' +
      'The mayor declined to comment:';
    expect(claimTexts(text).join('\n')).not.toContain('in a statement Tuesday');
  });

  it('a past form between a preposition and its noun modifies the noun: "despite repeated warnings" is no "repeated"', () => {
    const text =
      'Ferry vote\n\nThe vote took place despite repeated warnings from his lawyer that the hearing was pointless. ' +
      'Talks went on amid reported tensions over the route.';
    // The warnings are the lawyer's (cue/nominal-that); nothing is the vote's, or "reported".
    expect(claimTexts(text)).toEqual(['his lawyer: the hearing was pointless']);
    expect(claimTexts('The mayor repeated that the ferry would run.')).toEqual(['The mayor: the ferry would run']);
  });

  it('a right invoked is no claim ("would assert his Fifth Amendment rights"); "asserted that ..." still is', () => {
    expect(
      claimTexts('At the hearing the clerk would assert his Fifth Amendment rights in response to any question.'),
    ).toEqual([]);
    expect(claimTexts('The union asserted that its rights had been ignored.')).toEqual([
      'The union: its rights had been ignored',
    ]);
  });

  it('"compared to" with no object between is passive: no claim; "compared X to Y" still is one', () => {
    expect(claimTexts('Ferry talk compared to a game of chess at the harbour.')).toEqual([]);
    expect(claimTexts('The mayor compared the ferry talks to a game of chess.')).toEqual([
      'The mayor: the ferry talks to a game of chess',
    ]);
  });

  it('a cue word after a possessive determiner is a noun: "in his exclusive report, compared" is one claim, not two', () => {
    expect(
      claimTexts('Carlson, in his exclusive report on the channel on Monday night, compared the emails to a probe.'),
    ).toEqual(['Carlson: the emails to a probe']);
    expect(claimTexts('His aides say it is too early to decide.')).toEqual(['His aides: it is too early to decide']);
  });
});

describe('a death toll, not a claim', () => {
  it('"claimed N lives", "claimed the lives of ..." count the dead and report nobody', () => {
    const text =
      'Floods in the valley\n\nThe floods have claimed 40 lives since March. ' +
      'Last year a landslide claimed the lives of six hikers near Varen. ' +
      'The fever outbreak claimed at least 112 lives, health officials said.';
    const claims = claimTexts(text);
    expect(claims.filter((c) => /lives|hikers/.test(c) && !c.startsWith('health officials'))).toEqual([]);
  });

  it('"claimed" with a clause still reports', () => {
    const text = 'Floods in the valley\n\nThe mayor claimed the floods had cost no lives at all.';
    expect(claimTexts(text).join('\n')).toContain('the floods had cost no lives at all');
  });
});

describe('"call" on the phone', () => {
  it('a call to someone names nothing and reports nobody', () => {
    const text =
      'Council row\n\nMaria Lund called Councillor Ben Okafor three times to arrange a meeting. ' +
      'She later called him by phone from the airport. ' +
      'The treasurer called the auditor again on Monday. ' +
      'Her neighbour called police at midnight. ' +
      'Okafor then called the clerk twice.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('"called X Y" still names: the label is a claim', () => {
    const text =
      'Council row\n\nMaria Lund called the budget a disgrace. Ben Okafor called her a liar. ' +
      'Okafor called Lund reckless on Monday. Okafor called the move unfair.';
    expect(claimTexts(text)).toEqual([
      'Maria Lund: the budget a disgrace',
      'Ben Okafor: her a liar',
      'Ben Okafor: Lund reckless on Monday',
      'Ben Okafor: the move unfair',
    ]);
  });
});

describe('"consider" with a gerund, and a passive with "ever"', () => {
  it('an act weighed ("never considered leaving the city") is no view held', () => {
    const text =
      'Harbor\n\nMayor Lena Ortiz never considered leaving the city. The ferry board is considering selling two boats. ' +
      'Its chair considered briefly resigning over the vote.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('"considers the plan a mistake" and "considered that ..." stay the speaker\'s view', () => {
    const text =
      'Harbor\n\nMayor Lena Ortiz considers the toll a mistake. Ben Okafor considered that the pier was safe.';
    expect(claimTexts(text)).toEqual(['Lena Ortiz: the toll a mistake', 'Ben Okafor: the pier was safe']);
  });

  it('"Nobody was ever admitted without a pass" is a passive, with nobody speaking', () => {
    expect(
      claimTexts('Harbor\n\nNobody was ever admitted without a pass. No pilot was ever told about the leak.'),
    ).toEqual([]);
  });
});

describe('a question put to a speaker is not what they said', () => {
  it('"whether (or not) the mayor thought ..." asks; "Asked whether ..., X said nothing" is no claim', () => {
    const text =
      'Harbor\n\nWhen asked by a reporter whether or not Mayor Lena Ortiz thought the toll was fair, Ben Okafor smiled. ' +
      'Asked whether the mayor believed the pier was safe, Ann Lee said nothing.';
    expect(claimTexts(text)).toEqual([]);
  });

  it('the answer after the question still reports', () => {
    const text =
      'Harbor\n\nWhen asked about the pier, Mark Dyer said it was safe. Asked whether the toll would rise, Ann Lee said the toll would stay at $4.';
    expect(claimTexts(text)).toEqual(['Mark Dyer: it was safe', 'Ann Lee: the toll would stay at $4']);
  });

  it('"didn\'t even think to radio the harbor" is remembering to act, not a belief', () => {
    expect(claimTexts("Harbor\n\nThe pilot didn't even think to radio the harbor. She never thought to ask.")).toEqual(
      [],
    );
  });
});

describe('"said what is ...": the writer\'s account of the words, not the words', () => {
  it("gives no claim, and leaves the verdict the author's", () => {
    const b = brief({ text: 'Harbor\n\nBen Okafor said what is clearly not only rude but utterly false.' });
    expect(b.claims).toEqual([]);
    expect(b.caveats.some((c) => c.voice === 'author' && c.text.includes('utterly false'))).toBe(true);
  });

  it('still reads "said what the pier needs is ..." as a report', () => {
    expect(claimTexts('Harbor\n\nBen Okafor said what the pier needs is a new deck.')).toEqual([
      'Ben Okafor: what the pier needs is a new deck',
    ]);
  });
});

describe('a right that opens a clause, and a content that only says how often', () => {
  it('"claimed his First Amendment right to free speech was being violated" reports; "claimed executive privilege" does not', () => {
    expect(
      claimTexts(
        'Harbor\n\nBen Okafor claimed his First Amendment right to free speech was being violated. Ann Lee claimed executive privilege.',
      ),
    ).toEqual(['Ben Okafor: his First Amendment right to free speech was being violated']);
  });

  it('"These tides repeat every 11 years or so" is no claim', () => {
    expect(claimTexts('Harbor\n\nThese tides repeat every 11 years or so. The storms return each spring.')).toEqual([]);
  });
});

describe('"projecting that" forecasts; a thousands separator ends no content', () => {
  it('reads "Scientists are projecting that ..." and leaves "projected demand" and "the project" alone', () => {
    expect(
      claimTexts(
        'Harbor\n\nScientists are projecting that the pier will sink by 2050. The project said nothing. ' +
          'Ann Lee said trade will reach 547,000 tonnes against projected demand of 578,000 tonnes, a gap of 31,000 tonnes.',
      ),
    ).toEqual([
      'Scientists: the pier will sink by 2050',
      'Ann Lee: trade will reach 547,000 tonnes against projected demand of 578,000 tonnes, a gap of 31,000 tonnes',
    ]);
  });

  it('gives no claim for "what it projected for those in the middle"', () => {
    expect(claimTexts('Harbor\n\nThe toll rose by twice what the board projected for the ferry.')).toEqual([]);
  });
});

describe("a free relative or a pro-form with a manner phrase is the writer's account, not the words", () => {
  it('gives no claim for "said what everyone had been waiting on and said it with passion"', () => {
    expect(
      claimTexts(
        'Harbor\n\nBen Okafor finally said what everyone had been waiting on and said it with passion. Many of us believe the pier is failing.',
      ),
    ).toEqual([]);
  });

  it('keeps a label ("what he called a brazen breach") and a question ("what kind of pilot ...") as reports', () => {
    expect(
      claimTexts(
        'Harbor\n\nMayor Ann Lee condemned what she called a “brazen breach” of the rules. Ben Okafor questioned what kind of pilot gets up at 3 a.m. to sail.',
      ),
    ).toEqual([
      'Ann Lee: what she called a “brazen breach” of the rules',
      'Ann Lee: a “brazen breach” of the rules',
      'Ben Okafor: what kind of pilot gets up at 3 a.m. to sail',
    ]);
  });
});

describe('a cue inside a free relative: "what the mayor said" is its object (cue/free-relative-object)', () => {
  it('takes nothing after the cue as what was said', () => {
    expect(claimTexts('Harbor\n\nWhat the harbor master said worried the crews.')).toEqual([]);
    expect(
      claimTexts('Harbor\n\nAnyone reading what Ben Okafor has been promising knows the pier will not open.'),
    ).toEqual([]);
  });

  it('keeps the reports a free relative can hold: an embedded subject gap, a label, a judgement, a colon', () => {
    expect(claimTexts('Harbor\n\nThe crews struck over what Ann Lee said was a breach of contract.')).toEqual([
      'Ann Lee: was a breach of contract',
    ]);
    expect(claimTexts('Harbor\n\nThe crews struck over what Ann Lee called a “breach of contract.”')).toHaveLength(1);
    expect(claimTexts('Harbor\n\nThat is what the crews claimed about the pier: that it was unsafe.')).toHaveLength(1);
    expect(claimTexts('Harbor\n\nNobody knows what Ann Lee says her plan would do.').join()).toContain(
      'her plan would do',
    );
  });
});

describe('the question put to a speaker is not a report (cue/question-put)', () => {
  it('gives the quotation after "Asked if ... informed him ..., Lee said," to Lee, and the question nobody', () => {
    const b = brief({
      text: 'Harbor\n\nAsked if the harbor master had informed him whether the pier was safe, Ben Okafor said, “I will not discuss it.”',
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([['Ben Okafor', '“I will not discuss it.”']]);
  });

  it('still reads a report after a question with no clause of its own, comma or none', () => {
    expect(
      claimTexts('Harbor\n\nWhen asked for proof of his claim Ben Okafor says that the survey is on file.'),
    ).toEqual(['Ben Okafor: the survey is on file']);
  });
});
