/**
 * A claim about everybody or nobody: "Nobody can explain that.", "Everyone knows the feeling.",
 * "No party ever wants a smaller budget." — the writer states what holds for all, with no
 * evaluative word (sweeping-claims/universal-subject). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a claim about everybody or nobody', () => {
  it('flags a universal subject with a modal or a verb in the present', () => {
    expect(author('Nobody can explain that.').join()).toContain('nobody can explain');
    expect(author('Everyone knows the feeling.').join()).toContain('everyone knows');
    expect(author('No party ever wants a smaller budget.').join()).toContain('no party ever wants');
    expect(author('But no one builds ferries like the Danes.').join()).toContain('no one builds');
    expect(author('Nothing is certain in this market.').join()).toContain('nothing is');
  });

  it('shows its rule in the trace', () => {
    const b = brief({ text: 'Nobody can explain that.' }, { trace: true });
    expect((b.trace ?? []).flatMap((e) => e.rules)).toContain('sweeping-claims/universal-subject');
  });

  it('leaves reports of what happened or who answered alone', () => {
    expect(author('No one was hurt in the fire.')).toEqual([]);
    expect(author('Nobody saw the driver leave.')).toEqual([]);
    expect(author('No one could be reached at the depot.')).toEqual([]);
    expect(author('Nobody would comment on the sale.')).toEqual([]);
    expect(author('No one is expected to bid on the lot.')).toEqual([]);
    expect(author('No date has been set for the hearing.')).toEqual([]);
    expect(author('No police officers attended the meeting.')).toEqual([]);
    expect(author('No tickets are left for the final.')).toEqual([]);
    expect(author('Nobody can explain that, the engineers said.')).toEqual([]);
  });
});
