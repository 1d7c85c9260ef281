import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { findCaveats } from '../../src/engine/caveats';
import { sourcingCaveats } from '../../src/engine/caveats/sourcing';
import { analyse } from '../../src/engine/document';
import type { Caveat } from '../../src/schema/brief';
import { example, noExamples } from './examples';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

const caveatsOf = (text: string): Caveat[] => brief({ text }).caveats;
const author = (text: string) => caveatsOf(text).filter((k) => k.voice === 'author');
const has = (ks: Caveat[], kind: Caveat['kind'], contains: string) =>
  ks.some((k) => k.kind === kind && k.text.includes(contains));

describe('caveats: the author voice', () => {
  it.skipIf(noExamples)('flags a stance adverb and an emotion the author ascribes (seed article)', () => {
    const ks = author(example('seed-article.txt'));
    expect(has(ks, 'opinion', 'Predictably')).toBe(true);
    expect(has(ks, 'loaded-language', 'fuming')).toBe(true);
    expect(has(author('And, yes, it is all legal.'), 'opinion', 'yes')).toBe(true);
    // A reported answer is not the author conceding a point.
    expect(
      author('Asked whether her health would affect her ability to serve: forty-three, yes; forty-four, no.'),
    ).toEqual([]);
  });

  it('flags speculation with the statement it governs', () => {
    const ks = author(
      'However, this is surely going to be a distinction without substance or meaning from Russia’s point of view.',
    );
    const k = ks.find((c) => c.kind === 'speculation');
    expect(k?.text).toBe('surely going to be a distinction without substance or meaning from Russia’s point of view');
    expect(
      has(author('The ruling will likely push prices higher next year.'), 'speculation', 'likely push prices higher'),
    ).toBe(true);
  });

  it('does not take a comparison of rates or a poll sample for a guess', () => {
    expect(
      author('Voters were more likely to back the measure in rural counties.').some((k) => k.kind === 'speculation'),
    ).toBe(false);
    expect(author('The dispute centers on the removal of perhaps tens of thousands of voters from the rolls.')).toEqual(
      [],
    );
    expect(author('Clinton leads Trump 46 percent to 44 percent among likely voters in a four-way race.')).toEqual([]);
  });

  it('flags boosters with the word they amplify, and charged phrases whole', () => {
    const ks = author('Clearly it’s a highly dangerous slippery slope.');
    expect(has(ks, 'opinion', 'Clearly')).toBe(true);
    expect(ks.some((k) => k.kind === 'loaded-language' && k.text.startsWith('highly dangerous'))).toBe(true);
    expect(
      has(
        author('He berated Senate Democrats in their relentless assault on Judge Brett Kavanaugh.'),
        'loaded-language',
        'relentless assault',
      ),
    ).toBe(true);
  });

  it('flags a ranking the author asserts, not an emphatic "very"', () => {
    const ks = author(
      'The most effective political leader in the country today is Florida’s Republican Governor, Ron DeSantis.',
    );
    expect(has(ks, 'opinion', 'The most effective political')).toBe(true);
    expect(author('He could resign and then run again for a full term the very next year.')).toEqual([]);
    expect(has(author('It ended up in a very wealthy enclave.'), 'loaded-language', 'very wealthy')).toBe(true);
  });

  it('takes a headline as the author’s voice', () => {
    const text = 'Senator Lindsey Graham Unleashes Firestorm At Democrat Senators\n\nGraham spoke on Thursday.';
    expect(has(author(text), 'loaded-language', 'Unleashes Firestorm')).toBe(true);
  });

  it('flags a first-person view, but not first-person narration', () => {
    const ks = author(
      "I'm not a fan of Senator Lindsey Graham (R-SC), and he's my senator, but I have to tell you that he was right on point on Thursday.",
    );
    expect(has(ks, 'opinion', "I'm not a fan of Senator Lindsey Graham")).toBe(true);
    expect(has(ks, 'opinion', 'he was right on point')).toBe(true);
    expect(author('I drove to the plant on Monday and we spoke to three workers.')).toEqual([]);
  });

  it('flags a generic "you" verdict, not advice to the reader', () => {
    expect(
      has(
        author(
          'You therefore can’t understand the rise of McGarvey without considering an age-old hunger for organic intellectuals.',
        ),
        'opinion',
        'can’t understand the rise',
      ),
    ).toBe(true);
    expect(author('You can watch it on Dish Network and on cable in select cities.')).toEqual([]);
  });

  it('flags a hedge and a prescription', () => {
    expect(has(author('The plan seems to have stalled in committee.'), 'hedge', 'seems')).toBe(true);
    expect(has(author('But the party must do more than talk.'), 'opinion', 'must do more than talk')).toBe(true);
    // Somebody else's ought: an indirect question, a reported decision.
    expect(
      author('Other officials weighed in Friday about whether the video should be released.').some(
        (k) => k.kind === 'opinion',
      ),
    ).toBe(false);
    expect(author('High school administrators decided she should share the honor with two others.')).toEqual([]);
    expect(author('A 4-4 ruling would leave the rules in place should the justices deadlock again.')).toEqual([]);
  });

  it('flags a rhetorical question in the author’s voice, not a quoted one', () => {
    expect(has(author('What could possibly go wrong?'), 'opinion', 'What could possibly go wrong?')).toBe(true);
    expect(
      author('Graham continued, "Would you say you\'ve been through hell?"').some((k) => k.kind === 'opinion'),
    ).toBe(false);
  });

  it('flags an exclamation in the author’s voice, not a shouted quotation or a name', () => {
    expect(
      has(author('I’m not a Clinton fan, but enough with the emails!'), 'opinion', 'enough with the emails!'),
    ).toBe(true);
    expect(author('"Go home!" the protesters shouted at the officers.').some((k) => k.kind === 'opinion')).toBe(false);
    expect(author('Verizon agreed on Monday to buy the core business of Yahoo! for $4.8 billion.')).toEqual([]);
  });

  it('does not take an explainer’s subheading for a rhetorical question', () => {
    const text = [
      'Florida passes school guardian law',
      'The state legislature passed a bill on Wednesday that lets school staff carry guns.',
      'What happens now?',
      'Governor Rick Scott will need to sign the bill before it becomes law.',
    ].join('\n\n');
    expect(author(text).filter((k) => k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')).toEqual([]);
  });

  it.skipIf(noExamples)('flags a view credited to unnamed people and a verdict on evidence nobody sources', () => {
    const politico = author(example('politico-flynn.txt'));
    expect(has(politico, 'unattributed-claim', 'some who saw the comment as a dig')).toBe(true);
    expect(
      has(
        author('Critics say the program wastes money.'),
        'unattributed-claim',
        'Critics say the program wastes money',
      ),
    ).toBe(true);
    expect(
      has(author('All of the evidence to date refutes the account.'), 'unattributed-claim', 'refutes the account'),
    ).toBe(true);
  });
});

describe('caveats: scare quotes', () => {
  // Given the attribution (none here), so the test is about this module's rule alone.
  const own = (text: string) =>
    findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');

  it.skipIf(noExamples)('flags a short quoted term that quotes nobody', () => {
    const text = 'It makes attacking Russia’s sovereign territory with US weaponry ‘allowable’ for the first time.';
    expect(has(own(text), 'scare-quotes', '‘allowable’')).toBe(true);
    expect(
      has(
        own('Then they called in the guard to ship all those “diverse” victims to a base.'),
        'scare-quotes',
        '“diverse”',
      ),
    ).toBe(true);
    expect(has(author(example('seed-article.txt')), 'scare-quotes', '‘allowable’')).toBe(true);
  });

  it('does not flag a partial quotation after a verb of saying', () => {
    const text = 'Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he spoke on Wednesday.';
    expect(author(text).some((k) => k.kind === 'scare-quotes')).toBe(false);
  });

  it('does not flag a headline fragment of a longer quotation in the article', () => {
    const text =
      'Graham Slams Democrats For "Most Unethical Sham" Of His Career\n\n' +
      'Graham told committee Democrats: "This is the most unethical sham since I\'ve been in politics."';
    expect(author(text).some((k) => k.text.toLowerCase().includes('unethical sham'))).toBe(false);
  });

  it('does not flag a headline quoting words the body attributes', () => {
    const text = [
      "Trump questions fairness of moderators; talk compared to 'working the referees'",
      'Trump is "working the referees" in hopes of a softer debate, a political scientist at the University of Michigan said.',
    ].join('\n\n');
    // Without any claim: the body's verb of saying alone tells the headline's quotation apart.
    expect(own(text).some((k) => k.kind === 'scare-quotes')).toBe(false);
  });

  it('does not flag a quoted figure', () => {
    expect(
      own('The newspaper found there had been “3,210 shooting victims” between January 1 and September 26.').some(
        (k) => k.kind === 'scare-quotes',
      ),
    ).toBe(false);
  });

  it('does not flag a quoted title', () => {
    expect(
      author('Flynn appeared on Fox News’s “Fox and Friends” on Thursday morning.').some(
        (k) => k.kind === 'scare-quotes',
      ),
    ).toBe(false);
  });
});

describe('caveats: attributed speech', () => {
  it('keeps loaded words inside a quotation as the speaker’s, never the author’s', () => {
    const text =
      '"What you want to do is destroy this guy\'s life and this is a disgusting sham," Graham told Democrat senators on the committee.';
    const ks = caveatsOf(text);
    expect(ks.some((k) => k.voice === 'author' && /sham|disgusting/.test(k.text))).toBe(false);
    expect(
      ks.some((k) => k.voice === 'attributed' && k.kind === 'loaded-language' && k.text.includes('disgusting')),
    ).toBe(true);
  });

  it.skipIf(noExamples)('gives no author-voice caveat on the speakers’ words in the worked examples', () => {
    const seed = author(example('seed-article.txt'));
    expect(seed.some((k) => k.text.includes('will be destroyed'))).toBe(false);
    const politico = author(example('politico-flynn.txt'));
    for (const phrase of ['very dangerous time', 'severe disconnect', 'lashed out', 'absolutely right']) {
      expect(politico.some((k) => k.text.includes(phrase) || phrase.includes(k.text))).toBe(false);
    }
  });

  it('treats a guess after a verb of saying as reported, even when no claim covers it', () => {
    const text = 'Two aides said the bill will likely pass the Senate next week.';
    const ks = findCaveats(analyse(text), { claims: [], sources: [] });
    expect(ks.some((k) => k.kind === 'speculation')).toBe(false);
    expect(
      findCaveats(analyse('The bill will likely pass the Senate next week.'), { claims: [], sources: [] }).some(
        (k) => k.kind === 'speculation',
      ),
    ).toBe(true);
  });

  it('treats a claim’s content span as attributed even without quote marks', () => {
    const text = 'The minister said the opposition plan was a disgraceful sham.';
    const doc = analyse(text);
    const start = text.indexOf('the opposition');
    const claim = {
      id: 'c1',
      text: text.slice(start, text.length - 1),
      start,
      end: text.length - 1,
      kind: 'indirect' as const,
      cue: 'said',
      speaker: { name: 'The minister', actorId: null, anonymous: false },
      sourceIds: [],
    };
    const ks = findCaveats(doc, { claims: [claim], sources: [] });
    expect(ks.filter((k) => k.voice === 'author')).toEqual([]);
    expect(ks.some((k) => k.voice === 'attributed' && k.text.includes('disgraceful'))).toBe(true);
  });
});

describe('caveats: precision on a neutral report', () => {
  it('gives a neutral wire story no author-voice caveat', () => {
    const text = [
      'Storm Leaves Thousands Without Power Along the Coast',
      '',
      'A storm brought heavy rain and winds of up to 110 km/h to the coast on Monday, cutting power to about 40,000 homes, the regional utility said.',
      '',
      'Emergency services evacuated 300 residents from low-lying areas overnight, and two people were taken to hospital with minor injuries, police said in a statement.',
      '',
      'The weather service expects the rain to ease by Wednesday. Schools in three districts will remain closed on Tuesday, according to the education department.',
      '',
      '"Crews are working around the clock and we expect most customers to be reconnected within 48 hours," a spokeswoman for the utility told reporters.',
    ].join('\n');
    expect(author(text).filter((k) => k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')).toEqual([]);
  });
});

describe('caveats: sourcing', () => {
  it('flags reliance on an anonymous source at its first mention, and a single source', () => {
    const text = 'Two U.S. officials said the policy changed. The officials said it took effect on Thursday.';
    const doc = analyse(text);
    const m = { start: 0, end: 'Two U.S. officials'.length };
    const speaker = { name: 'Two U.S. officials', actorId: null, anonymous: true };
    const c1s = text.indexOf('the policy');
    const c2s = text.indexOf('it took');
    const ks = findCaveats(doc, {
      claims: [
        {
          id: 'c1',
          text: text.slice(c1s, c1s + 18),
          start: c1s,
          end: c1s + 18,
          kind: 'indirect',
          cue: 'said',
          speaker,
          sourceIds: ['s1'],
        },
        {
          id: 'c2',
          text: text.slice(c2s, text.length - 1),
          start: c2s,
          end: text.length - 1,
          kind: 'indirect',
          cue: 'said',
          speaker,
          sourceIds: ['s1'],
        },
      ],
      sources: [{ id: 's1', name: 'Two U.S. officials', type: 'anonymous', anonymous: true, mentions: [m] }],
    });
    expect(ks.find((k) => k.kind === 'anonymous-sourcing')?.text).toBe('Two U.S. officials');
    expect(ks.some((k) => k.kind === 'single-source')).toBe(true);
  });
});

describe('caveats: invariants', () => {
  it.skipIf(noExamples)('gives exact spans, unique ids and a reason for every caveat', () => {
    for (const name of ['seed-article.txt', 'graham-hearing.txt', 'politico-flynn.txt']) {
      const text = example(name);
      const ks = caveatsOf(text);
      expect(ks.length).toBeGreaterThan(0);
      expect(new Set(ks.map((k) => k.id)).size).toBe(ks.length);
      for (const k of ks) {
        expect(text.slice(k.start, k.end)).toBe(k.text);
        expect(k.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('stays linear on a large adversarial input (unclosed quotes, no punctuation)', () => {
    const make = (n: number) => analyse(('“some who saw ‘it clearly surely highly ' + 'word '.repeat(50)).repeat(n));
    const doc = make(1500);
    const ks = findCaveats(doc, { claims: [], sources: [] });
    for (const k of ks.slice(0, 50)) expect(doc.text.slice(k.start, k.end)).toBe(k.text);
    // Twice the text, about twice the time (the absolute budget is in `npm run bench:engine`).
    expect(growthRatio(make, (d) => findCaveats(d, { claims: [], sources: [] }), 750)).toBeLessThan(
      LINEAR_GROWTH_LIMIT,
    );
  }, 60_000);
});

describe('caveats: single source', () => {
  type Att = Parameters<typeof sourcingCaveats>[0];
  const claim = (id: string, start: number, name: string | null) =>
    ({ id, start, end: start + 5, speaker: name === null ? null : { name, actorId: null } }) as unknown;
  const source = (name: string, anonymous: boolean) => ({ name, anonymous, mentions: [] }) as unknown;
  const single = (claims: unknown[], sources: unknown[]) => {
    const out: Parameters<typeof sourcingCaveats>[1] = [];
    sourcingCaveats({ claims, sources } as Att, out);
    return out.filter((d) => d.kind === 'single-source').map((d) => d.start);
  };

  it('names the first claim with a speaker when every claim has the same one', () => {
    expect(single([claim('a', 0, null), claim('b', 10, 'Mara Lind'), claim('c', 20, 'mara lind')], [])).toEqual([10]);
  });

  it('needs two claims, one speaker and at most one named source', () => {
    expect(single([claim('a', 0, 'Mara Lind')], [])).toEqual([]);
    expect(single([claim('a', 0, 'Mara Lind'), claim('b', 10, 'Otto Brink')], [])).toEqual([]);
    const two = [source('Mara Lind', false), source('Otto Brink', false)];
    expect(single([claim('a', 0, 'Mara Lind'), claim('b', 10, 'Mara Lind')], two)).toEqual([]);
    expect(single([claim('a', 0, 'Mara Lind'), claim('b', 10, 'Mara Lind')], [source('x', true), two[0]])).toEqual([0]);
  });
});
