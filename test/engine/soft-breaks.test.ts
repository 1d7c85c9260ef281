/**
 * Text wrapped at a fixed width (an e-mail, a PDF, a plain-text wire feed) is read sentence by
 * sentence, not line by line (text/soft-breaks.ts), and every span still slices the submitted text.
 * Issue 16 (briefs a reader can trust on unseen articles); made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { unwrapSoftBreaks } from '../../src/engine/text/soft-breaks';

const WRAPPED =
  'The mayor of Dover, Ann Lee, said on Monday that the\n' +
  'harbour ferry would raise its fares by a tenth, after\n' +
  'two years of losses.\n\n' +
  'The council will vote on the plan in March.';

function spansHold(text: string) {
  const b = brief({ text });
  for (const item of [...b.summary, ...b.claims, ...b.caveats])
    expect(text.slice(item.start, item.end)).toBe(item.text);
  return b;
}

describe('soft line breaks', () => {
  it('reads a wrapped sentence whole: its claim has its speaker, and its first line is no headline cut short', () => {
    const b = spansHold(WRAPPED);
    expect(b.claims.map((c) => [c.speaker?.name, c.text.replace(/\s+/g, ' ')])).toEqual([
      ['Ann Lee', 'the harbour ferry would raise its fares by a tenth, after two years of losses'],
    ]);
    const firstBreak = WRAPPED.indexOf('\n');
    expect((b.furniture ?? []).filter((f) => f.end <= firstBreak)).toEqual([]);
  });

  it('keeps the submitted text in every span, CRLF line endings included', () => {
    const crlf = WRAPPED.replace(/\n/g, '\r\n');
    const b = spansHold(crlf);
    expect(b.claims[0].text).toContain('\r\n');
    expect(b.stats.characters).toBe(crlf.length);
  });

  it('leaves a line that ends a sentence, a capital, and an address on the next line alone', () => {
    const text =
      'The ferry is late.\nnobody knows why\nAnn Lee spoke\nthen left\nA post about it\npic.twitter.com/abc — Ann (@ann)';
    expect(unwrapSoftBreaks(text)).toBe(
      'The ferry is late.\nnobody knows why\nAnn Lee spoke then left\nA post about it\npic.twitter.com/abc — Ann (@ann)',
    );
    expect(unwrapSoftBreaks('No breaks here.')).toBe('No breaks here.');
  });
});

describe('a text wrapped at a width', () => {
  const FEED =
    'The mayor of Dover, Ann Lee, said on Monday that the harbour ferry would\n' +
    'raise its fares by a tenth after two years of losses, a move that Senator\n' +
    'Tom Reed called a tax on commuters. The council will vote on the plan in\n' +
    'March, and Lee said she expected it to pass.\n\n' +
    'Ferry workers said they had not been told.';

  it('runs a long line on into the next even before a capital ("Senator\\nTom Reed" is one name)', () => {
    const b = spansHold(FEED);
    expect(b.actors.find((a) => a.name.includes('Reed'))?.name).toBe('Tom Reed');
    expect(b.claims[0].speaker?.name).toBe('Ann Lee');
    expect(b.claims[0].text).toContain('Senator\nTom Reed');
  });

  it('leaves short lines and lines that end a sentence alone (a list, a poll, a text not wrapped)', () => {
    const list = 'Who should lead the port?\nAnn Lee\nTom Reed\nNone of them';
    expect(unwrapSoftBreaks(list)).toBe(list);
    const prose =
      'The ferry was late again on Monday, the third time this month.\nThe council met.\nIt will vote soon.';
    expect(unwrapSoftBreaks(prose)).toBe(prose);
  });
});
