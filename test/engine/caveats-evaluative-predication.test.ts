/**
 * Evaluative predication from the lexicons (issue 16, subjectivity on unseen text): the author
 * predicating a judgement of a definite subject, "<subject> is / was / seems (a) <evaluative word>":
 * a judging adjective of the conduct lexicon predicated of a policy or plan, the plural of a verdict
 * noun, and the linking verbs "seem", "appear", "look" and "sound". Reported speech and quotations stay the speaker's. Sentences written for this suite.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import type { Caveat } from '../../src/schema/brief';

const author = (text: string): Caveat[] =>
  findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');
const kinds = (text: string) => author(text).map((k) => `${k.kind}: ${k.text}`);

describe('evaluative predication from the lexicons', () => {
  it('takes a hand-listed verdict noun in the plural ("the rules are gimmicks")', () => {
    expect(kinds('The new harbour rules are gimmicks.')).toContain('opinion: The new harbour rules are gimmicks');
    expect(kinds('Those pledges were fantasies.')).toContain('opinion: Those pledges were fantasies');
  });

  it('takes a trick as the verdict noun ("the whole scheme is a con", "the levy is a shakedown")', () => {
    expect(kinds('The whole scheme is a con.')).toContain('opinion: The whole scheme is a con');
    expect(kinds('The new levy is nothing but a shakedown.')).toContain(
      'opinion: The new levy is nothing but a shakedown',
    );
    // The noun of a weighing ("the main con of the plan") or a crime of record is no verdict.
    expect(kinds('The main con of the plan is its cost.')).toEqual([]);
    expect(kinds('The con artist was jailed for six years.')).toEqual([]);
    expect(kinds('He was convicted of running a shakedown of local shop owners.')).toEqual([]);
  });

  it('takes a judging adjective predicated of a plan or policy ("the plan is dangerous")', () => {
    expect(kinds('The new parking plan is dangerous.')).toContain('opinion: The new parking plan is dangerous');
    expect(kinds('The council’s approach was weak.')).toContain('opinion: The council’s approach was weak');
    // The same adjective of a thing or an event is a fact.
    expect(kinds('The storm was dangerous for small boats.')).toEqual([]);
    expect(kinds('The signal was weak near the quarry.')).toEqual([]);
  });

  it('reads "seems", "appears", "looks" and "sounds" as copulas of a verdict', () => {
    expect(kinds('The bridge tender seems foolish.')).toContain('opinion: The bridge tender seems foolish');
    expect(kinds('The timetable appears flawed.')).toContain('opinion: The timetable appears flawed');
    expect(kinds('The rescue plan looks unworkable.')).toContain('opinion: The rescue plan looks unworkable');
    expect(kinds('This scheme appears to be a fiasco.')).toContain('opinion: This scheme appears to be a fiasco');
    // Neutral states after a linking verb, and the reporter's "what appeared to be", stay quiet.
    expect(kinds('Police found what appeared to be a hoax device.').some((k) => k.startsWith('opinion'))).toBe(false);
    expect(kinds('The driver appeared calm after the crash.')).toEqual([]);
  });

  it('leaves the predication to the speaker in reported speech and quotations', () => {
    expect(kinds('The harbour plan is pointless, the mayor said.').some((k) => k.startsWith('opinion'))).toBe(false);
    expect(kinds('The mayor said the parking plan seems dangerous.').some((k) => k.startsWith('opinion'))).toBe(false);
    expect(kinds('“The parking plan looks unworkable,” a trader said.').some((k) => k.startsWith('opinion'))).toBe(
      false,
    );
  });
});
