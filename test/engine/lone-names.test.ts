import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles: one-word names the classifier can only guess at, settled by what stands around them.

const actors = (text: string) => brief({ text }).actors;
const typeOf = (text: string, name: string) => actors(text).find((a) => a.name === name)?.type;

describe('unknown one-word towns shown to be places', () => {
  it('types a town with a known state in apposition after it as a place', () => {
    const text =
      'Marlow Tanning opened its new Dunvegan plant last year, the company said.\n' +
      'The plant outside Dunvegan, Ohio, employs 300 people, Marlow Tanning said on Monday.';
    expect(typeOf(text, 'Dunvegan')).toBe('place');
  });

  it('types a town before a place noun as a place', () => {
    const text = 'Health officials said on Friday that two people had died in the Kessock province this week.';
    expect(typeOf(text, 'Kessock')).toBe('place');
  });

  it('types the see of a bishop as a place', () => {
    const text = 'Bishop Aldo Renn, the bishop emeritus of Varlingen, signed the letter on Sunday, his office said.';
    expect(typeOf(text, 'Varlingen')).toBe('place');
  });

  it('leaves a company followed by a list of companies a body', () => {
    const text = 'Marlow Tanning, Siemens and Bosch said on Monday they would build the plant together.';
    expect(typeOf(text, 'Siemens')).toBe('organization');
  });

  it('does not read an adjective in a list as a country in apposition', () => {
    const text = 'Every order, whether Tellarine, Dominican or Franciscan, must report, the Vatican said.';
    expect(typeOf(text, 'Tellarine')).not.toBe('place');
  });
});

describe('name parts of a person named in full', () => {
  it('makes a surname guessed to be a body the person it belongs to', () => {
    const text =
      'Donors gave millions to the Margaret Quillfeather campaign, records show.\n' +
      'Unfortunately for Quillfeather and the party, the vote was lost, aides said.';
    const a = actors(text);
    expect(a.find((x) => x.name === 'Quillfeather')).toBeUndefined();
    expect(a.find((x) => x.name === 'Margaret Quillfeather')?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('makes a known forename after "in" the person, not a place', () => {
    const text =
      'Julian Quillfeather was released on Monday, his lawyers said.\n' +
      'The court erred in Julian’s case, they said in a statement.';
    expect(actors(text).find((x) => x.name === 'Julian')).toBeUndefined();
  });

  it('leaves a surname two people share alone', () => {
    const text =
      'Peter Dunmore and Sarah Dunmore said on Monday they would sue.\n' +
      'The case against Dunmore and the council opens next week, lawyers said.';
    expect(actors(text).filter((x) => x.name.endsWith('Dunmore')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('capitalised idea nouns', () => {
  it('keeps a doctrine or process noun out of the actors', () => {
    const text =
      'The Quillfeatherism of the Schools\n\n' +
      'Parents said on Monday that Quillfeatherism and the Vorlanization of the curriculum worried them.';
    const names = actors(text).map((a) => a.name);
    expect(names).not.toContain('Quillfeatherism');
    expect(names).not.toContain('Vorlanization');
  });
});

describe('named events', () => {
  it('keeps an event named after a place or person out of the actors', () => {
    const text =
      'Survivors of the Dunmore Massacre met on Monday, a year after the Kessock Shooting.\n' +
      'Marla Quinn, who lost a son, said the Quillfeather Hoax had hurt the families.';
    const names = actors(text).map((a) => a.name);
    expect(names).not.toContain('Dunmore Massacre');
    expect(names).not.toContain('Kessock Shooting');
    expect(names).not.toContain('Quillfeather Hoax');
    expect(names).toContain('Marla Quinn');
  });
});

describe('a titled surname first met as a modifier', () => {
  it('makes a surname first guessed a body ("the X assassination") the person a title names', () => {
    const text =
      'Files on the Quillfeather assassination were released on Monday.\n' +
      'President Quillfeather was shot in 1963, the archive says, and Quillfeather died that day.';
    expect(typeOf(text, 'Quillfeather')).toBe('person');
  });
});

describe('a title before "of" and a place', () => {
  it('leaves a place the office of a title is held in a place', () => {
    const text = 'I was in Varlingen twice.\nI read the speech of the President of Varlingen on Monday.';
    expect(typeOf(text, 'Varlingen')).toBe('place');
  });
});

describe('clerical titles', () => {
  it('makes a one-word name after a clerical title a person', () => {
    const text =
      'The letter was signed by Cardinal Vorlandi and Archbishop Quillfeather on Monday.\n' +
      'Vorlandi said the council had erred.';
    expect(typeOf(text, 'Vorlandi')).toBe('person');
    expect(typeOf(text, 'Quillfeather')).toBe('person');
  });
});

describe('several-word names after an article', () => {
  it('keeps a product after "a" out of the actors and makes a name after "the" a body', () => {
    const text =
      'The victim was loaded into a Varlo Raptor pickup truck, police said.\n' +
      'Members of the Tessarine Brotherhood were arrested, and the Tessarine Brotherhood denied it.';
    const a = actors(text);
    expect(a.map((x) => x.name)).not.toContain('Varlo Raptor');
    expect(a.find((x) => x.name === 'Tessarine Brotherhood')?.type).toBe('organization');
  });

  it('leaves a person with a first name after "the" a person', () => {
    const text = 'It was the Margaret Quillfeather the town remembered, her sister said.';
    expect(typeOf(text, 'Margaret Quillfeather')).toBe('person');
  });
});

describe('a title before "of"', () => {
  it('reads "the Archbishop of X" as the see of a place, not a person called X', () => {
    const text = 'The letter was welcomed by the Archbishop of Varlingen on Monday, his office said.';
    expect(typeOf(text, 'Varlingen')).toBe('place');
  });
});

describe('one-word names guessed a place and later heard speaking', () => {
  it('types a name met "at" and later speaking as an organisation, as its source already is', () => {
    const text =
      'Two diners were eating at Burgerville when the fight began.\n' +
      'Burgerville told reporters it was cooperating with the police.';
    expect(typeOf(text, 'Burgerville')).toBe('organization');
    expect(brief({ text }).sources.find((s) => s.name === 'Burgerville')?.type).toBe('organization');
  });

  it('keeps a town met "in" a place when it never speaks', () => {
    const text = 'The fight broke out in Dunmarrow on Tuesday.\nDunmarrow has about 4,000 residents.';
    expect(typeOf(text, 'Dunmarrow')).toBe('place');
  });

  it('types a name ending in "PD" (a police department) as an organisation, not the town it opens with', () => {
    const text = 'Officers from the San Marcos PD arrived later. The San Marcos PD said no arrests were made.';
    expect(typeOf(text, 'San Marcos PD')).toBe('organization');
  });
});

describe('a guessed place inside a longer phrase that speaks', () => {
  it('keeps a town a place when the body in it speaks ("The consulate in X says")', () => {
    const text =
      'An aide assigned to the consulate in Dunmarrow fell ill.\nThe U.S. Consulate in Dunmarrow says it has had no other cases.';
    expect(typeOf(text, 'Dunmarrow')).toBe('place');
  });
});
