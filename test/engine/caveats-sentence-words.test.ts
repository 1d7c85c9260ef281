import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { brief } from '../../src/engine';
import { longestWords, sentenceWordsOf, triggerClass } from '../../src/engine/caveats/sentence-words';
import { classesOf } from '../../src/engine/caveats/word-classes';
import { csvEscaped } from '../../src/engine/caveats/regions';

// Made-up texts. The caveat passes pass over a sentence whose words hold none of a rule's trigger
// words (caveats/sentence-words.ts), which must see exactly the words each sentence's scan would.

const BIRD = triggerClass(['heron', 'wren']);
const LAKE = triggerClass(() => ['lake']);

describe('sentence words', () => {
  it('counts and classes each sentence by the words its scans read', () => {
    const texts = [
      'A heron flew. The lake froze over.\n\nA wren sang, "by the lake", at dawn. Nothing else.',
      'Title line\n\nOne. Two words. “Quoted wren.” He said: the heron!',
      '   Spaces   before.   And after.   ',
      'U.S.-made boats left... at 5 p.m. on Jan. 3. It\u2019s late.',
    ];
    for (const text of texts) {
      const doc = analyse(text);
      const words = sentenceWordsOf(doc);
      const shared = classesOf(doc);
      doc.sentences.forEach((s, ix) => {
        const toks = doc.words.sentence(ix, s.start, s.end);
        expect(words.counts[ix]).toBe(toks.length);
        const norms = toks.map((t) => t.norm);
        expect((words.triggers[ix] & BIRD) !== 0).toBe(norms.includes('heron') || norms.includes('wren'));
        expect((words.triggers[ix] & LAKE) !== 0).toBe(norms.includes('lake'));
        let or = 0;
        for (let k = 0; k < toks.length; k++) or |= shared.bits[shared.at(ix) + k];
        expect(words.classes[ix]).toBe(or);
      });
    }
  });

  it("takes each phrase's longest word as its trigger", () => {
    expect(longestWords(['ever the', 'to the surprise of nobody', 'true to form'])).toEqual([
      'ever',
      'surprise',
      'true',
    ]);
  });

  it('still finds the verdicts of sentences that hold their trigger words', () => {
    const text =
      'The council met on Monday.\n\nThe inquiry has become a circus of its own making. ' +
      'The minister, ever the diplomat, said nothing. Funny how that works. ' +
      'This is a welcome step. It is hard to take the board seriously.';
    const reasons = brief({ text }).caveats.map((c) => c.text);
    expect(reasons.some((t) => t.includes('ever the diplomat'))).toBe(true);
    expect(reasons.some((t) => t.startsWith('Funny how'))).toBe(true);
    expect(reasons.some((t) => t.includes('welcome step'))).toBe(true);
    expect(reasons.some((t) => t.includes('hard to take'))).toBe(true);
  });
});

describe('csv-escaped text', () => {
  it('reads the wrapper and doubled marks as trim() would', () => {
    expect(csvEscaped('"He called it ""fair"" today."')).toBe(true);
    expect(csvEscaped('  \n"He called it ""fair"" today."\u00a0 ')).toBe(true);
    expect(csvEscaped('"He called it fair today."')).toBe(false);
    expect(csvEscaped('""""')).toBe(false);
    expect(csvEscaped('"a"""')).toBe(true);
    expect(csvEscaped('"ab""')).toBe(false);
    expect(csvEscaped('He called it ""fair"" today.')).toBe(false);
  });
});
