import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { findActors } from '../../src/engine/actors';
import { analyse } from '../../src/engine/document';
import type { Actor } from '../../src/schema/brief';

const actorsOf = (text: string) => brief({ text }).actors;
const find = (actors: Actor[], name: string) => actors.find((a) => [a.name, ...a.aliases].includes(name));
const typeOf = (text: string, name: string) => find(actorsOf(text), name)?.type;

describe('organisation actors: sports tables', () => {
  const results =
    'SOCCER - ENGLISH LEAGUE RESULTS.\n\nLONDON 1996-12-07\n\nResults of English league matches on Saturday:\nPlymouth 4 Exeter 1\nAston Villa 2 Liverpool 1\nThe Liverpool manager said he was pleased.';

  it('reads the sides of a results line as clubs, even when they are cities', () => {
    expect(typeOf(results, 'Plymouth')).toBe('organization');
    expect(typeOf(results, 'Exeter')).toBe('organization');
    expect(typeOf(results, 'Aston Villa')).toBe('organization');
  });

  it('reads standings rows as clubs, with or without the country in brackets', () => {
    const standings =
      'BASKETBALL - EUROLEAGUE STANDINGS.\n\nStandings after Thursday:\nGroup C\nPanathinaikos (Greece) 9 7 2 16\nVilleurbanne (France) 9 6 3 15\nHARTFORD 12 7 6 77 76 30\nBUFFALO 13 12 1 77 76 27\nTAMPA BAY 8 15 2 69 81 18';
    const actors = actorsOf(standings);
    for (const club of ['Panathinaikos', 'Villeurbanne', 'HARTFORD', 'BUFFALO', 'TAMPA BAY'])
      expect(find(actors, club)?.type, club).toBe('organization');
    // The bracketed country stays a country; a lone "Group" heading is nobody.
    expect(find(actors, 'Greece')?.type).toBe('country');
    expect(find(actors, 'Group')).toBeUndefined();
  });

  it('keeps a city in running text a place, and a golfer with a first name a person', () => {
    const text = 'The talks were held in Liverpool on Monday, officials said.\nColin Montgomerie 69 70 68';
    expect(typeOf(text, 'Liverpool')).toBe('place');
    expect(typeOf(text, 'Colin Montgomerie')).toBe('person');
  });

  it('reads the visitors of a fixture line as a club', () => {
    const text = 'NHL schedule for Friday:\n\nANAHEIM AT BUFFALO\nTORONTO AT PITTSBURGH';
    expect(typeOf(text, 'ANAHEIM')).toBe('organization');
    expect(typeOf(text, 'TORONTO')).toBe('organization');
  });
});

describe('organisation actors: head words and suffixes', () => {
  it('takes a company suffix with its period into the name', () => {
    const text = "American's parent, AMR Corp., said it did not view the terms as a deal breaker.";
    const amr = find(actorsOf(text), 'AMR Corp.');
    expect(amr?.type).toBe('organization');
  });

  it('reads a lone head word as no organisation unless "the" makes it one', () => {
    expect(find(actorsOf('Group A standings were published on Friday.'), 'Group')).toBeUndefined();
    expect(typeOf('Officials at the League said the match would be replayed.', 'League')).toBe('organization');
  });

  it('reads a firm named by a business head word as an organisation ("Harbor Strategies", "Arch Angel Studios")', () => {
    const text =
      'Harbor vote\n\nKenneth Vale, who runs Harbor Strategies, said the race was close. Lena Ortiz of Tidewater Consulting and ' +
      'a producer at Arch Angel Studios agreed.';
    expect(typeOf(text, 'Harbor Strategies')).toBe('organization');
    expect(typeOf(text, 'Tidewater Consulting')).toBe('organization');
    expect(typeOf(text, 'Arch Angel Studios')).toBe('organization');
    expect(typeOf(text, 'Kenneth Vale')).toBe('person');
  });
});

describe('organisation actors: acronyms', () => {
  it('links an acronym introduced in brackets to its expansion, and later uses of it too', () => {
    const text =
      'The Federal Bureau of Investigation (FBI) opened an inquiry into the leak on Monday.\n\nThe FBI said it would not comment further.';
    const actors = actorsOf(text);
    const fbi = find(actors, 'FBI')!;
    expect(fbi.name).toBe('Federal Bureau of Investigation');
    expect(fbi.type).toBe('organization');
    expect(fbi.aliases).toEqual(['FBI']);
    expect(fbi.mentions).toHaveLength(3);
    expect(actors.filter((a) => a.name === 'FBI')).toHaveLength(0);
  });

  it("links an acronym in the organisation's own language, even one that spells a small word", () => {
    const text = 'Mussolini said she had rejoined the far-right National Alliance (AN) party she quit last month.';
    const an = find(actorsOf(text), 'AN');
    expect(an?.name).toBe('National Alliance');
  });

  it('types a bracketed expansion an organisation even when it looks like a name', () => {
    const text =
      'The medical charity Medecins Sans Frontieres (MSF) said on Friday that 100,000 refugees were on the move. MSF said more staff were on the way.';
    const msf = find(actorsOf(text), 'MSF');
    expect(msf?.name).toBe('Medecins Sans Frontieres');
    expect(msf?.type).toBe('organization');
  });

  it('links an acronym spelled by the initials of a name used elsewhere in the article', () => {
    const text =
      'The Department of Justice opened an investigation in March.\n\nA DOJ spokesman declined to comment on Tuesday.';
    expect(find(actorsOf(text), 'DOJ')?.name).toBe('Department of Justice');
  });

  it('links well-known acronyms whose letters do not spell the English name', () => {
    const text =
      "Islamic State claimed responsibility for the attack, the group's news agency said.\n\nISIS said in a statement that two of its fighters carried it out.";
    const is = find(actorsOf(text), 'ISIS');
    expect(is?.name).toBe('Islamic State');
    expect(is?.aliases).toContain('ISIS');
  });

  it('leaves an acronym alone when nothing in the article spells it out', () => {
    const text = 'NATO said the Pentagon would send more troops. The Senate Armed Services Committee met.';
    const nato = find(actorsOf(text), 'NATO')!;
    expect(nato.name).toBe('NATO');
    expect(nato.aliases).toEqual([]);
  });
});

describe('organisation actors: context', () => {
  it('reads a descriptor before a name as an organisation ("the Madrid daily El Mundo")', () => {
    const text =
      'The clubs denied the report, the Madrid daily El Mundo said on Friday. Ivan Chernyshev, analyst at Moscow brokerage Rinaco Plus, agreed.';
    expect(typeOf(text, 'El Mundo')).toBe('organization');
    expect(typeOf(text, 'Rinaco Plus')).toBe('organization');
    expect(typeOf(text, 'Ivan Chernyshev')).toBe('person');
  });

  it('takes "said its" as an organisation speaking, not a person', () => {
    const text =
      'Tallinna Pank said its assets rose 17.8 million kroons in the first half.\n\nVeritas said on its website that the deal was off.';
    expect(typeOf(text, 'Tallinna Pank')).toBe('organization');
    expect(typeOf(text, 'Veritas')).toBe('organization');
    // A statement is no evidence either way: a president issues them too.
    expect(typeOf('"I wish her well," Havel said in a statement to Reuters.', 'Havel')).toBe('person');
    // A person who speaks is still a person.
    expect(typeOf('Hassan Abbas said he would stay.', 'Hassan Abbas')).toBe('person');
  });

  it('reads the first words of a company named in full as that company', () => {
    const text =
      'Newmont Mining Corp made an offer for Santa Fe Pacific Gold Corp on Friday.\n\nAnalysts said Santa Fe would go to the highest bidder, and Newmont might raise its bid.';
    const actors = actorsOf(text);
    expect(find(actors, 'Santa Fe')?.name).toBe('Santa Fe Pacific Gold Corp');
    expect(find(actors, 'Newmont')?.name).toBe('Newmont Mining Corp');
    // After a preposition of place too: "a takeover proposal from Newmont".
    const later = `${text} Wall Street weighed the proposal from Newmont.`;
    expect(find(actorsOf(later), 'Newmont')?.mentions).toHaveLength(3);
  });

  it('reads an exchange as an organisation', () => {
    expect(typeOf('In New York Stock Exchange trade, Newmont was off 1/2 at 46-5/8.', 'New York Stock Exchange')).toBe(
      'organization',
    );
  });

  it('reads a heading word the article only uses inside longer names as no actor, and a shouted surname as the person', () => {
    const text =
      'SOCCER - WORLD CUP DRAW SET FOR CAMPESE FAREWELL.\n\nThe World Cup draw will be made in Paris on Friday, David Campese said.';
    const actors = actorsOf(text);
    expect(find(actors, 'CUP')).toBeUndefined();
    expect(find(actors, 'WORLD')).toBeUndefined();
    expect(find(actors, 'CAMPESE')?.name).toBe('David Campese');
  });

  it('keeps an acronym that also opens a longer name ("NYMEX" and "NYMEX Alberta")', () => {
    const text =
      'Gas ends lower.\n\nNYMEX said an estimated 35,662 Hub contracts traded.\nNYMEX Alberta natgas remained untraded.';
    expect(typeOf(text, 'NYMEX')).toBe('organization');
  });
});

describe('place actors that looked like organisations', () => {
  it('reads the name that opens a dateline as a place, even in capitals', () => {
    const text =
      'Burmese students march out of campus again.\n\nRANGOON 1996-12-06\n\nA group of Burmese students marched out of their campus on Friday.';
    // The actor finder types it; the brief then leaves it out, since a dateline is page furniture.
    expect(findActors(analyse(text)).find((a) => a.name === 'RANGOON')?.type).toBe('place');
    expect(typeOf(text, 'RANGOON')).toBeUndefined();
  });

  it('reads a name after a place word as a place ("the eastern city of Goma", "central Bangui")', () => {
    const text =
      'The camp lies 65 km west of the eastern city of Goma. Roadblocks have been erected while central Bangui is patrolled by troops.';
    expect(typeOf(text, 'Goma')).toBe('place');
    expect(typeOf(text, 'Bangui')).toBe('place');
  });
});

describe('organisation actors: not organisations', () => {
  it('reads time zones and clock words as no actor', () => {
    const text =
      'He was pronounced dead at 7:13 a.m. EST (1213 GMT), the prison said. The plane last reported at 3 A.M. local time.';
    const actors = actorsOf(text);
    for (const word of ['EST', 'GMT', 'A.M.']) expect(find(actors, word), word).toBeUndefined();
  });

  it('ends a company name before the period that closes its paragraph', () => {
    const text = 'Santa Fe may reject its unsolicited suitor Newmont Mining Corp.\nAnalysts expect a higher bid.';
    expect(find(actorsOf(text), 'Newmont Mining Corp')?.type).toBe('organization');
  });
});

describe('organisation actors inside groups', () => {
  it('keeps "WTO leaders" a group and WTO an organisation of its own', () => {
    const text =
      'Singapore had the support of other WTO members, and the statement was issued by WTO leaders at the end of the meeting.';
    const actors = actorsOf(text);
    expect(find(actors, 'WTO leaders')?.type).toBe('group');
    const wto = find(actors, 'WTO')!;
    expect(wto.type).toBe('organization');
    expect(wto.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['WTO', 'WTO']);
  });

  it('does not split a country out of its officials ("U.S. officials" stays one group)', () => {
    const actors = actorsOf('U.S. officials said the talks would resume on Monday.');
    expect(find(actors, 'U.S. officials')?.type).toBe('group');
    expect(find(actors, 'U.S.')).toBeUndefined();
  });
});

describe("organisation actors: a player's club in brackets", () => {
  it('reads a bracketed name after a person as their club, and a bracketed country as the country', () => {
    const text =
      'Portugal named their squad on Friday for the match.\n\nMidfielders - Luis Figo (Barcelona), Paulo Bento (Oviedo, Spain), Jose Taira (Salamanca, Spain).';
    const actors = actorsOf(text);
    for (const club of ['Barcelona', 'Oviedo', 'Salamanca'])
      expect(find(actors, club)?.type, club).toBe('organization');
    expect(find(actors, 'Spain')?.type).toBe('country');
    expect(find(actors, 'Luis Figo')?.type).toBe('person');
  });
});

describe('organisation actors: offices', () => {
  it('reads "Secretary of State" as an office, not an organisation', () => {
    const text = 'Albright will be the first woman to hold the position of Secretary of State, Havel said.';
    expect(find(actorsOf(text), 'Secretary of State')).toBeUndefined();
    expect(typeOf('The Department of Justice said on Monday it would appeal.', 'Department of Justice')).toBe(
      'organization',
    );
  });
});

describe('a name "of" a country', () => {
  it('reads "Renate Goetschl of Austria" as a person and a country, not one organisation', () => {
    const text = "Renate Goetschl of Austria won the women's World Cup downhill race on Saturday.";
    const actors = actorsOf(text);
    expect(find(actors, 'Renate Goetschl')?.type).toBe('person');
    expect(find(actors, 'Austria')?.type).toBe('country');
    expect(find(actors, 'Renate Goetschl of Austria')).toBeUndefined();
  });

  it('keeps "Bank of England" one organisation', () => {
    expect(typeOf('The Bank of England left rates unchanged on Thursday.', 'Bank of England')).toBe('organization');
  });
});

describe('bodies named with "for" or "on" after their head word', () => {
  it('keeps "Office for ..." and "Committee on ..." whole, and never joins "Dunmore Council on Monday"', () => {
    const text =
      'Hearing delayed\n\nThe chairman of the Senate Select Committee on Intelligence, Mara Vell, said the hearing would go ahead. The Executive Office for Immigration Review said it had no comment. Dunmore Council on Monday said nothing.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Senate Select Committee on Intelligence',
        'Executive Office for Immigration Review',
        'Dunmore Council',
      ]),
    );
    expect(names).not.toContain('Immigration Review');
    expect(names).not.toContain('Intelligence');
    expect(names.some((n) => n.includes('Monday'))).toBe(false);
  });
});

describe('bodies named with a plural possessive', () => {
  it('keeps "Correspondents’ Association" whole, and still splits "the Beatles’ White Album"', () => {
    const text =
      "Press passes\n\nThe Harbour Correspondents’ Association said it had not been consulted. The Veterans' Affairs Department agreed. Ringo Starr talked about the Beatles’ White Album.";
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['Harbour Correspondents’ Association', "Veterans' Affairs Department"]),
    );
    expect(names).not.toContain('Association');
    expect(names.some((n) => n.includes('White Album') && n.includes('Beatles'))).toBe(false);
  });
});

describe('organisation actors: names with a preposition or "of" in them', () => {
  it('keeps a group named with a capitalised preposition whole, and never makes it a person', () => {
    const text =
      'Medics Without Frontiers said the clinic in Dunmore was shelled. Parents Against Potholes called for a road audit, and Voters For Clean Ports agreed.';
    const actors = actorsOf(text);
    for (const name of ['Medics Without Frontiers', 'Parents Against Potholes', 'Voters For Clean Ports'])
      expect(find(actors, name)?.type, name).toBe('organization');
    expect(actors.map((a) => a.name)).not.toContain('Frontiers');
    expect(brief({ text }).claims[0]?.speaker?.name).toBe('Medics Without Frontiers');
  });

  it('does not join a capitalised preposition at a sentence start or in a Title Case headline', () => {
    const names = actorsOf('Without Delay Mayor Quill Acts\n\nAgainst Mayor Tessa Quill stood two rivals.').map(
      (a) => a.name,
    );
    expect(names.some((n) => / (Without|Against) /.test(n))).toBe(false);
  });

  it('ends a known outlet’s name before "on": the site it posted to is another name', () => {
    const names = actorsOf(
      'The memo was first posted by Fox News on Scribd, and a copy of it by CBS News on Rumble. Both later took it down.',
    ).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Fox News', 'Scribd', 'CBS News', 'Rumble']));
    expect(names.some((n) => n.includes(' on '))).toBe(false);
    // A body's own name still runs on through "on".
    expect(actorsOf('The Senate Committee on Intelligence met.').map((a) => a.name)).toContain(
      'Senate Committee on Intelligence',
    );
  });

  it('never makes an actor of an amendment, war or avenue named with an ordinal before it', () => {
    const text =
      'Judge Mara Quill said the Fifth Amendment protected the witness. The First Amendment was not at issue, she added, nor was the Second World War.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names.some((n) => /Amendment|World War/.test(n))).toBe(false);
    expect(names).toContain('Mara Quill');
  });

  it('reads a country’s formal name written without its "the" as that country', () => {
    const text =
      'Aid reached the Democratic Republic of Congo on Monday. Officials in the Republic of Congo said more was needed, and Congo asked for help.';
    const countries = actorsOf(text).filter((a) => a.type === 'country');
    expect(countries).toHaveLength(1);
    expect(actorsOf(text).map((a) => a.name)).not.toContain('Democratic Republic');
  });

  it('splits "First Last of Body" into the person, who speaks, and the body they are of', () => {
    const text = 'Dana Whitcombe of Harbour Watch said the audit was late. Whitcombe added that it would be published.';
    const b = brief({ text });
    expect(find(b.actors, 'Dana Whitcombe')?.type).toBe('person');
    expect(find(b.actors, 'Harbour Watch')?.type).toBe('organization');
    expect(b.claims[0].speaker?.name).toBe('Dana Whitcombe');
    expect(b.sources.find((s) => s.name === 'Dana Whitcombe')?.type).toBe('person');
    // A body's own name with "of" stays whole: the head word before "of" says so.
    expect(
      find(actorsOf('The Florida Department of State said the count was done.'), 'Florida Department of State')?.type,
    ).toBe('organization');
  });
});
