import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const TEXT = [
  'Storm hits coast',
  '',
  'Sen. Rand Paul met Dmitry Medvedev in Moscow on Monday. Medvedev said the talks were useful.',
  '',
  'The deal is a disgraceful surrender, and Congress should reject it. Some critics say it will likely fail.',
].join('\n');

/** The rules the trace lists for the span with this text and kind. */
function rulesFor(kind: string, span: string): string[] {
  const b = brief({ text: TEXT }, { trace: true });
  const entry = b.trace!.find((e) => e.kind === kind && TEXT.slice(e.start, e.end) === span);
  expect(entry, `${kind} "${span}" in the trace`).toBeDefined();
  return entry!.rules;
}

describe('the rule trace names the rules behind actors and caveats', () => {
  it('says a surname alone was merged into the person named in full before', () => {
    const rules = rulesFor('actor', 'Medvedev');
    expect(rules).toContain('merge/surname-of-named-person');
    expect(rules.some((r) => r.startsWith('classify/'))).toBe(true);
  });

  it('says a place was typed by the gazetteer and an organisation by its known name', () => {
    expect(rulesFor('actor', 'Moscow')).toContain('classify/place-gazetteer');
    expect(rulesFor('actor', 'Congress')).toContain('classify/organization-gazetteer-or-head');
  });

  it('names the lexicon cue or pattern behind each caveat', () => {
    expect(rulesFor('caveat', 'disgraceful surrender')).toEqual(['author-voice/loaded']);
    expect(rulesFor('caveat', 'and Congress should reject it')).toEqual(['author-voice/prescriptive']);
    expect(rulesFor('caveat', 'Some critics say it will likely fail')).toEqual(['patterns/vague-source']);
  });

  it('every actor mention and caveat of the brief has a named rule, and the brief itself is the same', () => {
    const traced = brief({ text: TEXT }, { trace: true });
    const plain = brief({ text: TEXT });
    const { trace, ...rest } = traced;
    expect(rest).toEqual(plain);
    const named = (kind: string, start: number, end: number) =>
      trace!.some((e) => e.kind === kind && e.start === start && e.end === end && e.rules.length > 0);
    for (const a of plain.actors) for (const m of a.mentions) expect(named('actor', m.start, m.end)).toBe(true);
    for (const c of plain.caveats) expect(named('caveat', c.start, c.end)).toBe(true);
  });
});
