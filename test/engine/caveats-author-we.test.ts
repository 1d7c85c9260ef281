/**
 * The author's "we": "we can borrow to rebuild", "we must act", "we know the plan fails" — the
 * writer speaking from a side the reader shares (author-we/we-subject). What "we" did ("We
 * borrowed to build the canal", "We planned a wreath") is the writer's story, told, not judged.
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
  it('flags "we" before a modal or a verb of knowing, wanting or fearing outside quotations', () => {
    expect(author('We borrowed to build the canal; we can borrow to mend it.').join()).toContain('we can');
    expect(author('But we must win the argument over the harbour.').join()).toContain('we must');
    expect(author('We know the plan will fail the harbour.').join()).toContain('we know');
    expect(author('We’d rather see the harbour closed.').join()).toContain('we’d');
  });

  it('leaves what "we" did or are doing to the story', () => {
    expect(author('We planned to lay a wreath at the harbour.')).toEqual([]);
    expect(author('We were banned from the harbour in May.')).toEqual([]);
  });

  it('leaves a question to the question rule', () => {
    const b = brief({ text: 'Are we to expect more closures this winter?' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).not.toContain('author-we/we-subject');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'But we must win the argument over the harbour.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('author-we/we-subject');
  });

  it('leaves a speaker’s, a newsroom’s and a question’s "we" alone', () => {
    expect(author('“We are losing the argument,” the mayor said.')).toEqual([]);
    expect(author('We are losing the argument, the mayor said.')).toEqual([]);
    expect(author('We contacted the ferry company on Monday.')).toEqual([]);
    expect(author('We still do not know why the ferry sank.')).toEqual([]);
    expect(author('Q: Why the river?\n\nA: We chose the river site for the light.')).toEqual([]);
    expect(author('We’re losing the argument over the harbour.')).toEqual([]);
    expect(author('As we reported last week, the ferry company closed.')).toEqual([]);
    expect(author('We examine the council’s record on housing.')).toEqual([]);
    expect(author('The rules we have leave the harbour closed.')).toEqual([]);
    expect(
      author('The ferry captain spoke.\n“Every winter we lose two boats.\nThe insurers stopped paying,” he added.'),
    ).toEqual([]);
  });
});
