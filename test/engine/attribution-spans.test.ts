import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { boundBrief } from '../../src/engine/bound';

// Every article here is made up for these tests (issue 16, claim content spans).

const claimsOf = (text: string) => brief({ text }).claims;

describe('claims/continues-statement: one statement split by its own cue clause', () => {
  it('"“Q1,” X said. “Q2.”" gives two claims, the second continuing the first', () => {
    const text =
      'Harbor\n\n“The tide tables are wrong,” Ms. Okafor said. “We measured the channel twice last spring.”\n\n' +
      '“The ferry will run again,” the mayor said.';
    const [q1, q2, q3] = claimsOf(text);
    expect(q1.text).toBe('“The tide tables are wrong,”');
    expect(q1.continues).toBeUndefined();
    expect(q2.text).toBe('“We measured the channel twice last spring.”');
    expect(q2.continues).toBe(q1.id);
    expect(q3.continues).toBeUndefined();
  });

  it('"“Q1,” X said, “Q2.”" links the quotation after the cue clause to the one before it', () => {
    const text = 'Harbor\n\n“Hopefully,” the mayor said, “the new pier will bring the ferries back to the harbor.”';
    const [q1, q2] = claimsOf(text);
    expect(q2.text).toBe('“the new pier will bring the ferries back to the harbor.”');
    expect(q2.continues).toBe(q1.id);
    expect(q1.text).not.toContain('said');
    expect(q2.text).not.toContain('said');
  });

  it('a third quotation right after the continuation names the first claim too', () => {
    const text =
      'Harbor\n\n“The tide tables are wrong,” Ms. Okafor said. “We measured the channel twice.” “Nobody checked our numbers.”';
    const [q1, q2, q3] = claimsOf(text);
    expect(q2.continues).toBe(q1.id);
    expect(q3.continues).toBe(q1.id);
  });

  it('a quotation opening the next paragraph is a new statement', () => {
    const text =
      'Harbor\n\n“The tide tables are wrong,” Ms. Okafor said.\n\n“We measured the channel twice last spring and found it shallower.”';
    const claims = claimsOf(text);
    expect(claims.every((c) => c.continues === undefined)).toBe(true);
  });
});

describe('a continued statement whose first claim is cut is no longer linked', () => {
  it('boundBrief drops `continues` when the claim it names is not in the brief', () => {
    const text = 'Harbor\n\n“The tide tables are wrong,” Ms. Okafor said. “We measured the channel twice last spring.”';
    const b = brief({ text });
    const [, q2] = b.claims;
    expect(q2.continues).toBeDefined();
    const cut = boundBrief({ ...b, claims: [q2] }, 10_000);
    expect(cut.claims[0].continues).toBeUndefined();
    expect(cut.claims[0].text).toBe(q2.text);
    expect(boundBrief(b, 10_000).claims[1].continues).toBe(b.claims[0].id);
  });
});

describe('content/next-subject-report: content ends where another subject reports', () => {
  const texts = (text: string) => claimsOf(text).map((c) => `${c.speaker?.name}: ${c.text}`);

  it('", and Y is promising ...", ", while Y said ..." are reports of their own', () => {
    const text =
      'Ferries\n\nHarbormaster Ines Falk has vowed to restore the night ferry, and Councillor Ada Lind is promising to pay for it. ' +
      'Most sailors said the crossing was safe, while 40 percent said the same of the old pier.';
    const claims = texts(text);
    expect(claims).toContain('Ines Falk: to restore the night ferry');
    expect(claims.some((c) => c.includes('the night ferry, and'))).toBe(false);
    expect(claims.some((c) => c.endsWith('the crossing was safe'))).toBe(true);
  });

  it('"X said A and the pilots accused B": the second subject’s report is not part of A', () => {
    const text =
      'Ferries\n\nHarbormaster Ines Falk said the schedule was late and the pilots accused the board of stalling.';
    const claims = texts(text);
    expect(claims).toContain('Ines Falk: the schedule was late');
  });

  it('a subject of the content itself, or a comma closing a "when" clause, does not end it', () => {
    const text =
      'Ferries\n\nHarbormaster Ines Falk said Ana Ruiz and Tom Berg claim the schedule was late. ' +
      'Councillor Ada Lind said that when the vote came, the pilots rejected the plan.';
    const claims = texts(text).join('\n');
    expect(claims).toContain('Ana Ruiz and Tom Berg claim the schedule was late');
    expect(claims).toContain('when the vote came, the pilots rejected the plan');
  });
});

describe('claims/continues-statement: a cue participle introduces a statement of its own', () => {
  it('"“Q1,” X said, adding later, “Q2.”" leaves the second quotation unlinked', () => {
    const text =
      'Harbor\n\n“The tide tables are wrong,” Ms. Okafor said, adding later, “The channel is shallower than the charts say.”';
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(claims.every((c) => c.continues === undefined)).toBe(true);
  });
});
