/**
 * The author's "we": "We borrowed to win the war; we can borrow to rebuild.", "But we are losing
 * the argument." — the writer speaking from a side the reader shares (author-we/we-subject).
 * Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('the author’s “we”', () => {
  it('flags "we" as the subject of a verb outside quotations', () => {
    expect(author('We borrowed to build the canal; we can borrow to mend it.').join()).toContain('we borrowed');
    expect(author('But we are losing the argument over the harbour.').join()).toContain('we are');
    expect(author('Until we see where the road leads, the plan waits.').join()).toContain('we see');
  });

  it('leaves a question to the question rule', () => {
    const b = brief({ text: 'Are we to expect more closures this winter?' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).not.toContain('author-we/we-subject');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'But we are losing the argument over the harbour.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('author-we/we-subject');
  });

  it('leaves a speaker’s, a newsroom’s and a question’s "we" alone', () => {
    expect(author('“We are losing the argument,” the mayor said.')).toEqual([]);
    expect(author('We are losing the argument, the mayor said.')).toEqual([]);
    expect(author('We contacted the ferry company on Monday.')).toEqual([]);
    expect(author('We still do not know why the ferry sank.')).toEqual([]);
    expect(author('Q: Why the river?\n\nA: We chose the river site for the light.')).toEqual([]);
    expect(author('We’re losing the argument over the harbour.').join()).toContain('we’re');
    expect(author('As we reported last week, the ferry company closed.')).toEqual([]);
    expect(author('We examine the council’s record on housing.')).toEqual([]);
    expect(author('The rules we have leave the harbour closed.')).toEqual([]);
    expect(
      author('The ferry captain spoke.\n“Every winter we lose two boats.\nThe insurers stopped paying,” he added.'),
    ).toEqual([]);
  });
});
