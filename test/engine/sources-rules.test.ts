import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const sourcesOf = (text: string) => brief({ text }).sources;
const names = (text: string) => sourcesOf(text).map((s) => s.name);
const source = (text: string, name: string) => sourcesOf(text).find((s) => s.name === name);

describe('credit frames: outlets, agencies and platforms in wire positions', () => {
  it('credits a trailing outlet (", the Denver Post reported.") and links it to the claim', () => {
    const text =
      'Harbor Town will close its ferry pier next month for repairs that could take a year, the Denver Post reported.\n\nThe mayor, Lena Ostrow, said the town would run buses instead.';
    const b = brief({ text });
    const post = b.sources.find((s) => /Denver Post/.test(s.name));
    expect(post?.type).toBe('outlet');
    const claim = b.claims.find((c) => c.start < text.indexOf('the Denver Post'));
    if (claim) expect(claim.sourceIds).toContain(post!.id);
  });

  it('credits every outlet of a coordination ("CBS and NPR both reported that")', () => {
    const text =
      'The Harbor Town council met in secret on Friday.\n\nCBS and NPR both reported that the council voted to sell the pier to a developer, Markel Holdings.';
    expect(names(text)).toEqual(expect.arrayContaining(['CBS', 'NPR']));
  });

  it('credits an outlet before a colon and the block quotation after it', () => {
    const text =
      'The pier sale drew fresh criticism this week.\n\nAccording to The Washington Post:\n\n"The council never published the offer, and two members said they had not seen it," Ostrow said.';
    const b = brief({ text });
    const post = b.sources.find((s) => s.name === 'The Washington Post');
    expect(post?.type).toBe('outlet');
    const quote = b.claims.find((c) => c.text.includes('never published'));
    expect(quote?.sourceIds).toContain(post!.id);
  });

  it('credits the outlet a speaker told something to, and the outlet heard by anonymous officials', () => {
    const text =
      'Tomas Reyl told the BBC on Monday that the port would reopen.\n\nTwo officials who spoke anonymously with the New York Times said the talks had failed.\n\nIn an interview with Reuters, Reyl said he expected an agreement by March.';
    expect(names(text)).toEqual(expect.arrayContaining(['BBC', 'New York Times', 'Reuters']));
    expect(source(text, 'Reuters')?.type).toBe('news-agency');
  });

  it('credits platforms used as channels ("posted to Twitter", "in a tweet"), not platforms named for other reasons', () => {
    const posted =
      'Mayor Lena Ostrow posted to Twitter a long defence of the pier sale, saying the town needed the money.';
    expect(source(posted, 'Twitter')?.type).toBe('platform');
    const tweet = 'In a tweet, the Harbor Town council said the vote was legal.';
    expect(names(tweet)).toContain('Twitter');
    const followers = 'Ostrow, who has many followers on Twitter, owns a bakery near the pier.';
    expect(names(followers)).not.toContain('Twitter');
  });

  it('credits an agency dateline and an outlet a quote was taken from', () => {
    const text =
      'LISBON (AFP) - Dock workers walked out on Tuesday over pay, union leader Rui Barca said.\n\nA quote from CNN showed the minister had promised a deal.';
    expect(source(text, 'AFP')?.type).toBe('news-agency');
    expect(names(text)).toContain('CNN');
  });

  it('credits the client of a poll ("a poll by ... for The Times") and an outlet-shaped name after "told"', () => {
    const text =
      'Support for the pier sale fell to 31 percent in a poll for The Times published on Sunday.\n\nOstrow told Harbor Valley News on Friday that the vote would stand.';
    expect(names(text)).toEqual(expect.arrayContaining(['The Times', 'Harbor Valley News']));
  });

  it('does not make an outlet a source when it is only mentioned', () => {
    const text = 'Mara Lind, who once worked at CNN, now runs a bakery in Harbor Town, where she was born.';
    expect(names(text)).not.toContain('CNN');
  });
});

describe('false sources: sourcing nouns that name no source', () => {
  it('is no source when "source" means an origin ("a common source of infection")', () => {
    const text =
      'Cases of river fever rose in Valdora this month.\n\nDrinking untreated water is a common source of infection, health workers said.';
    expect(
      sourcesOf(text)
        .filter((s) => s.anonymous)
        .map((s) => s.name),
    ).not.toContain('a common source');
  });

  it('is no source when "official" is an adjective ("an official statement")', () => {
    const text = 'The budget was approved, an official statement released after the cabinet meeting said.';
    expect(names(text)).not.toContain('an official');
  });

  it('is no source when the official is acted on, but is when an official told it', () => {
    const victim = 'Minister Ada Korr said a hearing loss suffered by an American official in Valdora was serious.';
    expect(names(victim)).not.toContain('an American official');
    const told = 'The plant will close, Korr was told by a senior official, who asked not to be named.';
    expect(names(told).some((n) => n.includes('senior official'))).toBe(true);
  });
});

describe('credit frames: precision', () => {
  it('keeps vague reports a source wherever they stand ("amid widespread reports")', () => {
    const text = 'The ministry in Valdora is fuming at widespread reports that the dam will be sold.';
    expect(names(text)).toContain('widespread reports');
  });

  it('does not read page chrome or counts as platform credits', () => {
    const text =
      'Kira Moss runs a bakery in Harbor Town.\n\nThe Moss sisters have 2 million followers on Twitter and 3 million on Facebook.\n\nCampaigns spent $5,000 on Facebook ads.\n\nSUBSCRIBE on YouTube:';
    expect(names(text)).not.toEqual(expect.arrayContaining(['Facebook']));
    expect(names(text)).not.toContain('YouTube');
  });

  it('names an outlet once, not a sentence word before it or its short form', () => {
    const text =
      'As The New York Times reported, the pier deal fell through.\n\nMayor Lena Ostrow told Fox News that she was disappointed, and later said on Fox that the town would appeal.';
    const ns = names(text);
    expect(ns.some((n) => n.endsWith('New York Times'))).toBe(true);
    expect(ns.some((n) => n.startsWith('As '))).toBe(false);
    expect(ns).toContain('Fox News');
    expect(ns).not.toContain('Fox');
  });
});

describe('credit frames: programmes', () => {
  it('credits a quoted programme title that opens with its network ("CBS This Morning")', () => {
    const text =
      'Gun seller Rob Tallis also told "CBS Evening Report" on Wednesday that he sold ammunition to the suspect.';
    expect(names(text)).toContain('CBS Evening Report');
  });
});

describe('the type of a source named by a common noun', () => {
  it('types a body ("the embassy", "the group", "the ministry") as an organization, a person as a person', () => {
    const text =
      'Dunmore closed its port on Tuesday.\n\nThe embassy said its staff were safe.\n\nThe group said in a statement that it would appeal.\n\nThe fisherman said the harbour had been quiet for days.';
    expect(source(text, 'The embassy')?.type).toBe('organization');
    expect(source(text, 'The group')?.type).toBe('organization');
    expect(source(text, 'The fisherman')?.type).toBe('person');
  });

  it('types an alert or an advisory that speaks as a document', () => {
    const text =
      'Flooding closed the coast road near Kessock on Sunday.\n\nA travel advisory said the road would stay closed until Friday.';
    expect(source(text, 'A travel advisory')?.type).toBe('document');
  });

  it('types a message, a memorandum or a document that speaks as a document, not a person', () => {
    const text =
      'The ferry company wrote to its crews on Monday.\n\n"Sailings will resume on Friday," the message says.\n\n' +
      'The new document said the company had known of the fault since May.\n\nA memorandum said repairs would cost more than planned.';
    expect(source(text, 'the message')?.type).toBe('document');
    expect(source(text, 'The new document')?.type).toBe('document');
    expect(source(text, 'A memorandum')?.type).toBe('document');
  });

  it('takes "the network" after "the state-run network" as one source', () => {
    const text =
      'Kessock Radio lost its licence on Monday.\n\nThe state-run network said the ruling was unfair.\n\nThe network said it would appeal.';
    const b = brief({ text });
    const network = b.sources.filter((s) => /network/i.test(s.name));
    expect(network).toHaveLength(1);
    expect(network[0].mentions).toHaveLength(2);
  });

  it('types a newspaper the outlet list does not know by its masthead, and its short form as the same outlet', () => {
    const text =
      'Flooding closed the coast road near Kessock on Sunday, the Dunmore Enquirer reported.\n\nThe road would stay shut until Friday, according to the Enquirer.';
    const b = brief({ text });
    const enquirer = b.sources.filter((s) => /Enquirer/.test(s.name));
    expect(enquirer).toHaveLength(1);
    expect(enquirer[0].type).toBe('outlet');
  });

  it('keeps the body as the source of an "it said" that continues its words', () => {
    const text =
      'Storms hit Dunmore again on Monday.\n\nThe ministry said 40 homes had been flooded. It said the army would help clear the roads.';
    const b = brief({ text });
    const ministry = b.sources.find((s) => s.name === 'The ministry');
    expect(ministry?.type).toBe('organization');
    const second = b.claims.find((c) => c.text.includes('army'));
    expect(second?.speaker?.name).toBe('The ministry');
    expect(second?.sourceIds).toContain(ministry!.id);
  });
});
