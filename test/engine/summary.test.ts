import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { example, noExamples } from './examples';

const summary = (text: string) => brief({ text }).summary.map((s) => s.text);

describe('summary', () => {
  it.skipIf(noExamples)(
    'picks verbatim sentences about who did or said what, not the opinionated lead (seed article)',
    () => {
      const seed = example('seed-article.txt');
      const b = brief({ text: seed });
      expect(b.summary.length).toBeGreaterThanOrEqual(1);
      expect(b.summary.length).toBeLessThanOrEqual(3);
      for (const s of b.summary) expect(seed.slice(s.start, s.end)).toBe(s.text);
      const all = b.summary.map((s) => s.text).join(' ');
      expect(all).toContain('Medvedev');
      expect(all).toContain('Biden administration');
      // "Predictably, the Kremlin is fuming..." is the author's view, and "Clearly it’s a highly dangerous slippery slope." too.
      expect(all).not.toContain('Predictably');
      expect(all).not.toContain('slippery slope');
      // In text order.
      expect(b.summary.map((s) => s.start)).toEqual([...b.summary.map((s) => s.start)].sort((x, y) => x - y));
    },
  );

  it.skipIf(noExamples)('never takes the heading, a question or page furniture (graham-hearing)', () => {
    const all = summary(example('graham-hearing.txt'));
    expect(all.join(' ')).toContain('Graham');
    for (const s of all) {
      expect(s).not.toMatch(/Unleashes Firestorm/);
      expect(s).not.toMatch(/\?["”]?$/);
      expect(s).not.toMatch(/poll|Privacy Policy|pic\.twitter/);
    }
  });

  it('leaves out the writer’s own story told in the first person, but keeps a quoted "I"', () => {
    const text = [
      'Harbour Bridge Vote Set',
      'Having grown up beside the harbour in Dunmore, I never thought Mayor Lena Ortiz would close the bridge.',
      'Mayor Lena Ortiz told the council on Monday that the harbour bridge would close for repairs.',
      '"I will not take this lightly," Ortiz said of the closure.',
      'Councillor Tom Reyes said the closure would hurt traders in the old town.',
    ].join('\n');
    const picked = summary(text);
    expect(picked.some((s) => s.startsWith('Having grown up'))).toBe(false);
    expect(picked.some((s) => s.startsWith('"I will not'))).toBe(true);
  });

  it('never picks a sentence from the middle of a quotation, whose speaker is out of sight', () => {
    const text = [
      'Harbour Bridge Vote Set',
      'Mayor Lena Ortiz told the council on Monday that the harbour bridge would close for repairs.',
      'Ortiz said to the councillors: "This is the hardest call I have made as mayor of Dunmore.',
      'Frankly, Councillor Tom Reyes and his friends have ignored the engineers for years.',
      'We close it on Friday."',
    ].join('\n');
    const picked = summary(text);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.some((s) => s.startsWith('Frankly'))).toBe(false);
  });

  it('skips page furniture even when it names the most salient actor, and fills its place', () => {
    const text = [
      'Senator Jane Alder said on Tuesday that the budget bill would pass the Senate this week.',
      'Follow Jane Alder and the Senate budget fight: subscribe to our newsletter for updates on Alder.',
      'Alder told reporters that the vote would come before the holiday recess begins.',
      'The bill funds the highway programme for two more years, according to the committee.',
      'Opponents of the bill said the highway money was spent too slowly last year.',
    ].join(' ');
    const all = summary(text);
    expect(all).toHaveLength(3);
    for (const s of all) expect(s).not.toMatch(/subscribe|newsletter/);
    expect(all[0]).toMatch(/^Senator Jane Alder said/);
  });

  it.skipIf(noExamples)('leads with the speaker of the news (politico-flynn)', () => {
    expect(summary(example('politico-flynn.txt'))[0]).toMatch(/^Retired Lt\. Gen\. Michael Flynn said Donald Trump/);
  });
});

describe('summary sentence form, read by code', () => {
  it('leaves out a question or a lead-in behind closing marks, and the writer speaking in the first person', () => {
    const text =
      'Harbour Works Resume\n\n' +
      'Mayor Tessa Grindle said the harbour bridge would reopen in March after the repairs.\n' +
      'The council asked whether “the contractors could finish on time?”\n' +
      'The engineers listed the repairs still needed for the bridge (as follows:)\n' +
      'I walked across the old bridge with my daughter many times before it closed.\n' +
      'Engineer Ivo Brandt said the steel was delivered to the harbour on Friday morning.';
    const s = summary(text);
    expect(s).toContain('Mayor Tessa Grindle said the harbour bridge would reopen in March after the repairs.');
    expect(s.some((x) => x.includes('contractors') || x.includes('as follows') || x.startsWith('I walked'))).toBe(
      false,
    );
  });
});
