/**
 * Sources: what the article rests on, typed, one entry per source with every mention.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/engine/actors';
import { findAttribution } from '../../src/engine/attribution';
import { analyse } from '../../src/engine/document';
import { brief } from '../../src/engine';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

function sourcesOf(text: string) {
  const doc = analyse(text);
  return findAttribution(doc, findActors(doc));
}

describe('sources', () => {
  it('records the author of an embedded post from its credit line', () => {
    const text =
      'The senator answered within minutes.\npic.twitter.com/abc123\n— Axios (@axios) September 27, 2018\nThe hearing went on.';
    const { sources } = sourcesOf(text);
    const axios = sources.find((s) => s.name === 'Axios');
    expect(axios).toMatchObject({ type: 'outlet', anonymous: false });
    expect(text.slice(axios!.mentions[0].start, axios!.mentions[0].end)).toBe('Axios');
  });

  it('records "widespread reports" and "people familiar with the move" as anonymous sourcing', () => {
    const { sources } = sourcesOf(
      'The ministry is angry at widespread reports that the ban was lifted. The change was approved, two people familiar with the move said.',
    );
    expect(sources.find((s) => s.name === 'widespread reports')?.anonymous).toBe(true);
    expect(sources.find((s) => s.name === 'two people familiar with the move')).toMatchObject({
      type: 'anonymous',
      anonymous: true,
    });
  });

  it('types outlets, agencies, platforms and officials', () => {
    const text = [
      'The New York Times reported that the deal was off.',
      'The talks failed, according to Reuters.',
      'The minister wrote on Facebook that she would resign.',
      'White House spokesman Josh Reed said the president was briefed.',
    ].join('\n\n');
    const { sources } = sourcesOf(text);
    const typeOf = (name: string) => sources.find((s) => s.name.includes(name))?.type;
    expect(typeOf('New York Times')).toBe('outlet');
    expect(typeOf('Reuters')).toBe('news-agency');
    expect(typeOf('Facebook')).toBe('platform');
    expect(typeOf('Josh Reed')).toBe('official');
  });

  it('keeps one source per person, named once in full and then by surname', () => {
    const text = 'Finance Minister Petra Lind said the budget was balanced.\n\n“We will not raise taxes,” Lind said.';
    const { sources, claims } = sourcesOf(text);
    expect(sources.filter((s) => s.name.includes('Lind'))).toHaveLength(1);
    const lind = sources.find((s) => s.name.includes('Lind'))!;
    expect(lind.mentions).toHaveLength(2);
    expect(claims.every((c) => c.sourceIds.includes(lind.id))).toBe(true);
  });

  it('gives every source mention as a verbatim range of the text', () => {
    const text =
      '“It is done,” she said on Telegram, according to TASS.\n\nSources said the vote was delayed, Politico reported.';
    const { sources } = sourcesOf(text);
    expect(sources.length).toBeGreaterThan(2);
    for (const s of sources) for (const m of s.mentions) expect(m.end).toBeGreaterThan(m.start);
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Telegram', 'TASS']));
  });

  it('a description of someone named ("Ben Hale, a former aide to ...", "Hale is a key witness") is no anonymous source', () => {
    const text =
      'A panel voted on Thursday to hold Ben Hale, a former technology aide to the governor, in contempt. ' +
      '"Mr. Hale is a crucial witness in this inquiry," Ann Ruiz said. In Dover, a senior official said the vote was rushed.';
    const { sources } = sourcesOf(text);
    expect(sources.filter((s) => s.type === 'anonymous').map((s) => s.name)).toEqual(['a senior official']);
  });

  it('"these officials said" points back to the officials named before: one source, not three', () => {
    const b = brief({ text: 'Two officials spoke on Monday. These officials said the budget was fine.' });
    expect(b.sources.map((s) => s.name)).toEqual(['Two officials']);
  });

  it('types an outlet named inside a longer speaker phrase as an outlet, not an organization', () => {
    const { sources } = sourcesOf('CBS and NPR both reported that the ferry talks had stalled.');
    expect(sources.find((s) => s.name === 'CBS')?.type).toBe('outlet');
  });

  it('types a paper called by its masthead word alone as an outlet, and joins it to the paper named in full', () => {
    const { sources } = sourcesOf(
      'The Dunmore Tribune reported on Monday that the bridge would close.\n\nThe Tribune reported:\n\n"The bridge will close for a year."\n\n"The plan is late," the Herald said.',
    );
    expect(sources.find((s) => s.name === 'Dunmore Tribune')).toMatchObject({ type: 'outlet' });
    expect(sources.find((s) => s.name === 'Dunmore Tribune')?.mentions).toHaveLength(2);
    expect(sources.find((s) => s.name === 'Herald')?.type).toBe('outlet');
  });

  it('reads "a poll by X for Y" as X speaking, with Y credited as the outlet it was done for', () => {
    const text =
      'The council met on Monday.\n\nA poll by Dunmore Research for The Guardian found that most voters backed the bridge.';
    const b = brief({ text });
    expect(b.claims[0]?.speaker?.name).toBe('Dunmore Research');
    expect(b.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Dunmore Research']));
    expect(b.sources.find((s) => s.name.includes('Guardian'))?.type).toBe('outlet');
  });

  it('types a site named by its web address as its outlet, without the sentence’s full stop', () => {
    const { sources } = sourcesOf('The ferry will stop in May, according to a report by Reuters.com.');
    expect(sources.map((s) => [s.name, s.type])).toContainEqual(['Reuters.com', 'news-agency']);
  });

  it('counts each place an unnamed source is cited once, as often as the brief lists it', () => {
    // The claims re-mention "sources" out of text order: one mention used to be counted twice ("cited 5 times", 4 listed).
    const text =
      'The plan, sources said, would work. "It will happen soon," according to sources. Sources told the paper the deal was close, and sources said more.';
    const b = brief({ text });
    const unnamed = b.sources.filter((s) => s.anonymous);
    expect(unnamed).toHaveLength(1);
    const ranges = unnamed[0].mentions.map((m) => `${m.start}-${m.end}`);
    expect(new Set(ranges).size).toBe(ranges.length);
    const caveat = b.caveats.find((k) => k.kind === 'anonymous-sourcing');
    expect(caveat?.reason).toContain(`cited ${ranges.length} times`);
  });
});

describe('attribution stays linear on adversarial input (twice the text, about twice the time)', () => {
  const attribution = (text: string) => {
    const doc = analyse(text);
    return { doc, actors: findActors(doc) };
  };
  const linear = (unit: string, n: number) =>
    expect(
      growthRatio(
        (k) => attribution(unit.repeat(k)),
        ({ doc, actors }) => findAttribution(doc, actors),
        n,
      ),
    ).toBeLessThan(LINEAR_GROWTH_LIMIT);

  it('handles 400 KB of "He said \\"x.\\""', () => {
    const { doc, actors } = attribution('He said "x." '.repeat(30000));
    expect(findAttribution(doc, actors).claims.length).toBeGreaterThan(1000);
    linear('He said "x." ', 8_000);
  }, 60_000);

  it('handles 300 KB of short quotations with cue clauses in one run-on sentence', () => {
    const { doc, actors } = attribution('"a," he said, "b c d" '.repeat(14000));
    expect(findAttribution(doc, actors).claims.length).toBeGreaterThan(1000);
    linear('"a," he said, "b c d" ', 4_000);
  }, 60_000);

  it('handles 100 KB of "according to X" with no punctuation', () => {
    linear('according to X ', 6_700);
  }, 60_000);

  it('handles a 400 KB run-on sentence full of cues without going quadratic', () => {
    linear('officials said the plan, sources said, would work, he said, and ', 1_500);
  }, 60_000);
});
