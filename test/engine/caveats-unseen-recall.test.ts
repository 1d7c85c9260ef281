/**
 * The general-English evaluative vocabulary (data/evaluative-general.ts): one sentence of the
 * author's own per word class, flagged, and straight report with the same topics, not flagged.
 * Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('general evaluative vocabulary in the author’s voice', () => {
  it('flags judgements of conduct and character', () => {
    expect(author('The harbour board’s supercilious chairman ignored the fishermen again.').join()).toContain(
      'supercilious',
    );
    expect(author('Councillor Frain gave a typically sycophantic answer to the developers.').join()).toContain(
      'sycophantic',
    );
  });

  it('flags verdicts on the quality of a work or a plan', () => {
    expect(author('The Larkhill bypass scheme is clunky, bloated and hopelessly late.').join()).toContain('clunky');
    expect(author('Her second novel is a mesmerising portrait of a mining town.').join()).toContain('mesmerising');
    expect(author('The new ferry timetable is a dog’s breakfast.').join()).toContain('dog’s breakfast');
  });

  it('flags adverbs that grade how an act was done', () => {
    expect(author('The trust has abysmally failed the patients of the east ward.').join()).toContain('abysmally');
  });

  it('flags contemptuous names for a thing or a person', () => {
    expect(author('Scrapping the night buses is madness.').join()).toContain('madness');
    expect(author('The arts centre has become a vanity project for the county leader.').join()).toContain(
      'vanity project',
    );
  });

  it('flags verbs that blame', () => {
    expect(author('The county squandered its reserves on consultants.').join()).toContain('squandered');
    expect(author('Commuters are being fleeced by the rail operator.').join()).toContain('fleeced');
  });

  it('leaves the same words to a named speaker', () => {
    expect(author('“This is madness,” said Joan Petty, who chairs the residents’ group.')).toEqual([]);
  });
});

describe('straight report on the same topics stays quiet', () => {
  it('does not flag neutral report', () => {
    for (const s of [
      'The harbour board’s chairman met the fishermen on Thursday.',
      'The Larkhill bypass will open in 2028, two years later than planned.',
      'Her second novel is set in a mining town in Fife.',
      'The county spent £2.1 million on consultants last year.',
      'Rail fares will rise by 4.6 percent in March.',
      'The arts centre was built in 1974 and seats 900 people.',
      'A teenager had his cap ripped off his head outside the stadium.',
    ])
      expect(author(s), s).toEqual([]);
  });
});

describe('evaluative predication after the perfect ("has been")', () => {
  it('flags a verdict stated with "has been" or "have long been"', () => {
    expect(author('The Corran bridge repair has been a costly mistake.').join()).toContain('costly mistake');
    expect(author('The county’s bus contracts have long been a joke.').join()).toContain('joke');
  });

  it('stays quiet on a neutral perfect and on reported speech', () => {
    expect(author('The Corran bridge has been closed since March.')).toEqual([]);
    expect(author('The bridge repair has been a priority for the county since 2019.')).toEqual([]);
    expect(author('Drivers said the bridge repair has been a costly mistake.')).toEqual([]);
  });
});

describe('verdict nouns that count only after a copula', () => {
  it('flags a thing declared a scandal, a shame or a triumph', () => {
    expect(author('It is a scandal that the Ferrow clinic still has no heating.').join()).toContain('scandal');
    expect(author('The new concert hall in Ostley is a triumph.').join()).toContain('triumph');
    expect(author('The closure of the night shelter is a shame.').join()).toContain('shame');
  });

  it('stays quiet where the noun names an event or is somebody else’s verdict', () => {
    expect(author('The expenses scandal led to the resignation of two ministers in 2009.')).toEqual([]);
    expect(author('Residents said the closure of the shelter was an outrage.')).toEqual([]);
    expect(author('The Ostley hall hosted a triumph for the home side in the cup final.')).toEqual([]);
  });
});

describe('contempt words of political commentary', () => {
  it('flags what a columnist calls opponents and their ideas', () => {
    expect(author('Once again the bleeding-heart do-gooders of Wexley council know best.').join()).toContain(
      'do-gooders',
    );
    expect(author('The levy is one more rule from the nanny state.').join()).toContain('nanny state');
    expect(author('The fat cats on the water board voted themselves a rise.').join()).toContain('fat cats');
  });

  it('leaves the same words to a named speaker, and names of a debate alone', () => {
    expect(author('“They are fat cats,” said Marta Ilie, a union organiser in Wexley.')).toEqual([]);
    expect(author('The Wexley debate on identity politics drew 200 people on Monday.')).toEqual([]);
  });
});

describe('"rightly" inside the clause', () => {
  it('flags the author grading an act as right', () => {
    expect(author('The Pellow trust rightly refused to sell the orchard.').join()).toContain('rightly');
  });

  it('stays quiet on "rightly or wrongly" and on a passive "wrongly"', () => {
    expect(author('Rightly or wrongly, the Pellow trust kept the orchard.')).toEqual([]);
    expect(author('Tomas Reyes was wrongly convicted of the robbery in 1998.')).toEqual([]);
  });
});

describe('idioms of blame and ridicule', () => {
  it('flags a verdict carried by an idiom', () => {
    expect(author('The Brackley health board keeps moving the goalposts on waiting times.').join()).toContain(
      'moving the goalposts',
    );
    expect(author('The promised tram line to Brackley is pie in the sky.').join()).toContain('pie in the sky');
  });

  it('stays quiet when a speaker says it, and on market lows', () => {
    expect(author('Union leaders said the board was moving the goalposts.')).toEqual([]);
    expect(author('Shares in the Brackley bus firm hit a new low on Friday.')).toEqual([]);
  });
});

describe('general words with a neutral sense in news stay quiet', () => {
  it('does not flag the literal or technical sense', () => {
    for (const s of [
      'Thousands brave the cold to watch the Hollin parade.',
      'March Madness begins on Thursday with 68 teams.',
      'The firm found malicious software on 40 of its servers.',
      'Cheap imports are depressing wages in the textile industry.',
    ])
      expect(author(s), s).toEqual([]);
  });
});
