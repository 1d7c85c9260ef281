import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, actors): classes of wrong actors a reader of unseen articles saw at
// once, each with a case that must keep working beside it.

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type]);

describe('a military base or a prison is a place where things happen, not an actor', () => {
  it('"Travers Air Force Base" and "Travers AFB" are no person', () => {
    const actors = actorsOf(
      'A van drove into Travers Air Force Base on Monday. Guards at Travers AFB closed the gate, Lena Ostrow said.',
    );
    expect(actors.map((a) => a[0])).not.toContain('Travers Air Force Base');
    expect(actors.map((a) => a[0])).not.toContain('Travers AFB');
    expect(actors).toContainEqual(['Lena Ostrow', 'person']);
  });

  it('"Kessock Prison" is no organisation, its warden still a person', () => {
    const actors = actorsOf('Warden Ilse Marrow said Kessock Prison would reopen in May.');
    expect(actors.map((a) => a[0])).not.toContain('Kessock Prison');
    expect(actors).toContainEqual(['Ilse Marrow', 'person']);
  });
});

describe('a name the article repeats is one actor, whatever one mention guessed', () => {
  it('"Reclaim KSU" typed a body twice and a person once (it spoke) is one organisation', () => {
    const actors = actorsOf(
      'Reclaim KSU was formed in May. Reclaim KSU won the vote. The ban, which Reclaim KSU claimed was unfair, stays.',
    );
    expect(actors.filter((a) => a[0] === 'Reclaim KSU')).toEqual([['Reclaim KSU', 'organization']]);
  });

  it('a first name still makes a person of the mention that has one', () => {
    const actors = actorsOf('Lena Ostrow spoke first. Lena Ostrow said the ban was unfair.');
    expect(actors.filter((a) => a[0] === 'Lena Ostrow')).toEqual([['Lena Ostrow', 'person']]);
  });
});

describe('an acronym with and without its periods is one actor', () => {
  it('"UN" and "U.N.", "F.B.I." and "FBI" are two actors, not four', () => {
    const actors = actorsOf(
      'The UN said the talks would resume, and the U.N. later confirmed it. The F.B.I. opened a case; the FBI declined to comment.',
    );
    expect(actors.filter((a) => a[1] === 'organization')).toHaveLength(2);
  });

  it('"U.S." and "US" stay one country', () => {
    const actors = actorsOf('The U.S. said the talks would resume, and the US later confirmed it.');
    expect(actors.filter((a) => a[1] === 'country')).toHaveLength(1);
  });
});

describe('a common word capitalised for emphasis is no organisation', () => {
  it('"the Truth", "denied Communion" name no actor when the article also writes the word in lower case', () => {
    const names = actorsOf(
      'Bishop Anselm Varga said the faithful must seek the Truth. Critics said he denied Communion to a mayor. ' +
        'The truth, he said, was simple; communion is a gift.',
    ).map((a) => a[0]);
    expect(names).not.toContain('Truth');
    expect(names).not.toContain('Communion');
    expect(names).toContain('Anselm Varga');
  });

  it('a body named by its head word stays ("the Commission ... a commission")', () => {
    const names = actorsOf('The Commission voted on Monday. A commission like it has met before.').map((a) => a[0]);
    expect(names).toContain('Commission');
  });
});

describe('an office of a place of several words names no person', () => {
  it('"when he was Archbishop of Buenos Aires" gives no person "Aires"', () => {
    const names = actorsOf('The habit began when he was Archbishop of Buenos Aires, a friend said.').map((a) => a[0]);
    expect(names).not.toContain('Aires');
  });

  it('the person after the office still has it as a role ("Mayor of New York Ada Brill")', () => {
    expect(brief({ text: 'Mayor of New York Ada Brill said the budget would pass.' }).actors).toContainEqual(
      expect.objectContaining({ name: 'Ada Brill', type: 'person' }),
    );
  });

  it('"Monsignor" is a title, not part of the name', () => {
    expect(actorsOf('Monsignor Ivo Brenner said the parish would close.')).toContainEqual(['Ivo Brenner', 'person']);
  });
});

describe('a regnal number after a name makes a person', () => {
  it('"Pius IX" and "Henry VIII" are people', () => {
    const actors = actorsOf('Pius IX ruled for decades. Henry VIII broke with Rome.');
    expect(actors).toContainEqual(['Pius IX', 'person']);
    expect(actors).toContainEqual(['Henry VIII', 'person']);
  });

  it('"World War II", "Vatican II", "Book II" and "Phase II" are no one', () => {
    const names = actorsOf(
      'After World War II the city grew. Vatican II changed the liturgy. Book II is shorter. Phase II starts in May.',
    ).map((a) => a[0]);
    for (const thing of ['World War II', 'Vatican II', 'Book II', 'Phase II']) expect(names).not.toContain(thing);
  });
});

describe('a name with and without its accents is one actor', () => {
  it('"Viganò" and "Vigano", "José Pérez" and "Jose Perez"', () => {
    const actors = actorsOf(
      'Archbishop Viganò wrote the letter. Later Vigano said he stood by it. José Pérez agreed, and Jose Perez signed.',
    );
    expect(actors).toEqual([
      ['Viganò', 'person'],
      ['José Pérez', 'person'],
    ]);
  });

  it('a surname without its accent is the person named in full with it ("Errazuriz")', () => {
    const actors = actorsOf('Cardinal Francisco Javier Errázuriz met the pope. Later Errazuriz said he regretted it.');
    expect(actors).toEqual([['Francisco Javier Errázuriz', 'person']]);
  });
});

describe("a newspaper's last word alone is that newspaper", () => {
  it('"the Enquirer" after "the Cincinnati Enquirer" is one actor', () => {
    const actors = actorsOf(
      'The Cincinnati Enquirer reported the arrest. The Enquirer said police found the car. The Columbus Dispatch agreed, and the Dispatch later added more.',
    );
    expect(actors.map((a) => a[0])).toEqual(['Cincinnati Enquirer', 'Columbus Dispatch']);
  });

  it('two papers ending in the same word leave the word alone', () => {
    const names = actorsOf('The Kessock Post and the Dunmore Post both ran it. The Post said more.').map((a) => a[0]);
    expect(names).toContain('Kessock Post');
    expect(names).toContain('Dunmore Post');
  });
});

describe('Washington, D.C. is a place', () => {
  it('"Washington D.C." is no person and "D.C." no organisation', () => {
    const actors = actorsOf('He flew to Washington D.C. on Monday. Officials in Washington, D.C. said more.');
    expect(actors.filter((a) => a[1] !== 'place')).toEqual([]);
  });
});

describe("a surname with an apostrophe is a name word (O'Neill, D'Souza)", () => {
  it('"Ravi D\'Souza" with a first name no list knows is a person, and so are his short forms', () => {
    const actors = actorsOf(
      "Commentator Ravi D'Souza was pardoned last week. D'Souza had pleaded guilty. Ravi thanked his lawyers.",
    );
    expect(actors).toContainEqual(["Ravi D'Souza", 'person']);
    expect(actors.filter((a) => a[1] === 'organization')).toEqual([]);
  });
});

describe('a body named with "and" that its acronym spells is one name', () => {
  it('"U.S. Immigration and Customs Enforcement (ICE)" is one organisation, no person "Customs Enforcement"', () => {
    const actors = actorsOf('The raid was led by U.S. Immigration and Customs Enforcement (ICE), a spokesman said.');
    expect(actors).toContainEqual(['Immigration and Customs Enforcement', 'organization']);
    expect(actors.map((a) => a[0])).not.toContain('Customs Enforcement');
  });

  it('a possessive may stand between the name and its acronym ("Customs Enforcement’s (ICE) office")', () => {
    expect(actorsOf('Officers of U.S. Immigration and Customs Enforcement’s (ICE) office said more.')).toContainEqual([
      'Immigration and Customs Enforcement',
      'organization',
    ]);
  });

  it('"Trump and Clinton met" stays two people', () => {
    const names = actorsOf('Donald Trump and Hillary Clinton met in Ohio.').map((a) => a[0]);
    expect(names).toContain('Donald Trump');
    expect(names).toContain('Hillary Clinton');
  });
});

describe('"Democrat" is a party label, like "Republican", not an organisation', () => {
  it('"a corrupt Democrat politician", "She is a Democrat" name no actor "Democrat"', () => {
    const names = actorsOf(
      'The corrupt Democrat politician lost. She is a Democrat, and the Democrat leadership agreed.',
    ).map((a) => a[0]);
    expect(names).not.toContain('Democrat');
  });
});

describe('plural names of movements are groups, and "Jew" a member noun', () => {
  it('"the Nazis", "radical Islamists" are groups a "they" can stand for', () => {
    const b = brief({
      text: 'In 1993, radical Islamists bombed the tower. In 2000, they attacked the ship, officials said.',
    });
    const islamists = b.actors.find((a) => a.name === 'Islamists');
    expect(islamists?.type).toBe('group');
    expect(islamists?.mentions).toHaveLength(2); // "they" is theirs
    expect(actorsOf('The Nazis took the town. A Jew who lived there fled.')).toEqual([['Nazis', 'group']]);
  });
});

describe('a country is never the acronym of a body named after it', () => {
  it('"the US Senate" does not make "US" and "the United States" an organisation', () => {
    const actors = actorsOf(
      'The person was sent to the United States in May. A physician told the US Senate in January. The US disclosed the case.',
    );
    expect(actors).toContainEqual(['United States', 'country']);
    expect(actors).toContainEqual(['US Senate', 'organization']);
  });
});

describe('a member described by party ("an Illinois Democrat") names no actor', () => {
  it('"an Illinois Democrat", "a House Republican" are no actors; "House Democrats" still a group', () => {
    const actors = actorsOf(
      'Sen. Ada Brill, an Illinois Democrat, said the bill would pass. A House Republican disagreed. House Democrats cheered.',
    );
    expect(actors.map((a) => a[0])).not.toContain('Illinois Democrat');
    expect(actors.map((a) => a[0])).not.toContain('House Republican');
    expect(actors).toContainEqual(['House Democrats', 'group']);
  });
});

describe('deities and rites are no actors, and no pronoun stands for them', () => {
  it('"God", "Allah", "Satan", "Communion" are not organisations', () => {
    const names = actorsOf(
      'Bishop Ann Varga said God asks much of us. The imam praised Allah; the preacher warned of Satan.',
    ).map((a) => a[0]);
    for (const word of ['God', 'Allah', 'Satan']) expect(names).not.toContain(word);
  });

  it('a name the actor layer rejected is no antecedent ("Under the Fifth Amendment, he said")', () => {
    const b = brief({
      text: 'Bishop Ann Varga spoke on Monday. Under the Fifth Amendment, he said, the order is void.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).not.toContain('Fifth Amendment');
  });
});

describe('an acronym the article writes in the plural names a kind of thing, not an actor', () => {
  it('a plural written with periods ("L.L.C.s", "C.E.O.s") names a kind too', () => {
    const names = actorsOf(
      'Most of the harbor land is held by L.L.C.s, and the C.E.O.s of two banks sit on the board.',
    ).map((a) => a[0]);
    expect(names).not.toContain('L.L.C.s');
    expect(names).not.toContain('C.E.O.s');
  });

  it('"super PACs", "a super PAC" and "the CEOs" give no actor; a named body beside them stays', () => {
    const actors = actorsOf(
      'Super PACs raised $1 billion by August. A super PAC backing Lena Ross spent $5 million, the Voter Trust said, ' +
        'and the CEOs of three banks gave more. Each PAC must file by Friday.',
    );
    const names = actors.map((a) => a[0]);
    expect(names).not.toContain('PACs');
    expect(names).not.toContain('PAC');
    expect(names).not.toContain('CEOs');
    expect(actors).toContainEqual(['Lena Ross', 'person']);
    expect(names).toContain('Voter Trust');
  });

  it('an acronym never written in the plural is still an actor ("the NRA")', () => {
    const names = actorsOf('The NRA said the bill would fail. Critics of the NRA disagreed.').map((a) => a[0]);
    expect(names).toContain('NRA');
  });
});
