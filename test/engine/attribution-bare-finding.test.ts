/**
 * Finding and feeling verbs without "that" (PolNeAR dev recall, issue 16): "a panel found the
 * ministry was in breach" reports a finding; "found the keys in a drawer" does not.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a finding verb before a bare clause (bare-finding-clause)', () => {
  it('takes a short subject and a finite auxiliary after "found" or "felt" as the finding', () => {
    const claims = claimsOf(
      'The ferry contract was signed in 2009. An appeals panel in 2014 found the harbor authority was in breach of it. Mayor Ann Ross felt the board had been too lenient.',
    );
    const found = claimWith(claims, 'harbor authority');
    expect(found.text).toBe('the harbor authority was in breach of it');
    expect(found.speaker?.name).toBe('An appeals panel');
    const felt = claimWith(claims, 'too lenient');
    expect(felt.text).toBe('the board had been too lenient');
    expect(felt.speaker?.name).toBe('Ann Ross');
  });

  it('takes "there" and a pronoun as the clause subject', () => {
    const claims = claimsOf('The inspectors checked the dock logs. They found there had been nine missed sailings.');
    expect(claimWith(claims, 'nine missed sailings').text).toBe('there had been nine missed sailings');
  });

  it('leaves objects, relative clauses and inferences alone', () => {
    const claims = claimsOf(
      'The inspectors found the keys in a drawer. The board could not find a single clerk who would sign. The long delay shows the ferry company is struggling.',
    );
    expect(claims.filter((c) => /keys|clerk|struggling/.test(c.text))).toEqual([]);
  });
});

describe('claims: a person who reveals or indicates (cue/disclosure-clause)', () => {
  it('takes the bare clause after "revealed" or "indicated" when a person or a name is the subject', () => {
    const claims = claimsOf(
      'Dana Pike ran the harbor board for a decade. Ms. Pike has revealed she signed the lease herself. The board chair indicated the vote would be delayed. Harborline revealed its ferries had failed inspection.',
    );
    const revealed = claimWith(claims, 'signed the lease');
    expect(revealed.text).toBe('she signed the lease herself');
    expect(revealed.cue).toBe('revealed');
    expect(revealed.speaker?.name).toBe('Dana Pike');
    expect(claimWith(claims, 'failed inspection').speaker?.name).toBe('Harborline');
    expect(claimWith(claims, 'the vote would be delayed').speaker?.name).toBe('The board chair');
  });

  it('leaves a fact as subject, "showed", and a noun with its relative clause alone', () => {
    const claims = claimsOf(
      'The long delay revealed the board was divided. Ms. Pike showed she could win. Ms. Pike revealed the code Ben had hidden in the file.',
    );
    expect(claims.filter((c) => /divided|could win|Ben had hidden/.test(c.text))).toEqual([]);
  });
});
