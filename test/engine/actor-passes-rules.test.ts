import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import type { Actor } from '../../src/schema/brief';

// Short made-up articles, one per class of actor error (issue 16, "Actors").
const actorsOf = (text: string) => brief({ text }).actors;
const named = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const anyNamed = (actors: Actor[], name: string) =>
  actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));

describe('actor passes', () => {
  it('reads "Chapter 8" and "Article 19" as passages, and a label before a colon as furniture', () => {
    const text =
      "Editor's Note: Paragraph breaks were added for readability.\n" +
      'The Latest: Council votes to close the bridge\n' +
      'The council cited Chapter 8 of the harbour code and Article 19 of the charter. ' +
      'Mayor Ines Varga said the vote was final.\n';
    const b = brief({ text });
    for (const word of ['Note', 'Latest', 'Chapter', 'Article']) expect(anyNamed(b.actors, word), word).toBeUndefined();
    expect(b.claims.map((c) => c.speaker?.name)).not.toContain('Note');
    expect(b.claims.map((c) => c.speaker?.name)).toContain('Ines Varga');
  });

  // Rule actor-passes/document-part-cited: "Romans Chapter 13" was a person, and a pronoun went to it.
  it('reads a book and its part cited by number ("Hosea Chapter 4") as a passage, no one', () => {
    const text =
      'Pastor Ada Quill read Hosea Chapter 4 aloud. The elders cited Hosea Chapter 4 again. ' +
      'Ina Bell of the Orchard Chapter said the hall was full.\n';
    const b = brief({ text }, { trace: true });
    expect(anyNamed(b.actors, 'Hosea Chapter')).toBeUndefined();
    expect(b.trace?.some((e) => e.rules.includes('actor-passes/document-part-cited'))).toBe(true);
    expect(named(b.actors, 'Ada Quill')?.type).toBe('person');
  });

  it('drops a Roman numeral cut from its name', () => {
    const text =
      'The post-Vatican II reforms divided the parish. Father Ambrose Kell said the old rite would return.\n';
    const actors = actorsOf(text);
    expect(anyNamed(actors, 'II')).toBeUndefined();
    expect(anyNamed(actors, 'Ambrose Kell')).toBeDefined();
  });

  it('keeps a transcript turn whose label ends in Q or A', () => {
    const text =
      'The committee released the transcript on Tuesday.\n' +
      'HALLORAN Q: Is this your signature on the contract?\n' +
      'BRISCO A: Yes, I signed it in March.\n';
    const speakers = brief({ text }).claims.map((c) => c.speaker?.name ?? '');
    expect(speakers.some((s) => /HALLORAN/i.test(s))).toBe(true);
  });

  it('reads a lone capitalised abstract noun as a concept, and a lone body of people as an actor', () => {
    const text =
      'The bishops defended the Autonomy of the old monasteries and the Tradition they keep. ' +
      'Critics said the Constitution of the order gives the Government no say. ' +
      'The Congregation replied on Friday that the Participation of lay members would grow.\n';
    const actors = actorsOf(text);
    for (const concept of ['Autonomy', 'Tradition', 'Participation', 'Constitution'])
      expect(anyNamed(actors, concept), concept).toBeUndefined();
    expect(anyNamed(actors, 'Government')).toBeDefined();
    expect(anyNamed(actors, 'Congregation')).toBeDefined();
  });

  it('joins a name split by a hard line wrap', () => {
    const text =
      'Farmers who live in the north of South\nDakota are angry about the new tariffs, said Rosa\nMae Quill on Monday at the county fair.\n';
    const actors = actorsOf(text);
    expect(named(actors, 'South Dakota')?.type).toBe('place');
    expect(named(actors, 'Rosa Mae Quill')?.type).toBe('person');
    expect(named(actors, 'Dakota')).toBeUndefined();
  });

  it('keeps a one-letter first word and an inner "without" in an organisation name', () => {
    const text = 'Kettle Street backed the plan. Nurses without Frontiers sent a team. Q Street endorsed the mayor.\n';
    const actors = actorsOf(text);
    expect(named(actors, 'Nurses without Frontiers')?.type).toBe('organization');
    expect(named(actors, 'Q Street')).toBeDefined();
    expect(named(actors, 'Frontiers')).toBeUndefined();
  });

  it('tells "Jr." from the father', () => {
    const text = 'Harold Pemberton Jr. said he would run. His father, Harold Pemberton, said nothing.\n';
    const actors = actorsOf(text);
    expect(named(actors, 'Harold Pemberton Jr.')?.type).toBe('person');
    expect(named(actors, 'Harold Pemberton')).toBeDefined();
  });

  it('names the person swallowed into a longer name', () => {
    const text =
      'Critics said the Robert Brennick administration had failed the valley. Officials from the agency met.\n';
    const actors = actorsOf(text);
    expect(named(actors, 'Robert Brennick')?.type).toBe('person');
    const t2 =
      'The memo came from disgraced Agency Agent Laura Finchley, officials said. Laura Finchley declined to comment.\n';
    const a2 = actorsOf(t2);
    expect(named(a2, 'Laura Finchley')?.type).toBe('person');
    expect(a2.some((a) => a.name.includes('Agent'))).toBe(false);
  });

  it('drops a company suffix alone', () => {
    const text = 'Greywater Holdings LLC donated to the campaign, LLC filings show.\n';
    const actors = actorsOf(text);
    expect(named(actors, 'LLC')).toBeUndefined();
    expect(named(actors, 'Greywater Holdings LLC')).toBeDefined();
  });

  it('merges a repeated credit name, an all-caps form, a middle initial and a lost apostrophe', () => {
    const text =
      'MARTHA QUILLON SPEAKS\n\nMartha Quillon said the vote was rigged. Martha J. Quillon has said so before. The board failed Quillons on Friday, Corvex Corvex reported.\n';
    const actors = actorsOf(text);
    const people = actors.filter((a) => /quillon/i.test([a.name, ...a.aliases].join(' ')));
    expect(people).toHaveLength(1);
    expect(anyNamed(actors, 'Corvex Corvex')).toBeUndefined();
    expect(anyNamed(actors, 'Quillons')).toBeUndefined();
  });

  it('types a publication by the noun after it', () => {
    const text =
      'The Liberty Lantern newsletter said the mayor was ahead. The Liberty Lantern has backed him before.\n';
    expect(named(actorsOf(text), 'Liberty Lantern')?.type).toBe('organization');
  });

  it('keeps no role read across a sentence end', () => {
    const text =
      "Dana Whitlock took a dig at the city staff. Whitlock's campaign manager Peter Oakes said the mayor was wrong.\n";
    const whitlock = named(actorsOf(text), 'Dana Whitlock');
    expect(whitlock).toBeDefined();
    expect(whitlock?.roles.some((r) => r.includes('staff'))).toBe(false);
  });

  it('makes no actor of a demonym, a talked-about term, a shouted word or a sentence-opening common word', () => {
    const text =
      'Ostrian forces crossed the border on Monday, officials said. Ostrian troops fired.\n\nThe phrase "Golden Harvest" is used by the rebels. He will send a new flag… AUTOGRAPHED by the general.\n\nDiplomacy failed again. Many say diplomacy is dead. Voters hate this Crooked Tax Scheme.\n';
    const actors = actorsOf(text);
    for (const name of ['Ostrian', 'Golden Harvest', 'AUTOGRAPHED', 'Diplomacy', 'Crooked Tax Scheme'])
      expect(anyNamed(actors, name), name).toBeUndefined();
  });

  it("drops an acronym the article defines for a phrase in lower case, and keeps a named body's", () => {
    const text =
      'A clerk at the consulate was found to have a mild traumatic brain injury (MTBI), officials said. ' +
      'The Harbour Relief Fund (HRF) paid for the care of the clerk, and a non-governmental organisation (NGO) in the port helped. ' +
      'Doctors later said MTBI can follow a blast. HRF spokesman Ilan Pereira said the fund would pay.\n';
    const actors = actorsOf(text);
    expect(anyNamed(actors, 'MTBI')).toBeUndefined();
    expect(anyNamed(actors, 'NGO')).toBeUndefined();
    expect(anyNamed(actors, 'HRF')).toBeDefined();
  });

  it('names an actor first met in a shouted headline by the mixed-case form the article also writes', () => {
    const text =
      "THE RISKS OF VELDORA'S NEW PORT DEAL\n\n" +
      'Veldora signed the port deal on Friday. Critics said Veldora had given away too much. NATO said it was watching.\n';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).toContain('Veldora');
    expect(actors.map((a) => a.name)).not.toContain('VELDORA');
    expect(actors.map((a) => a.name)).toContain('NATO');
  });
});

// THING_HEADS: a resort, a casino or a motel is a venue, as a hotel is: "Mandalay Bay Resort" was a
// person "Bay Resort" (a first name inside) or a body.
describe('actors: a venue named by its head word', () => {
  it('is no actor, as a hotel is not', () => {
    const text = 'Ines Varga works at Corla Bay Resort. Her brother ran the Dunmore Rose Motel. Ines Varga said so.';
    const names = brief({ text }).actors.map((a) => a.name);
    expect(names).toEqual(['Ines Varga']);
  });
});
