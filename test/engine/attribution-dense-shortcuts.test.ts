/**
 * Shortcuts the attribution passes take on claim-dense text, each of which must give what the long
 * way gave: the joiner check before a quotation read off the text (no tokens handed out for it),
 * the cue clause end looked for only as far as the caller reads, and a quotation with no clause
 * mark of its own tried for a cue clause after it only when a comma follows it.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { dropJoiner, mayEndWithJoiner, unquotedTail } from '../../src/engine/attribution/quote-tail';
import { tokenize } from '../../src/engine/attribution/tokens';
import { DocTokens } from '../../src/engine/text/word-tokens';
import { clauseEnd } from '../../src/engine/attribution/clause';
import { commaFollows } from '../../src/engine/attribution/text-scan';

describe('the joiner check before a quotation', () => {
  it('never rules out a stretch whose tokens end in a joiner', () => {
    const stretches = [
      'she said, but ',
      'she said, BUT ',
      'she said, But\u00a0',
      'she said, and still ',
      'she said, and ALSO\n',
      'she said, band ',
      'she said, hand ',
      'she said ',
      'said, and',
      'and ',
      'tall ',
      'the "quoted but" ',
    ];
    let joined = 0;
    for (const s of stretches) {
      let b = s.length - 1;
      while (b >= 0 && ' \n\u00a0\t'.includes(s[b])) b--;
      const all = tokenize(s, 0, s.length, [], new DocTokens(s));
      const joins = dropJoiner(unquotedTail({ tokens: all, first: 0, end: all.length, shared: true }));
      if (joins) expect(mayEndWithJoiner(s, b + 1)).toBe(true);
      if (joins) joined++;
    }
    expect(joined).toBe(6);
    expect(mayEndWithJoiner('she said ', 8)).toBe(false);
    expect(mayEndWithJoiner('she said, but ', 13)).toBe(true);
  });

  it('still reads a quotation after a joiner as its speaker\u2019s', () => {
    const b = brief({
      text: 'The ferry left late. "The crossing was calm," the skipper said, but "the engine needs a look."',
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['the skipper', '"The crossing was calm,"'],
      ['the skipper', '"the engine needs a look."'],
    ]);
  });
});

describe('clauseEnd with a short reach', () => {
  it('finds the same end within the reach, and one at or past it otherwise', () => {
    const words = ['the', 'plan', ',', 'adding', 'said', 'would', 'work', '"it"', 'and', 'he', ',', 'noting', 'that'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 10 + (next() % 60) }, () => words[next() % words.length]).join(' ');
      const t = tokenize(text, 0, text.length, [], new DocTokens(text));
      for (let from = 0; from < t.length; from++) {
        const far = clauseEnd(t, from);
        const near = clauseEnd(t, from, 15);
        if (far.index < from + 15) expect(near).toEqual(far);
        else expect(near.index).toBeGreaterThanOrEqual(Math.min(t.length, from + 15));
      }
    }
  });

  it('leaves the claims of a run-on sentence full of cues as they were', () => {
    const b = brief({ text: 'clerks said the vote, voters said, would pass, she said, and '.repeat(4) });
    expect(b.claims.slice(0, 2).map((c) => [c.speaker?.name, c.text])).toEqual([
      ['she', 'clerks said the vote, voters said, would pass'],
      ['clerks', 'the vote, voters said, would pass'],
    ]);
  });
});

describe('the comma check after a quotation', () => {
  it('finds the comma over any white space, and nothing else', () => {
    expect(commaFollows('"a" , b', 3)).toBe(true);
    expect(commaFollows('"a"\u2009\u00a0, b', 3)).toBe(true);
    expect(commaFollows('"a"\n, b', 3)).toBe(true);
    expect(commaFollows('"a" b, c', 3)).toBe(false);
    expect(commaFollows('"a"', 3)).toBe(false);
  });

  it('still reads the cue clause after a quotation that ends in no mark, past the space before its comma', () => {
    for (const gap of [' ', '\u2009', '\u00a0', '']) {
      const b = brief(
        { text: `The vote failed. \u201cWe lost the vote\u201d${gap}, the mayor said.` },
        { trace: true },
      );
      const rules = b.trace!.filter((t) => t.kind === 'claim').map((t) => t.rules[0]);
      expect(rules).toEqual(['quotation/cue-after']);
    }
  });
});
