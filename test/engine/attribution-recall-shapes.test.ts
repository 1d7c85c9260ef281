/**
 * Claims in shapes the PolNeAR dev misses showed as classes (issue 16, recall), each with a
 * made-up article and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a cue participle opening its sentence (cue/fronted-participle)', () => {
  it('gives what the participle cites or claims to the main clause subject', () => {
    const claims = claimsOf(
      'The harbor board met on Tuesday. Claiming the ferry count had been rigged, Mayor Anna Lund demanded a recount. Citing a leaked audit, she cancelled the contract.',
    );
    const claimed = claimWith(claims, 'ferry count');
    expect(claimed.text).toBe('the ferry count had been rigged');
    expect(claimed.speaker?.name).toBe('Anna Lund');
    const cited = claimWith(claims, 'leaked audit');
    expect(cited.text).toBe('a leaked audit');
    expect(cited.speaker?.name).toBe('Anna Lund');
  });

  it('takes a group subject without the adverb before its verb, and the phrase is no said clause', () => {
    const claims = claimsOf(
      'The ferry ran late again. Lamenting the long delays, commuters often write to the council.',
    );
    const c = claimWith(claims, 'long delays');
    expect(c.text).toBe('the long delays');
    expect(c.speaker?.name).toBe('commuters');
    expect(claims.filter((x) => x.text.includes('Lamenting'))).toEqual([]);
  });

  it('reads a title before a relative clause as a noun phrase, not a participle ("Attacking midfielder X, who ...")', () => {
    const claims = claimsOf(
      'The club won again. Attacking midfielder Tom Reyes, who joined from a rival club, said the team was ready.',
    );
    expect(claims.filter((c) => c.text.includes('Tom Reyes'))).toEqual([]);
  });

  it('needs a subject that can speak, with its verb after it', () => {
    const claims = claimsOf(
      'The ferry ran late again. Noting the fog, the timetable was changed. Citing the fog, and the wind, nobody sailed.',
    );
    expect(claims.filter((c) => c.text.includes('fog'))).toEqual([]);
  });
});

describe('claims: a cue on the document its subject put out (cue/document-cue)', () => {
  it('gives the participle after the document to the one who put it out', () => {
    const claims = claimsOf(
      'The pier closed in May. Mayor Ann Ross unleashed a series of posts early Friday saying that the council had hidden the repair bill. Dozens of parents sent a letter to the harbor board urging it to reopen the pier.',
    );
    const posts = claimWith(claims, 'repair bill');
    expect(posts.text).toBe('the council had hidden the repair bill');
    expect(posts.speaker?.name).toBe('Ann Ross');
    const letter = claimWith(claims, 'reopen');
    expect(letter.speaker?.name).toBe('Dozens of parents');
  });

  it('reads "a letter ... that says" and "wrote an essay ... arguing" the same way', () => {
    const claims = claimsOf(
      'The pier closed in May. Senator Hal Brody released a letter from his doctor on Friday that says he is fit to serve. He wrote an essay in 2019 arguing that the pier was unsafe.',
    );
    expect(claimWith(claims, 'fit to serve').speaker?.name).toBe('Hal Brody');
    const essay = claimWith(claims, 'unsafe');
    expect(essay.text).toBe('the pier was unsafe');
    expect(essay.speaker?.name).toBe('Hal Brody');
  });

  it('gives a body named by its head noun ("The ministry issued a statement saying") the claim, not the statement', () => {
    const claims = claimsOf(
      'The pier closed in May. The ministry issued a statement saying that the pier was safe. The campaign sent a memo warning that turnout was low.',
    );
    expect(claimWith(claims, 'pier was safe').speaker?.name).toBe('The ministry');
    expect(claimWith(claims, 'turnout').speaker?.name).toBe('The campaign');
  });

  it('leaves a document that names its own author to that author', () => {
    const claims = claimsOf(
      'The pier closed in May. Lawyers submitted a letter from the Port Authority saying that the pier was closed for good.',
    );
    expect(claimWith(claims, 'for good').speaker?.name).not.toBe('Lawyers');
  });
});

describe('claims: a report in the passive naming nobody (cue/agentless-passive)', () => {
  it('makes the clause a claim with no speaker', () => {
    const claims = claimsOf(
      'The ferry company lost money again. Its director was accused of hiding the losses from the board. The old pier is widely thought to be unsafe in storms, but the council disagrees.',
    );
    const accused = claimWith(claims, 'hiding the losses');
    expect(accused.text).toBe('Its director was accused of hiding the losses from the board');
    expect(accused.speaker).toBeNull();
    const thought = claimWith(claims, 'unsafe');
    expect(thought.text).toBe('The old pier is widely thought to be unsafe in storms');
    expect(thought.speaker).toBeNull();
  });

  it('leaves passives that name their speaker, schedules and relative clauses alone', () => {
    const claims = claimsOf(
      'The ferry company lost money again. The director had been accused of “hiding the losses,” Mayor Ann Ross said. The vote is expected to slip to June. The board fired two clerks who were accused of fraud.',
    );
    expect(claims.filter((c) => c.speaker === null)).toEqual([]);
  });
});

describe('claims: speaking out, and speech summarised in the perfect (speak out, spoken of/about)', () => {
  it('reads "spoke out on Tuesday about X" and "has spoken about X" as what was said', () => {
    const claims = claimsOf(
      'A cyclist died on Main Street last week. Mayor Ann Ross spoke out Tuesday about the lack of bike lanes. Her deputy has spoken about the need for lower speed limits.',
    );
    expect(claimWith(claims, 'bike lanes').speaker?.name).toBe('Ann Ross');
    expect(claimWith(claims, 'speed limits').text).toBe('the need for lower speed limits');
  });

  it('needs the frame: "spoke out, saying S" gives S only', () => {
    const claims = claimsOf('A cyclist died on Main Street. Mayor Ann Ross spoke out, saying the street was unsafe.');
    expect(claims.map((c) => c.text)).toEqual(['the street was unsafe']);
  });
});

describe('claims: a cue participle after "by" in an embedded clause (cue/participle-embedded-subject)', () => {
  it('gives "whether Mayor Lee broke the rules by warning residents ..." to the mayor, not the board', () => {
    const c = claimWith(
      claimsOf('The board is looking into whether Mayor Ann Lee broke the rules by warning residents of a closure.'),
      'residents',
    );
    expect(c.speaker?.name).toBe('Ann Lee');
  });

  it('still gives "spoke on Monday, saying ..." to the sentence subject', () => {
    expect(claimWith(claimsOf('The council spoke on Monday, saying the toll would rise.'), 'toll').speaker?.name).toBe(
      'The council',
    );
  });
});

describe('claims: "..., writing that ..." and the cue before it', () => {
  it('reads "writing that" after a comma as a participle cue of the sentence subject', () => {
    const c = claimWith(
      claimsOf(
        'Mayor Ann Lee posted the warning to Twitter on Saturday, writing that “several pilots” told her the pier would close.',
      ),
      'the pier would close',
    );
    expect(c.speaker?.name).toBe('Ann Lee');
  });

  it('gives a stance cue right before ", writing that" no content: the participle has it', () => {
    const claims = claimsOf(
      'Ann Lee has warned against the kind of toll Ben Okafor is calling for, writing that the pilots will leave the port.',
    );
    expect(claimWith(claims, 'will leave the port').speaker?.name).toBe('Ann Lee');
    expect(claims.filter((c) => c.speaker?.name === 'Ben Okafor')).toEqual([]);
  });

  it('gives a cue in a fronted clause that ends at its comma no content ("While X apologized, he ...")', () => {
    const claims = claimsOf(
      'While Mayor Ann Lee later apologized, she kept the toll, denying that it hurt the pilots.',
    );
    expect(claims.map((c) => c.text)).toEqual(['it hurt the pilots']);
  });
});
