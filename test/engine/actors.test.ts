import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import type { Actor } from '../../src/schema/brief';
import { example, noExamples } from './examples';

const actorsOf = (text: string) => brief({ text }).actors;
const find = (actors: Actor[], name: string) => actors.find((a) => [a.name, ...a.aliases].includes(name));
const mentionTexts = (text: string, a: Actor) => a.mentions.map((m) => text.slice(m.start, m.end));

describe('actors', () => {
  it.skipIf(noExamples)('types people, organisations, countries, places and groups (seed article)', () => {
    const seed = example('seed-article.txt');
    const actors = actorsOf(seed);
    const type = (name: string) => find(actors, name)?.type;
    expect(type('Dmitry Medvedev')).toBe('person');
    expect(type('Kremlin')).toBe('organization');
    expect(type('Biden administration')).toBe('organization');
    expect(type('NATO')).toBe('organization');
    expect(type('TASS')).toBe('organization');
    expect(type('Politico')).toBe('organization');
    expect(type('Russia')).toBe('country');
    expect(type('Ukraine')).toBe('country');
    expect(type('Kharkiv')).toBe('place');
    expect(type('U.S. officials')).toBe('group');
    expect(type('NATO specialists')).toBe('group');
    for (const bad of [
      'Predictably',
      'Former Russian',
      'Thursday',
      'However',
      'Clearly',
      'He',
      'Chairman Dmitry Medvedev',
      'Russian',
    ])
      expect(find(actors, bad)).toBeUndefined();
  });

  it('splits "Bill O\'Reilly of Fox News" and "Dan McDonald of Dunmore Citizen" into the person and the body', () => {
    const actors = actorsOf(
      "Ruiz told Bill O'Reilly of Fox News this week that the vote was rigged. Dan McDonald of Dunmore Citizen said the bill failed.",
    );
    expect(find(actors, "Bill O'Reilly")?.type).toBe('person');
    expect(find(actors, 'Fox News')?.type).toBe('organization');
    expect(find(actors, 'Dan McDonald')?.type).toBe('person');
    expect(actors.some((a) => a.name.includes(' of '))).toBe(false);
  });

  it('types ethnic and religious communities named in the plural as groups, not organisations', () => {
    const actors = actorsOf(
      'Many Latinos voted early in Dover. Hispanics and Asians in the county were angry, and Sikhs too.',
    );
    for (const name of ['Latinos', 'Hispanics', 'Asians', 'Sikhs'])
      expect(find(actors, name)?.type, name).toBe('group');
  });

  it.skipIf(noExamples)(
    'keeps one actor per entity: fullest name, other names as aliases, pronouns among the mentions',
    () => {
      const seed = example('seed-article.txt');
      const medvedev = find(actorsOf(seed), 'Medvedev')!;
      expect(medvedev.name).toBe('Dmitry Medvedev');
      expect(medvedev.aliases).toEqual(['Medvedev']);
      // "he said on Telegram" and the three "He said/explained" that follow are his.
      expect(mentionTexts(seed, medvedev).filter((t) => /^he$/i.test(t))).toHaveLength(4);
      for (const m of medvedev.mentions) expect(seed.slice(m.start, m.end).length).toBeGreaterThan(0);
    },
  );

  it.skipIf(noExamples)('reads roles from title runs, possessive roles, party tags and appositions', () => {
    const seed = example('seed-article.txt');
    expect(find(actorsOf(seed), 'Dmitry Medvedev')!.roles).toEqual([
      'Former Russian president',
      'Security Council Deputy Chairman',
    ]);
    const flynn = example('politico-flynn.txt');
    const actors = actorsOf(flynn);
    expect(find(actors, 'Michael Flynn')!.roles).toContain('Retired Lt. Gen.');
    expect(find(actors, 'Robby Mook')!.roles.join(' ')).toContain('campaign manager');
    expect(find(actors, 'Retired Lt. Gen. Michael Flynn')).toBeUndefined();
    const text =
      'Sen. Rand Paul (R-Ky.) objected on Tuesday. Taos County Sheriff Jerry Hogrefe said the road was closed. William Barr, the attorney general, declined to comment.';
    const more = actorsOf(text);
    expect(find(more, 'Rand Paul')!.roles).toEqual(['Sen.', 'R-Ky.']);
    expect(find(more, 'Jerry Hogrefe')!.roles).toEqual(['Taos County Sheriff']);
    expect(find(more, 'William Barr')!.roles).toEqual(['the attorney general']);
  });

  it.skipIf(noExamples)('resolves "he" to the nearest subject and leaves pronouns inside quotations alone', () => {
    const flynn = example('politico-flynn.txt');
    const actors = actorsOf(flynn);
    const trump = find(actors, 'Donald Trump')!;
    // "...Donald Trump was “absolutely right” when he said Wednesday night": he is Trump.
    const he = flynn.indexOf('when he said') + 'when '.length;
    expect(trump.mentions.some((m) => m.start === he)).toBe(true);
    // “He's absolutely right.” is inside Flynn's quotation: nobody's mention.
    const quoted = flynn.indexOf("“He's") + 1;
    expect(actors.some((a) => a.mentions.some((m) => m.start === quoted))).toBe(false);
  });

  it.skipIf(noExamples)('resolves "their" to the group just named (graham-hearing)', () => {
    const graham = example('graham-hearing.txt');
    const democrats = find(actorsOf(graham), 'Senate Democrats')!;
    const their = graham.indexOf('in their relentless assault') + 'in '.length;
    expect(democrats.mentions.some((m) => m.start === their)).toBe(true);
  });

  it('uses gender from honorifics and first names when resolving pronouns', () => {
    const text = 'Mrs. Alice Walker met John Smith on Monday. She said the talks went well.';
    const actors = actorsOf(text);
    const she = text.indexOf('She');
    expect(find(actors, 'Alice Walker')!.mentions.some((m) => m.start === she)).toBe(true);
  });

  it.skipIf(noExamples)('gives salience as a share, highest first, with the protagonist on top', () => {
    const actors = actorsOf(example('graham-hearing.txt'));
    expect(actors[0].name).toBe('Lindsey Graham');
    const total = actors.reduce((s, a) => s + a.salience, 0);
    expect(total).toBeGreaterThan(0.98);
    expect(total).toBeLessThan(1.02);
    for (let i = 1; i < actors.length; i++) expect(actors[i].salience).toBeLessThanOrEqual(actors[i - 1].salience);
  });

  it.skipIf(noExamples)('finds no actors in boilerplate and headings (graham-hearing)', () => {
    const actors = actorsOf(example('graham-hearing.txt'));
    for (const bad of [
      'Email',
      'Comments',
      'Completing',
      'Boy',
      'Unleashes Firestorm',
      'Sen.',
      'I',
      'John Bolton Richard Grenell Dina Powell Heather Nauert Ivanka Trump',
    ]) {
      expect(find(actors, bad)).toBeUndefined();
    }
  });
});

describe('actor offsets', () => {
  it('slice back exactly with emoji, combining marks and right-to-left text around the names', () => {
    const text =
      '🎉 Crowds cheered as Jose\u0301 Mari\u0301a Aznar met Angela Merkel in Berlin. قال المتحدث إن الوضع هادئ. Merkel said the talks went well 👍.';
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Angela Merkel', 'Berlin']));
    for (const a of b.actors)
      for (const m of a.mentions) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const merkel = find(b.actors, 'Angela Merkel')!;
    expect(mentionTexts(text, merkel)).toEqual(['Angela Merkel', 'Merkel']);
    const aznar = b.actors.find((a) => a.name.endsWith('Aznar'))!;
    expect(aznar.name).toBe('Jose\u0301 Mari\u0301a Aznar');
    expect(text.slice(aznar.mentions[0].start, aznar.mentions[0].end)).toBe(aznar.name);
  });
});

describe('offices before a name', () => {
  it('keeps the whole office in the role ("Secretary of Homeland Security Kirstjen Nielsen")', () => {
    const text =
      'Storm damage at the port\n\nSecretary of Homeland Security Kirstjen Nielsen toured the port at noon. Minister of Foreign Affairs Oskar Brandvold met her later.';
    const actors = actorsOf(text);
    expect(find(actors, 'Kirstjen Nielsen')?.roles).toEqual(['Secretary of Homeland Security']);
    expect(find(actors, 'Oskar Brandvold')?.roles).toEqual(['Minister of Foreign Affairs']);
    expect(actors.some((a) => /^(?:Security|Affairs)\b/.test(a.name))).toBe(false);
  });

  it('takes an office with no name after it for no one ("the Director of National Intelligence")', () => {
    const text = 'The report went to the Director of National Intelligence on Friday, officials said.';
    expect(actorsOf(text).map((a) => a.name)).not.toContain('Intelligence');
  });

  it('reads the title after "former" or "acting" ("former Vice President Pence" is a person)', () => {
    const text =
      'Rally in the rain\n\nThe rally was led by former Vice President Pence on Saturday. Pence spoke for an hour.';
    expect(find(actorsOf(text), 'Pence')?.type).toBe('person');
  });
});

describe('things that are not actors', () => {
  it('takes a storm or a disease for no actor ("Hurricane Delia", "Ebola"), and keeps the people around them', () => {
    const text =
      'Storm season\n\nHurricane Delia hit the coast of Kessock on Sunday. Health officials said Ebola had not reached the port, Mayor Lena Ostrow said.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).not.toContain('Hurricane Delia');
    expect(names).not.toContain('Ebola');
    expect(names).toContain('Lena Ostrow');
  });

  it('takes a religion for no actor ("converted to Islam"), and keeps the believers and bodies', () => {
    const text =
      'Faith and the city\n\nThe teacher converted to Islam in 2015, and later to Christianity. The Catholic Church said Judaism was on the syllabus, Rabbi Ezra Kohn said.';
    const names = actorsOf(text).map((a) => a.name);
    for (const faith of ['Islam', 'Christianity', 'Judaism']) expect(names).not.toContain(faith);
    expect(names).toEqual(expect.arrayContaining(['Catholic Church', 'Ezra Kohn']));
  });

  it('types a planet as a place, never a person or an organization ("farther from Earth", "Jupiter\'s storms")', () => {
    const text =
      'Probe heads out\n\nThe probe is now farther from Earth than any craft before it. Storms on Jupiter dwarf those on Earth, said Dr. Mira Sato of the Orion Institute.';
    const types = Object.fromEntries(actorsOf(text).map((a) => [a.name, a.type]));
    expect(types.Earth).toBe('place');
    expect(types.Jupiter).toBe('place');
    expect(types['Mira Sato']).toBe('person');
  });
});

describe('roles read before a name', () => {
  it('leave out a sentence-opening "And" before an honorific ("And Ms. Ford may ...")', () => {
    const b = brief({ text: 'Christine Ford made the claim. And Ms. Ford may be overestimating the lawmakers.' });
    expect(b.actors.find((a) => a.name === 'Christine Ford')?.roles).toEqual([]);
  });
});
