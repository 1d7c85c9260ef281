/**
 * The attribution token stream: the tokens of any stretch of text, read off the sentence tokens made
 * once per document, are exactly the tokens tokenizing that stretch alone gives (offsets, forms,
 * flags), including stretches that start or end inside a word, an abbreviation or an emoji, or
 * run past their sentence; and `tokenize`, a view of the document's words (text/word-tokens.ts),
 * gives what scanning the stretch character by character gives (`scanned`, the tokenizer as it was
 * before it read the document's words, kept here as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outerQuotes } from '../../src/engine/attribution/drafts';
import { TokenStream } from '../../src/engine/attribution/token-stream';
import { QUOTED, flagsOfTokens, tokenize, type Token } from '../../src/engine/attribution/tokens';
import { analyse } from '../../src/engine/document';
import type { Quote } from '../../src/engine/text/quotes';
import { isWordCode } from '../../src/engine/text/words';
import { TOKEN_ABBREVIATIONS } from '../../src/engine/data/token-abbreviations';

/** The tokens of text[from, to) by a scan of every character; flags from `tokenize` of the same word alone. */
function scanned(text: string, from: number, to: number, quotes: readonly Quote[]): Token[] {
  const out: Token[] = [];
  const joiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;
  const space = (c: string) => /^[ \t\n\r\u00a0\u2000-\u200a\u202f\u3000]$/.test(c);
  let i = from;
  while (i < to) {
    if (space(text[i])) {
      i++;
      continue;
    }
    const start = i;
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (word) {
      i++;
      for (;;) {
        if (i < to && isWordCode(text.charCodeAt(i))) i++;
        else if (i + 1 < to && joiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      const w = text.slice(start, i);
      const abbreviation =
        w.includes('.') ||
        (w.length <= 4 &&
          /^\p{Lu}/u.test(w) &&
          (w.length === 1 || TOKEN_ABBREVIATIONS.has(w) || /^[DRI]-\p{Lu}.{1,3}$/u.test(w)));
      if (i < to && text[i] === '.' && abbreviation) i++;
    } else {
      const pair = /^(?:[\ud800-\udbff][\udc00-\udfff]|'')$/.test(text.slice(i, i + 2)) && i + 1 < to;
      i += pair ? 2 : 1;
    }
    const t = text.slice(start, i);
    const q = quotes.find((x) => x.end > start);
    const quoted = q !== undefined && q.contentStart <= start && i <= q.contentEnd;
    // (A mark is its own lower case and normal form.)
    const lower = word ? t.toLowerCase() : t;
    // A word's list flags: those of the word tokenized alone (the lists are the tokenizer's own).
    const flags = word ? tokenize(t, 0, t.length, [], analyse(t).words)[0].flags & ~QUOTED : 0;
    out.push({
      start,
      end: i,
      norm: word ? lower.replaceAll('\u2019', "'") : t,
      text: t,
      lower,
      flags: flags | (quoted ? QUOTED : 0),
    });
  }
  return out;
}

const PIECES = [
  'Sen.',
  ' ',
  'Mitch McConnell, R-Ky., ',
  'said',
  ' “',
  '”',
  '"',
  'U.S.-supplied',
  "it's",
  '3.5',
  '\u{1f600}',
  '\n',
  'Überall',
  '—',
  ', ',
  '. ',
  'He',
  'x',
  'Sen.Smith',
  'a.b',
  'Iran.',
  'J.',
  'don’t',
  '\u2028',
  '\u000b',
];

describe('TokenStream.range', () => {
  it('gives what tokenizing the stretch alone gives, for any stretch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const doc = analyse(text);
        const outer = outerQuotes(doc.quotes);
        const stream = new TokenStream(text, doc.sentences, outer, doc.words);
        // Half the stretches inside one sentence (most are read off its tokens), half anywhere.
        const n = doc.sentences.length;
        const s = n > 0 && x % 2 === 1 ? doc.sentences[y % n] : { start: 0, end: text.length };
        const from = s.start + ((x >> 1) % (s.end - s.start + 1));
        const to = from + ((y >> 1) % (s.end - from + 1));
        const alone = scanned(text, from, to, outer);
        // Taking the document's words where they lie wholly in the stretch: the same tokens.
        expect(tokenize(text, from, to, outer, doc.words, Math.max(0, doc.words.indexAt(from) - 1))).toEqual(alone);
        expect(tokenize(text, from, to, outer, doc.words)).toEqual(alone);
        expect(stream.range(from, to)).toEqual(alone);
        // With any sentence given as the likely one: the same tokens.
        const { tokens, first, end } = stream.within(from, to, (x % (n + 2)) - 1);
        expect(tokens.slice(first, end)).toEqual(alone);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same once the sentences' tokens were asked for, which a sentence with no cue word makes then", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const doc = analyse(text);
        const outer = outerQuotes(doc.quotes);
        const stream = new TokenStream(text, doc.sentences, outer, doc.words);
        doc.sentences.forEach((s, k) => expect(stream.sentenceTokens(k)).toEqual(scanned(text, s.start, s.end, outer)));
        const n = doc.sentences.length;
        const s = n > 0 ? doc.sentences[y % n] : { start: 0, end: text.length };
        const from = s.start + (x % (s.end - s.start + 1));
        const to = from + ((y >> 1) % (s.end - from + 1));
        expect(stream.range(from, to)).toEqual(scanned(text, from, to, outer));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('TokenStream.flagsBySentence', () => {
  it("is the union of each sentence's tokens' flags, as a second pass over them would give", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const doc = analyse(text);
        const stream = new TokenStream(text, doc.sentences, outerQuotes(doc.quotes), doc.words);
        for (let k = 0; k < doc.sentences.length; k++)
          expect(stream.flagsBySentence[k]).toBe(flagsOfTokens(stream.bySentence[k]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('quoted document words', () => {
  it('are the words themselves in the sentence tokens, and a stretch read against other quotations still gets its own flags', () => {
    const text = 'He said "the plan works" and left.';
    const doc = analyse(text);
    const outer = outerQuotes(doc.quotes);
    const stream = new TokenStream(text, doc.sentences, outer, doc.words);
    const plan = stream.bySentence[0].find((t) => t.text === 'plan')!;
    expect(doc.words.all).toContain(plan);
    expect(plan.flags & QUOTED).toBe(QUOTED);
    // The same words read against no quotations: not quoted, as tokenizing alone gives.
    expect(tokenize(text, 0, text.length, [], doc.words)).toEqual(scanned(text, 0, text.length, []));
    // And against the quotations again: quoted.
    expect(tokenize(text, 0, text.length, outer, doc.words)).toEqual(scanned(text, 0, text.length, outer));
  });

  it('give what tokenizing alone gives whatever list of quotations came first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (parts, quotedFirst) => {
        const text = parts.join('');
        const doc = analyse(text);
        const outer = outerQuotes(doc.quotes);
        const lists = quotedFirst ? [outer, []] : [[], outer];
        for (const quotes of lists)
          expect(tokenize(text, 0, text.length, quotes, doc.words)).toEqual(scanned(text, 0, text.length, quotes));
      }),
      { numRuns: 500 },
    );
  });
});
