import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';
import { filterFurniture } from '../../src/engine/furniture-filter';
import type { Claim } from '../../src/schema/brief';

// Made-up articles: real reporting (a named official who says something) with one kind of page
// furniture around it (text/furniture-credits.ts); the furniture must yield no actor, claim or caveat.

const TITLE = 'Ferry Service Returns After Storm';
const BODY =
  'Harbour master Ilse Varnhagen said the ferry to Merrow Island would run again on Saturday.\n' +
  'The operator repaired the landing stage this week, according to a statement from the council.';

function furnitureOf(text: string) {
  return analyse(text).furniture.map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end) }));
}

function expectNothingFrom(text: string, part: string) {
  const start = text.indexOf(part);
  const end = start + part.length;
  const b = brief({ text });
  const within = (r: { start: number; end: number }) => r.start < end && r.end > start;
  expect({
    actors: b.actors.filter((a) => a.mentions.every((m) => m.start >= start && m.end <= end)).map((a) => a.name),
    claims: b.claims.filter(within).map((c) => c.text),
    caveats: b.caveats.filter(within).map((k) => k.text),
  }).toEqual({ actors: [], claims: [], caveats: [] });
  expect(b.claims.some((c) => c.speaker?.name.includes('Varnhagen'))).toBe(true);
}

describe('page furniture: credit lines, captions, bare embed credits, sign-up boxes', () => {
  it('takes wire reporter lines ("<Name> reported from <Place>.") as bylines: the reporters are no actors', () => {
    const credit = 'Tomlinson Reyes reported from Port Talbot.\nOkafor reported from Lagos.';
    const text = `${TITLE}\n\n${BODY}\n${credit}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'byline', text: credit });
    expectNothingFrom(text, credit);
  });

  it('takes a contributor line ("... contributed to this report.") as a byline', () => {
    const credit = 'Associated Press writers Marta Quell in Denver and Ivo Brandt in Omaha contributed to this report.';
    const text = `${TITLE}\n\n${BODY}\n${credit}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'byline', text: credit });
    expectNothingFrom(text, credit);
  });

  it('keeps a sentence about reporting that is no credit line', () => {
    const line = 'Local radio reported from the harbour that queues had formed by dawn.';
    const text = `${TITLE}\n\n${BODY}\n${line}`;
    expect(furnitureOf(text).map((f) => f.text)).not.toContain(line);
  });

  it('takes a credit in parentheses on its own line, and the one-sentence caption above a photo credit', () => {
    const caption = 'Passengers queue at the Merrow Island landing stage in Westhaven on Jan 4, 2019.';
    const text = `${TITLE}\n\n${caption}\n(AP file photo)\n${BODY}\n(Video Vimeo/HarbourTV)\nMore sailings are planned.`;
    const kinds = furnitureOf(text);
    expect(kinds).toContainEqual({ kind: 'credit', text: `${caption}\n(AP file photo)` });
    expect(kinds).toContainEqual({ kind: 'credit', text: '(Video Vimeo/HarbourTV)' });
    expectNothingFrom(text, `${caption}\n(AP file photo)`);
    expectNothingFrom(text, '(Video Vimeo/HarbourTV)');
  });

  it('does not take the body line above a video credit for a caption', () => {
    const text = `${TITLE}\n\n${BODY}\nThe crossing takes forty minutes.\n(Video Vimeo/HarbourTV)\nMore sailings are planned.`;
    expect(furnitureOf(text).map((f) => f.text)).not.toContain('The crossing takes forty minutes.');
  });

  it('takes an embed credit line without its dash ("Name (@handle) date") and the post above it', () => {
    const post = 'Best news all week!!! The ferry is back and so are we!!!';
    const credit = 'Merrow Walkers (@MerrowWalkers) March 2, 2019';
    const text = `${TITLE}\n\n${BODY}\n${post}\n${credit}\nThe council thanked the crews.`;
    const kinds = furnitureOf(text);
    expect(kinds).toContainEqual({ kind: 'embed-credit', text: credit });
    expect(kinds).toContainEqual({ kind: 'embed', text: post });
    expectNothingFrom(text, `${post}\n${credit}`);
  });

  it('takes a sign-up box that opens with its imperative as a newsletter box', () => {
    const box =
      'Sign up for the Coastal Weekly Digest — the most useful and surprising stories from every harbour town, in your inbox.';
    const text = `${TITLE}\n\n${BODY}\n${box}\nMore sailings are planned.`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'newsletter', text: box });
    expectNothingFrom(text, box);
  });

  it('takes the headline printed again in the body as a headline: its vocative is no actor', () => {
    const title = 'How Do You Like Paying For Ferry Repairs Twice, Westhaven?';
    const text = `${title}\n\n${title}\n\n${BODY}`;
    const again = text.indexOf(title, 1);
    const headlines = analyse(text).furniture.filter((f) => f.kind === 'headline');
    expect(headlines.some((f) => f.start <= again && f.end >= again + title.length)).toBe(true);
    const b = brief({ text });
    expect(b.actors.map((a) => a.name)).not.toContain('Westhaven');
  });

  it('drops a quotation that runs across an embedded post’s credit line (two posts, not one claim)', () => {
    const quote =
      '“The timetable is a mess and nobody has fixed it since the storm took the old pier.\n' +
      'Crews wait for hours at the landing stage with no word from the office.\n' +
      'The council should act.....— Jon Prell (@jprell) March 2, 2019\n' +
      '.....before the summer season begins and the visitors come back to the island.\n' +
      'Nobody listens to the crews.”';
    const text = `${TITLE}\n\n${BODY}\n${quote} HARBOUR NEWS — Jon Prell (@jprell) March 2, 2019\nThe council thanked the crews.`;
    const start = text.indexOf(quote);
    // The quotation-pairing step can read both posts as one quotation of a speaker named before.
    const claim: Claim = {
      id: 'c1',
      kind: 'direct',
      cue: null,
      speaker: { name: 'many others', actorId: null, anonymous: false },
      sourceIds: [],
      text: quote,
      start,
      end: start + quote.length,
    };
    const kept = filterFurniture(analyse(text), { actors: [], claims: [claim], sources: [], caveats: [] });
    expect(kept.claims).toEqual([]);
  });
});

describe('page furniture: words read off the line', () => {
  it('reads a Title Case line whose words carry quotes and brackets as a heading, as before', () => {
    const heading = 'Harbour “Reopens” At Last For (Island) Ferries';
    const text = `${TITLE}\n\n${BODY}\n\n${heading}\n\n${BODY}`;
    expect(furnitureOf(text)).toContainEqual({ kind: 'headline', text: heading });
    // A word in lower case inside the marks still makes it prose.
    const prose = 'Harbour “reopens” At Last For (Island) Ferries';
    expect(furnitureOf(`${TITLE}\n\n${BODY}\n\n${prose}\n\n${BODY}`).map((f) => f.text)).not.toContain(prose);
  });

  it('takes a reporter line whose verb is capitalised only as the pattern does', () => {
    const line = 'Okafor REPORTED from Lagos.';
    expect(furnitureOf(`${TITLE}\n\n${BODY}\n${line}`).map((f) => f.text)).not.toContain(line);
  });
});

describe('the author bio closing the page (furniture/closing-bio)', () => {
  const body =
    'Harbour Bridge Repairs Near Completion\n\n' +
    'Mayor Tessa Grindle said the harbour bridge would reopen in March after repairs.\n' +
    'Follow on Twitter: Follow @harbourdesk\n';
  const bio = 'Dana Whitlock is the editor at large of HarbourDesk.com and Pier Weekly.';

  it('takes the last line under a rule line as the author bio', () => {
    const text = `${body}*********************\n${bio}`;
    const f = analyse(text).furniture.map((r) => ({ kind: r.kind, text: text.slice(r.start, r.end) }));
    expect(f).toContainEqual({ kind: 'byline', text: bio });
    expect(brief({ text }).actors.map((a) => a.name)).not.toContain('Dana Whitlock');
  });

  it('leaves the same sentence alone in the body', () => {
    const text = `${body}More rain is expected on Friday.\n${bio}`;
    expect(analyse(text).furniture.some((r) => r.kind === 'byline')).toBe(false);
  });
});

describe('a short reprint line (furniture/reprint-line)', () => {
  const body =
    'Harbour Bridge Repairs Near Completion\n\n' +
    'Mayor Tessa Grindle said the harbour bridge would reopen in March after repairs.\n';

  it('takes "Reprinted from The <Paper>." as furniture, with no actor from it', () => {
    const line = 'Reprinted from The Quayside Ledger.';
    const text = `${body}${line}`;
    const f = analyse(text).furniture.map((r) => ({ kind: r.kind, text: text.slice(r.start, r.end) }));
    expect(f).toContainEqual({ kind: 'copyright', text: line });
    expect(
      brief({ text })
        .actors.map((a) => a.name)
        .join(' '),
    ).not.toContain('Quayside');
  });

  it('leaves a sentence that goes on past the name alone', () => {
    const text = `${body}Reprinted from Dutch sources, the harbour guide was banned.`;
    expect(analyse(text).furniture.some((r) => r.kind === 'copyright')).toBe(false);
  });
});
