/**
 * Rule content/coordinated-report in the present: a cue in -s coordinated after a claim, right before its
 * complement ("and says he ...", "and plans to ..."), is the speaker's next report, so the first
 * content ends before it; a plural noun before "to" ("dealings and favors to ...") does not end it.
 * Issue 16, over-long contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a coordinated report in the present', () => {
  it('ends the content before "and says he ..." and ", and plans to ..."', () => {
    expect(
      claimsOf(
        'Harbor\n\nMayor Lena Ortiz is telling dock workers that the harbor is “safe” and says she will hire more pilots.',
      ),
    ).toEqual([
      ['Lena Ortiz', 'the harbor is “safe”'],
      ['Lena Ortiz', 'she will hire more pilots'],
    ]);
    expect(
      claimsOf('Harbor\n\nMayor Lena Ortiz proposes closing the old ferry pier, and plans to build a new terminal.'),
    ).toEqual([
      ['Lena Ortiz', 'closing the old ferry pier'],
      ['Lena Ortiz', 'to build a new terminal'],
    ]);
  });

  it('shows in the trace', () => {
    const text = 'Harbor\n\nMayor Lena Ortiz proposes closing the old ferry pier, and plans to build a new terminal.';
    const b = brief({ text }, { trace: true });
    expect(b.trace?.some((e) => e.rules.includes('content/coordinated-report'))).toBe(true);
  });

  it('keeps a plural noun before "to" in the content', () => {
    expect(
      claimsOf('Harbor\n\nMayor Lena Ortiz criticized the pilots and favors to ferry owners in the old contract.'),
    ).toEqual([['Lena Ortiz', 'the pilots and favors to ferry owners in the old contract']]);
  });
});
