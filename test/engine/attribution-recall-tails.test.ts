/**
 * Claims whose cue comes late or whose content goes on after the cue clause (issue 16, recall),
 * each with a made-up article and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a finding verb closing its sentence (cue/trailing-finding)', () => {
  it('reads "S, a review by X shows." as the review finding S', () => {
    const c = claimWith(
      claimsOf(
        'The ferry board met on Monday. Repairs to the north pier ran two years late, a review by the harbor auditor shows.',
      ),
      'north pier',
    );
    expect(c.text).toBe('Repairs to the north pier ran two years late');
    expect(c.cue).toBe('shows');
    expect(c.speaker?.name).toContain('review');
  });

  it('leaves a clause of its own out ("..., as the footage showed.")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. The queue had cleared before dawn, as the camera footage showed.',
    );
    expect(claims.filter((c) => c.text.includes('queue'))).toEqual([]);
  });

  it('needs an evidence noun after the comma ("..., the ferry finally showed.")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. Passengers waited for hours, and the ferry finally showed.',
    );
    expect(claims.filter((c) => c.text.includes('Passengers'))).toEqual([]);
  });
});

describe('claims: the content going on after its cue clause (content/cue-clause-continues)', () => {
  const text =
    'The ferry board met on Monday. Fares rose by a fifth, the board said in a yearly report, and ridership fell for a third year. Staff were not surprised.';

  it('keeps a channel noun in the cue clause ("said in a yearly report")', () => {
    const claims = claimsOf(text);
    expect(claimWith(claims, 'Fares').text).toBe('Fares rose by a fifth');
    expect(claims.filter((c) => c.text.includes('yearly report'))).toEqual([]);
  });

  it('makes the rest after ", and" a claim of the same statement', () => {
    const claims = claimsOf(text);
    const head = claimWith(claims, 'Fares');
    const rest = claimWith(claims, 'ridership');
    expect(rest.text).toBe('ridership fell for a third year');
    expect(rest.speaker?.name).toBe(head.speaker?.name);
    expect(rest.continues).toBe(head.id);
  });

  it('keeps a subordinator with the rest ("..., the skipper said, until ...")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. The old dock was safe, the skipper said, until the winter storms cracked its pilings.',
    );
    const rest = claimWith(claims, 'winter storms');
    expect(rest.text).toBe('until the winter storms cracked its pilings');
    expect(rest.continues).toBe(claimWith(claims, 'old dock').id);
  });
});

describe('claims: a quotation after its cue clause and a joiner (quotation/cue-before)', () => {
  it('reads \'"Q1," X said, but "Q2."\' as one statement of X', () => {
    const claims = claimsOf(
      'The skipper docked at noon. "The crossing was rough," she said, but "the new hull held up in every swell."',
    );
    const second = claimWith(claims, 'new hull');
    expect(second.speaker?.name).toBe(claimWith(claims, 'crossing was rough').speaker?.name);
    expect(second.continues).toBe(claimWith(claims, 'crossing was rough').id);
  });

  it('drops "and still" between the comma and the quotation', () => {
    const claims = claimsOf(
      'The skipper docked at noon. Her crew "lost two sails," she said, and still "made port before the tide turned."',
    );
    expect(claimWith(claims, 'made port').continues).toBe(claimWith(claims, 'lost two sails').id);
  });

  it('needs the comma before the joiner', () => {
    const claims = claimsOf('The skipper docked at noon and "the crew cheered loudly for the captain."');
    expect(claims.filter((c) => c.text.includes('crew cheered'))).toEqual([]);
  });
});

describe('claims: an occasion phrase between the speaker and the cue (speaker-phrase channelBeforeCue)', () => {
  it('leaves "in a radio interview" out of the speaker', () => {
    const c = claimWith(
      claimsOf(
        'The ferry board met on Monday. Captain Ines Moreau in a radio interview said the ferry would sail again in June.',
      ),
      'sail again',
    );
    expect(c.speaker?.name).toBe('Ines Moreau');
  });

  it('keeps a place phrase that is no occasion ("The pilots at the north dock said")', () => {
    const c = claimWith(
      claimsOf('The ferry board met on Monday. The pilots at the north dock said the ferry would sail again in June.'),
      'sail again',
    );
    expect(c.speaker?.name).toContain('north dock');
  });
});

describe('claims: a cue clause after a noun phrase closing the sentence (content/trailing-cue-clause)', () => {
  it('ends the inner claim before ", aides said." and keeps the outer report', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. The captain warned that the hull was cracking, deckhands said. Repairs begin soon.',
    );
    expect(claimWith(claims, 'hull').text).not.toContain('deckhands');
    const outer = claims.find((c) => c.text.startsWith('The captain warned'));
    expect(outer?.speaker?.name).toBe('deckhands');
  });

  it('leaves a relative clause after the comma alone (", who says ...")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. The board thanked the captain, who says the hull will hold all winter.',
    );
    expect(claimWith(claims, 'hull will hold').text).toBe('the hull will hold all winter');
  });
});

describe('claims: the new tails keep their limits', () => {
  it('leaves the auxiliary out of a trailing finder ("..., an investigation by the board has concluded.")', () => {
    const c = claimWith(
      claimsOf(
        'The ferry board met on Monday. The engine fire was an accident, an investigation by the harbor board has concluded.',
      ),
      'engine fire',
    );
    expect(c.speaker?.name).not.toContain('has');
  });

  it('reads ", both wild claims." after reported content as the writer\'s own words', () => {
    const c = claimWith(
      claimsOf(
        'The ferry board met on Monday. He said the engine fixed itself and the fire went out alone, both wild claims.',
      ),
      'engine fixed itself',
    );
    expect(c.text).toContain('both wild claims');
  });

  it('does not make a relative clause after ", but" a rest of its own ("who think so, but whom ...")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. I am sure there are many sailors, too, who think alike, but whom I have never met.',
    );
    expect(claims.filter((c) => c.text.startsWith('whom'))).toEqual([]);
  });
});
