import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';
import { findFurniture } from '../../src/engine/text/furniture';
import { Brief } from '../../src/schema/brief';

// Every article here is made up for these tests. Each one has real reporting (a named official
// who says something) wrapped in one kind of page furniture; the brief must keep the reporting and
// take nothing from the furniture.

const TITLE = 'Harbour Bridge Repairs Near Completion';
const BODY =
  'Mayor Tessa Grindle said the harbour bridge would reopen in March after repairs.\n\n' +
  'The city council approved the repair budget on Tuesday, according to a statement from the council.';

function furnitureOf(text: string) {
  return analyse(text).furniture.map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end) }));
}

/** The brief's items that come from inside `part` of `text`. */
function itemsFrom(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in the text: ${part}`);
  const end = start + part.length;
  const b = brief({ text });
  const within = (r: { start: number; end: number }) => r.start >= start && r.end <= end;
  return {
    brief: b,
    actors: b.actors.filter((a) => a.mentions.every(within)).map((a) => a.name),
    claims: b.claims.filter(within).map((c) => c.text),
    caveats: b.caveats.filter(within).map((k) => k.text),
  };
}

/** The body is still briefed: the mayor is an actor and the speaker of her claim. */
function expectBodyBriefed(b: Brief) {
  expect(b.actors.map((a) => a.name)).toContain('Tessa Grindle');
  expect(b.claims.some((c) => c.speaker?.name.includes('Grindle') && c.text.includes('harbour bridge'))).toBe(true);
}

function expectNothingFrom(text: string, part: string) {
  const got = itemsFrom(text, part);
  expect({ actors: got.actors, claims: got.claims, caveats: got.caveats }).toEqual({
    actors: [],
    claims: [],
    caveats: [],
  });
  expectBodyBriefed(got.brief);
  expect(() => Brief.parse(got.brief)).not.toThrow();
}

describe('page furniture', () => {
  it('takes a Title Case headline line in the body as furniture: its words are no actors', () => {
    const furniture = 'Storm Warning Leaves Coastal Villages Cut Off Overnight';
    const text = `Bridge Works Resume\n\n${BODY}\n\n${furniture}\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'headline', text: furniture });
    expectNothingFrom(text, furniture);
  });

  it('takes a shouted ALL CAPS line as furniture, not as an organisation', () => {
    const furniture = 'TOTAL DISASTER AHEAD';
    const text = `${TITLE}\n\n${BODY}\n\n${furniture}\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'headline', text: furniture });
    expectNothingFrom(text, furniture);
  });

  it('keeps a heading that asks a question: that is the author talking', () => {
    const text = `${TITLE}\n\n${BODY}\n\nWHO WILL PAY FOR IT?\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text).map((f) => f.text)).not.toContain('WHO WILL PAY FOR IT?');
  });

  it('takes "By NAME" as a byline; the writer is no actor', () => {
    const furniture = 'By Orla Penhallow';
    const text = `Bridge Works Resume\n\n${furniture}\n\n${BODY}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'byline', text: furniture });
    expectNothingFrom(text, furniture);
  });

  it('does not take a sentence that opens with "By" for a byline', () => {
    const text = `${TITLE}\n\n${BODY}\n\nBy Friday, more than 200 workers had joined the crews, the council said.`;
    expect(furnitureOf(text).some((f) => f.kind === 'byline')).toBe(false);
  });

  it('takes only the dateline part of a wire lead: the city is not the speaker, the sentence is content', () => {
    const text =
      `${TITLE}\n\n` +
      'DUNMORE FALLS (Reuters) - The harbour bridge will reopen in March, Mayor Tessa Grindle said on Monday.\n\n' +
      BODY;
    expect(furnitureOf(text)).toContainEqual({ kind: 'dateline', text: 'DUNMORE FALLS (Reuters) -' });
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).not.toContain('DUNMORE FALLS');
    const lead = b.claims.find((c) => c.start < 120 && c.text.includes('reopen in March'));
    expect(lead?.speaker?.name).toContain('Grindle');
    expectBodyBriefed(b);
  });

  it('takes a shop widget (title, author, prices) as furniture, even run into the next sentence', () => {
    const text =
      `${BODY}\n\nHarbour Tales: A History... Mara Quill Best Price: $5.99 Buy New $45.86 (as of 09:30 EDT - Details) And then the council voted again.\n\n` +
      'Tide Tables Tom Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)';
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual([
      'Harbour Tales: A History... Mara Quill Best Price: $5.99 Buy New $45.86 (as of 09:30 EDT - Details)',
      'Tide Tables Tom Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)',
    ]);
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Harbour Tales']));
    expect(b.actors.map((a) => a.name)).not.toContain('Tom Reyes');
    expect(b.claims.some((c) => c.text.includes('Best Price'))).toBe(false);
    expectBodyBriefed(b);
  });

  it('takes a shop widget with only its buying price ("Buy New $1.99 (as of ... - Details)") as furniture', () => {
    const text = `${BODY}\n\nHarbour Lights: Mara Q... Buy New $1.99 (as of 09:20 EDT - Details)\nThe council voted again.`;
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual(['Harbour Lights: Mara Q... Buy New $1.99 (as of 09:20 EDT - Details)']);
    const b = brief({ text });
    expect(b.claims.some((c) => c.text.includes('Buy New'))).toBe(false);
    expect(b.actors.map((a) => a.name)).not.toContain('Mara Q.');
    // A price in prose is no widget.
    expect(furnitureOf(`${BODY}\n\nShoppers can buy new boats for $1.99 at the harbour.`)).not.toContainEqual(
      expect.objectContaining({ kind: 'widget' }),
    );
  });

  it('starts a shop widget set inline after a quoted sentence where the quotation ends, so the quotation stays a claim', () => {
    const text = `${BODY}\n\nIn the letter the mayor says “The harbour will reopen in March.” Tide Tables Tom Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details) The council voted again.`;
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual(['Tide Tables Tom Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)']);
    expect(brief({ text }).claims.some((c) => c.text.includes('The harbour will reopen in March.'))).toBe(true);
  });

  it('starts a shop box set into prose without a quotation at its title, so the prose before it keeps its claim', () => {
    // Rule furniture/shop-title-run: the run of capitalised title words before the prices, after the last prose word.
    const text = `${BODY}\n\nThe council said it planned a second ferry, using the old pier: Tide Tables of the North: A Hist... Tom H. Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)\nThe ferry will run in May.`;
    expect(furnitureOf(text).filter((f) => f.kind === 'widget')).toEqual([
      {
        kind: 'widget',
        text: 'Tide Tables of the North: A Hist... Tom H. Reyes Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)',
      },
    ]);
    const b = brief({ text });
    const ferry = b.claims.find((c) => c.text.includes('second ferry'));
    expect(ferry?.text).toBe('it planned a second ferry, using the old pier');
    expect(b.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Tide Tables', 'North', 'Tom H. Reyes']));
  });

  it('finds a shop box ending a long paragraph, after the prose it was set into', () => {
    // Rule furniture/shop-box (a long line's tail): only its head was read for one before.
    const prose =
      'The ferry company said the new boats would carry twice as many cars as the old ones, ' +
      'and that the timetable would be printed in the spring once the harbour master had agreed the crossing times, ' +
      'while the council said the fares would stay as they are:';
    const text = `${BODY}\n\n${prose} Harbour Tales: Uncover... Mara Quill Best Price: $2.30 Buy New $3.99 (as of 12:05 EDT - Details)\nThe boats arrive in May.`;
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual(['Harbour Tales: Uncover... Mara Quill Best Price: $2.30 Buy New $3.99 (as of 12:05 EDT - Details)']);
    expect(brief({ text }).claims.some((c) => c.text.includes('Harbour Tales'))).toBe(false);
  });

  it('takes a cut title on the line above a shop box as part of the box', () => {
    // Rule furniture/shop-title-above.
    const text = `${BODY}\n\nTessa Grindle printed the tide tables on her own press.\nTide Tables: A Hist...\nTom Reyes Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details) She had set up the press months earlier, declaring that the tables would be free for every boat.`;
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual(['Tide Tables: A Hist...\nTom Reyes Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details)']);
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Tide Tables']));
    expect(b.claims.find((c) => c.text.includes('free for every boat'))?.speaker?.name).toBe('Tessa Grindle');
  });

  it('ends a sentence at a shop box set inline, so no pronoun after it finds a name in the box and no summary line holds it', () => {
    // A name in the box ("Mara Quill") is nobody the article speaks of; "She" is the mayor.
    const text = `${BODY}\n\nIn the letter the mayor says “The harbour will reopen in March.” Mara Quill the Harbour Wife Best Price: $3.06 Buy New $8.93 (as of 01:15 EDT - Details) She describes the repairs as “long overdue” in the same letter.`;
    const b = brief({ text });
    expect(b.claims.find((c) => c.text.includes('long overdue'))?.speaker?.name).toBe('Tessa Grindle');
    expect(b.summary.some((s) => s.text.includes('Best Price'))).toBe(false);
    const sentences = analyse(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('She describes the repairs as “long overdue” in the same letter.');
  });

  it('takes the short shop call ("<title>... <author> Check Amazon for Pricing.") as furniture, alone or cut into a sentence', () => {
    const text =
      `${BODY}\n\nHarbour Tales: The Long... Mara Quill Check Amazon for Pricing.\n\n` +
      'Why did the council wait so long?\nThe money was late.\nThe plans were lost in the post office for a whole year, ' +
      'and nobody at the town hall ever asked Tide Tables ... Tom Reyes Check Amazon for Pricing.\nwhere they went.';
    expect(
      furnitureOf(text)
        .filter((f) => f.kind === 'widget')
        .map((f) => f.text),
    ).toEqual([
      'Harbour Tales: The Long... Mara Quill Check Amazon for Pricing.',
      '... Tom Reyes Check Amazon for Pricing.',
    ]);
    const names = brief({ text }).actors.map((a) => a.name);
    expect(names.some((n) => n.includes('Amazon') || n.includes('Quill') || n.includes('Reyes'))).toBe(false);
  });

  it('starts a wire lead claim after its dateline, so the claim reads as the speaker said it', () => {
    for (const dateline of ['DUNMORE FALLS (Reuters) - ', 'DUNMORE FALLS — ', 'DUNMORE FALLS, Dec 6 - ']) {
      const text = `${dateline}The harbour bridge will reopen in March, Mayor Tessa Grindle said on Monday.`;
      const lead = brief({ text }).claims.find((c) => c.text.includes('reopen in March'));
      expect(lead?.text).toBe('The harbour bridge will reopen in March');
      expect(text.slice(lead!.start, lead!.end)).toBe(lead!.text);
    }
  });

  it('takes a Title Case dateline with an em dash when it opens the story', () => {
    const text = `${TITLE}\n\nPort Ellery — The harbour bridge will reopen in March, Mayor Tessa Grindle said.\n\n${BODY}`;
    expect(furnitureOf(text)[1]).toEqual({ kind: 'dateline', text: 'Port Ellery —' });
  });

  it('reads each dash dateline shape past its first word, and no prose opening with a dash aside', () => {
    const cases: [string, string | null][] = [
      ['Ellery, Maine — ', 'Ellery, Maine —'],
      ['Ellery (AFP) - ', 'Ellery (AFP) -'],
      ['Ellery Sept. 4 -- ', 'Ellery Sept. 4 --'],
      ['(AFP) - ', '(AFP) -'],
      ['O’NEILL — ', 'O’NEILL —'],
      ['Then — ', null],
      ['The mayor — ', null],
    ];
    for (const [opening, dateline] of cases) {
      const text = `${TITLE}\n\n${opening}the harbour bridge will reopen in March, Mayor Tessa Grindle said.\n\n${BODY}`;
      const found = furnitureOf(text).find((f) => f.kind === 'dateline');
      expect(found?.text ?? null).toBe(dateline);
    }
  });

  it('takes photo and image credits as furniture: no agency, no photographer as an actor', () => {
    for (const furniture of [
      'Workers inspect the damaged span on Monday. (AP Photo/Lina Varga)',
      'Photo: Brannock Kell / Getty Images',
      'Quentin Adeyemi/AFP/Getty Images',
    ]) {
      const text = `${TITLE}\n\n${BODY}\n\n${furniture}\n\nMore rain is expected this weekend.`;
      expect(furnitureOf(text)).toContainEqual({ kind: 'credit', text: furniture });
      expectNothingFrom(text, furniture);
    }
  });

  it('takes an embedded post and its credit line as furniture: never the author voice', () => {
    const post = 'This bridge is an absolute disgrace and everybody knows it!';
    const credit = '— Harbour Watch (@harbourwatch99) March 3, 2025';
    const text = `${TITLE}\n\n${BODY}\n\nResidents were angry online.\n\n${post}\n${credit}\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text)).toEqual(
      expect.arrayContaining([
        { kind: 'embed', text: post },
        { kind: 'embed-credit', text: credit },
      ]),
    );
    expectNothingFrom(text, post);
    expectNothingFrom(text, credit);
  });

  it('splits a post and its "pic.twitter.com" credit on one line', () => {
    const line = 'Crews are on the bridge right now pic.twitter.com/AbC123xyz — Dee Marlow (@deemarlow) May 2, 2024';
    const text = `${TITLE}\n\n${BODY}\n\n${line}`;
    expect(furnitureOf(text)).toEqual(
      expect.arrayContaining([
        { kind: 'embed', text: 'Crews are on the bridge right now' },
        { kind: 'embed-credit', text: 'pic.twitter.com/AbC123xyz — Dee Marlow (@deemarlow) May 2, 2024' },
      ]),
    );
    expectNothingFrom(text, line);
  });

  it('takes every line of a post written over several lines, up to the prose before it', () => {
    const post = [
      'FERRY CANCELLED AGAIN, see the new timetable!',
      'WHY IS NOBODY REPORTING THIS?',
      'The #HarbourFerry mess that the council.',
    ];
    const credit = 'is hiding from us. pic.twitter.com/Xy12ab — Dee Marlow (@deemarlow) May 2, 2024';
    const text = `${TITLE}\n\n${BODY}\nResidents were angry online on Monday evening.\n${post.join('\n')}\n${credit}\nMore rain is expected.`;
    const embedded = furnitureOf(text)
      .filter((f) => f.kind === 'embed')
      .map((f) => f.text)
      .join('\n');
    for (const line of post) expect(embedded).toContain(line);
    expect(embedded).not.toContain('Residents were angry');
    for (const line of post) expectNothingFrom(text, line);
  });

  it('keeps the post author as a source when the credit names them (not as an actor)', () => {
    const text = `${TITLE}\n\n${BODY}\n\nThe bridge will be ready before the summer.\n— Ferry News Daily (@ferrynewsdaily) June 1, 2024`;
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).not.toContain('Ferry News Daily');
  });

  it('takes a video player strip (watched, replay, must watch, running time) as furniture', () => {
    const strip =
      'JUST WATCHED Ferry crews must finish the pier before spring Replay More Videos ... MUST WATCH Ferry crews must finish the pier before spring 01:45';
    const text = `${TITLE}\n\n${BODY}\n${strip}\nMore rain is expected this weekend.`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'widget', text: strip });
    expectNothingFrom(text, strip);
  });

  it('takes an Instagram credit as furniture', () => {
    const credit = 'A post shared by Coastal Cafe (@coastalcafe) on Jun 4, 2024 at 9:12am PDT';
    const text = `${TITLE}\n\n${BODY}\n\n${credit}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'embed-credit', text: credit });
    expectNothingFrom(text, credit);
  });

  it('takes a poll widget (prompt, short options, vote) as furniture: its options are no people', () => {
    const poll =
      'Should the council have closed the bridge?\nYes, safety first\nNo, it hurt local shops\nNot sure\nVote now';
    const text = `${TITLE}\n\n${BODY}\n\n${poll}\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text).filter((f) => f.kind === 'widget')).toHaveLength(1);
    expectNothingFrom(text, poll);
  });

  it('does not take a question followed by two short answers in prose for a poll', () => {
    const text = `${TITLE}\n\n${BODY}\nWhy does it matter?\nThe bridge carries the buses.\nAnd the ferry traffic.`;
    expect(furnitureOf(text).some((f) => f.kind === 'widget')).toBe(false);
  });

  it('takes a newsletter box as furniture', () => {
    const box =
      'Sign up for our Harbour Morning newsletter to get updates in your inbox.\nYou can unsubscribe at any time.';
    const text = `${TITLE}\n\n${BODY}\n\n${box}\n\nMore rain is expected this weekend.`;
    expect(furnitureOf(text).map((f) => f.kind)).toContain('newsletter');
    expectNothingFrom(text, box);
  });

  it('takes a paywall box ("Already a subscriber?") as furniture, not a rhetorical question', () => {
    const box =
      'Support our journalism. Please consider subscribing today.\nGet full access to our reporting and stories for 99 cents a week.\nAlready a subscriber?\nYour support makes our work possible.';
    const text = `${TITLE}\n\n${BODY}\n${box}\nMore rain is expected this weekend.`;
    expect(furnitureOf(text).map((f) => f.kind)).toContain('newsletter');
    expectNothingFrom(text, 'Already a subscriber?');
  });

  it('takes a comment form as furniture: its notes are not the author opining', () => {
    const form =
      'Leave a comment\nYour email address will not be published.\nName *\nEmail *\nWebsite This field should be left unchanged.';
    const text = `${TITLE}\n\n${BODY}\n\n${form}`;
    expect(furnitureOf(text).map((f) => f.kind)).toEqual(['headline', 'comment-form']);
    expectNothingFrom(text, form);
  });

  it('takes related and read-more links as furniture', () => {
    for (const furniture of [
      'READ MORE: Ferry Operator Warns Of Summer Delays',
      'Related: Council Names New Harbour Chief',
    ]) {
      const text = `${TITLE}\n\n${BODY}\n\n${furniture}\n\nMore rain is expected this weekend.`;
      expect(furnitureOf(text)).toContainEqual({ kind: 'related', text: furniture });
      expectNothingFrom(text, furniture);
    }
  });

  it('takes a run of share buttons as furniture', () => {
    const furniture = '1.2k Shares Facebook Twitter Email';
    const text = `${TITLE}\n\n${furniture}\n\n${BODY}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'share', text: furniture });
    expectNothingFrom(text, furniture);
  });

  it('takes copyright and distribution lines as furniture', () => {
    for (const furniture of [
      '© 2025 Harbour Gazette Media Group. All rights reserved.',
      'Republished with permission from Dunmore Weekly Press.',
      // Cue patterns are tried only on lines holding one of their words, in any case.
      'THIS STORY MAY NOT BE REPUBLISHED OR REDISTRIBUTED.',
    ]) {
      const text = `${TITLE}\n\n${BODY}\n\n${furniture}`;
      expect(furnitureOf(text)).toContainEqual({ kind: 'copyright', text: furniture });
      expectNothingFrom(text, furniture);
    }
  });

  it('takes a short label line ("Advertisement") as furniture, but not a list of short lines', () => {
    expect(furnitureOf(`${TITLE}\n\n${BODY}\n\nAdvertisement\n\nMore rain is expected.`)).toContainEqual({
      kind: 'label',
      text: 'Advertisement',
    });
    const list = `${TITLE}\n\n${BODY}\nThe closures hit three towns:\nDunmore\nPort Ellery\nKessock Bay`;
    expect(furnitureOf(list).some((f) => f.kind === 'label')).toBe(false);
  });

  it('keeps the claims and caveats of the article title: the title is the outlet speaking', () => {
    const text = `Mayor Grindle Says Bridge Fiasco Will End In March\n\n${BODY}`;
    const b = brief({ text });
    expect(b.furniture?.[0]).toEqual({ kind: 'headline', start: 0, end: text.indexOf('\n') });
    expectBodyBriefed(b);
  });

  it('lists the furniture in the brief, in text order, within the schema', () => {
    const text = `${TITLE}\n\nBy Orla Penhallow\n\n${BODY}\n\nAdvertisement\n\n© 2025 Harbour Gazette Media Group.`;
    const b = brief({ text });
    expect(b.furniture?.map((f) => f.kind)).toEqual(['headline', 'byline', 'label', 'copyright']);
    expect(() => Brief.parse(b)).not.toThrow();
    expect(brief({ text: BODY.replace('\n\n', ' ') }).furniture).toBeUndefined();
  });

  it('reads a long text in linear time (twice the text, about twice the time)', () => {
    const unit = `${BODY}\nTOTAL DISASTER AHEAD\nBy Orla Penhallow\nShould we?\nYes\nNo\n— A (@a) May 2, 2024\n`;
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) findFurniture(text, null);
      return performance.now() - t0;
    };
    time(200);
    const small = time(1000);
    const large = time(4000);
    expect(large / small).toBeLessThan(12);
  });
});
