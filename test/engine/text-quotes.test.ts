import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/engine/text/paragraphs';
import { findQuotes, quoteAt, type Quote } from '../../src/engine/text/quotes';
import { example, noExamples } from './examples';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

const quotes = (text: string) => findQuotes(text, splitParagraphs(text));
const texts = (text: string, qs: Quote[] = quotes(text)) => qs.map((q) => text.slice(q.start, q.end));

describe('quotation scanner', () => {
  it('finds curly double quotations with their content, marks included in the span', () => {
    const text = 'Flynn said Donald Trump was “absolutely right” when he said Wednesday night.';
    const [q] = quotes(text);
    expect(text.slice(q.start, q.end)).toBe('“absolutely right”');
    expect(text.slice(q.contentStart, q.contentEnd)).toBe('absolutely right');
    expect(q).toMatchObject({ closed: true, depth: 0, mark: 'double' });
  });

  it('pairs straight double quotes from their neighbours', () => {
    const text =
      '"What you want to do is destroy this guy\'s life, hold this seat open, and hope you win in 2020," Graham blasted Democrat Senators. Graham continued, "Would you say you\'ve been through hell?"';
    expect(texts(text)).toEqual([
      '"What you want to do is destroy this guy\'s life, hold this seat open, and hope you win in 2020,"',
      '"Would you say you\'ve been through hell?"',
    ]);
  });

  it('tells single-quote quotations from apostrophes (it’s, ’90s, rock ’n’ roll, Jones’, countries’)', () => {
    const seed =
      'as it makes attacking Russia’s sovereign territory with US weaponry ‘allowable’ for the first time. Clearly it’s a highly dangerous slippery slope.';
    expect(texts(seed)).toEqual(['‘allowable’']);
    expect(quotes(seed)[0].mark).toBe('single');
    const apostrophes =
      "He said this is tantamount to these countries’ direct participation. Islam had gained followers in the 1940s and ’50s. Rock ’n’ roll and rock 'n' roll were the Joneses’ music, and the Jones’ house shook in the '90s.";
    expect(quotes(apostrophes)).toEqual([]);
    const headline = "Flynn says Trump 'absolutely right' in saying generals reduced to rubble.";
    expect(texts(headline)).toEqual(["'absolutely right'"]);
  });

  it('nests a single quotation inside a double one at depth 1', () => {
    const text = '“They told us the policy ‘has not changed,’ and we believed them,” the official said.';
    const qs = quotes(text);
    expect(texts(text, qs)).toEqual([
      '“They told us the policy ‘has not changed,’ and we believed them,”',
      '‘has not changed,’',
    ]);
    expect(qs.map((q) => q.depth)).toEqual([0, 1]);
    expect(quoteAt(qs, text.indexOf('changed'))).toBe(qs[1]);
    expect(quoteAt(qs, text.indexOf('believed'))).toBe(qs[0]);
    expect(quoteAt(qs, text.indexOf('official'))).toBeNull();
  });

  it('nests double marks inside double marks when both close on the line (PTC), else ends the first', () => {
    const ptc =
      '“In what can only be described as a “WTF video” the following footage seems to literally show a team of unknown soldiers gearing up next to a helicopter near the Route 91 concert.”\nAdditionally, Carlson also noted it.';
    const qs = quotes(ptc);
    expect(texts(ptc, qs)).toEqual([ptc.slice(0, ptc.indexOf('\n')), '“WTF video”']);
    expect(qs.map((q) => [q.depth, q.closed])).toEqual([
      [0, true],
      [1, true],
    ]);
    const restart = 'He called it “a sham and walked out. Later he said “we will be back” to reporters.';
    expect(texts(restart)).toEqual(['“a sham and walked out. Later he said', '“we will be back”']);
    expect(quotes(restart)[0].closed).toBe(false);
  });

  it('runs a quotation over several sentences and on into a paragraph that reopens with a quote mark', () => {
    const text = [
      'Flynn said: “I mean, there’s no enemy that’s unbeatable. And what we have right now is five years of fighting ISIS.',
      '“Donald Trump has enormous respect for our military. So this is a very dangerous time,” Flynn said.',
      'The campaign did not respond.',
    ].join('\n\n');
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0].start, qs[0].end)).toMatch(/^“I mean.*dangerous time,”$/s);
    expect(qs[0].closed).toBe(true);
  });

  it.skipIf(noExamples)(
    'ends an unclosed quotation at its paragraph, never swallowing the article (the seed article)',
    () => {
      const seed = example('seed-article.txt');
      const unclosed = quotes(seed).filter((q) => !q.closed);
      expect(unclosed).toHaveLength(1);
      expect(seed.slice(unclosed[0].start, unclosed[0].end)).toBe(
        '“possible retaliatory strikes… in the context of articles 4 and 5 of the Washington Treaty.',
      );
      // The next paragraph's quotation is found on its own.
      expect(texts(seed)).toContain('“has not changed.”');
    },
  );

  it('ends an unclosed quotation at its line in one-sentence-per-line text', () => {
    const text = 'Title\n\nHe said "the deal is dead.\nOfficials disagreed.\nThe talks, she said, were "going well."';
    const qs = quotes(text);
    expect(texts(text, qs)).toEqual(['"the deal is dead.', '"going well."']);
    expect(qs[0].closed).toBe(false);
  });

  it('stays linear on 400 KB of nothing but quote marks', () => {
    const text = '"“”‘’\''.repeat(70_000);
    // Marks with nothing between them quote nothing.
    expect(quotes(text)).toEqual([]);
    // Linear: twice the marks, about twice the time (a quadratic scan of 420,000 marks would take minutes).
    expect(growthRatio((n) => '"“”‘’\''.repeat(n), quotes, 20_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);
});

describe('quote marks read by code', () => {
  it('reads every double mark and the apostrophes between letters as before', () => {
    const text = 'She’s said «no» and „maybe” then “yes” and "fine", rock’n’roll’s ’90s.';
    const found = findQuotes(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));
    expect(found).toEqual(['«no»', '„maybe”', '“yes”', '"fine"']);
  });
});
