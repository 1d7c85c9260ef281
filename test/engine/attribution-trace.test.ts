/**
 * The rule trace for attribution: `brief(input, { trace: true })` lists, for each claim and source,
 * the named rules that made it, and asking for it changes nothing else in the brief.
 */
import { describe, expect, it } from 'vitest';
import { brief, type TraceEntry } from '../../src/engine';

const TEXT = [
  'Talks Collapse',
  '',
  '“We will not back down,” Sergei Lavrov said on Telegram. He added that the talks had failed.',
  '',
  'Two U.S. officials said the plan was dead, according to Reuters.',
  '',
  'Maria Zakharova told reporters: “Nothing has changed.”',
].join('\n');

function rulesFor(trace: TraceEntry[], kind: TraceEntry['kind'], span: string): string[] {
  const at = TEXT.indexOf(span);
  const entry = trace.find((e) => e.kind === kind && e.start === at && e.end === at + span.length);
  return entry?.rules ?? [];
}

describe('attribution rule trace', () => {
  const traced = brief({ text: TEXT }, { trace: true });
  const trace = traced.trace ?? [];

  it('names the pass rule that drafted each claim and the rule that resolved its speaker', () => {
    expect(rulesFor(trace, 'claim', '“We will not back down,”')).toEqual([
      'quotation/cue-after',
      'resolve/named-actor',
    ]);
    expect(rulesFor(trace, 'claim', 'the talks had failed')).toEqual([
      'cue/subject-before-cue',
      'resolve/pronoun-actor-mention',
    ]);
    expect(rulesFor(trace, 'claim', 'the plan was dead')).toEqual([
      'cue/subject-before-cue',
      'resolve/unnamed-sourcing',
    ]);
    expect(rulesFor(trace, 'claim', '“Nothing has changed.”')).toEqual(['quotation/cue-before', 'resolve/named-actor']);
  });

  it('lists every claim of the brief in the trace', () => {
    for (const c of traced.claims) {
      const entry = trace.find((e) => e.kind === 'claim' && e.start === c.start && e.end === c.end);
      expect(entry?.rules.length, c.text).toBeGreaterThanOrEqual(2);
    }
  });

  it('names the rule that added each source mention', () => {
    expect(rulesFor(trace, 'source', 'Sergei Lavrov')).toEqual(['source/speaker']);
    expect(rulesFor(trace, 'source', 'Telegram')).toContain('source/via-channel');
    expect(rulesFor(trace, 'source', 'Two U.S. officials')).toContain('source/unnamed-sourcing');
    expect(rulesFor(trace, 'source', 'Reuters')).toContain('source/according-to');
    for (const s of traced.sources)
      for (const m of s.mentions)
        expect(
          trace.some((e) => e.kind === 'source' && e.start === m.start && e.end === m.end),
          s.name,
        ).toBe(true);
  });

  it('changes nothing else in the brief', () => {
    const { trace: _trace, ...rest } = traced;
    expect(rest).toEqual(brief({ text: TEXT }));
    expect(brief({ text: TEXT })).not.toHaveProperty('trace');
  });
});
