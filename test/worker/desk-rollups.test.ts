/**
 * The summary's rollups (migrations/0003) stay exact through publishes, re-publishes that move an
 * article to another section or day, and deletes: each equals the grouping of the row tables it
 * stands for, and the summary read from them equals the one grouped from the rows.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/briefing';
import { DeskStore } from '../../src/desk/store';
import { call } from './helpers';

const QUOTED = (tag: string) =>
  `"We will rebuild the harbour," Mayor Jane Smith said on Monday (${tag}).\n\n` +
  `"The damage is severe," said John Carter, the port director. Officials said, speaking on condition of anonymity, that repairs would take months. "It was severe," Jane Smith said.`;
const ONE = (tag: string) => `"Prices will fall," said Mary Jones, an economist (${tag}).`;

/** Rows of `a` not in `b` and of `b` not in `a`: both empty when the rollup is exact. */
async function difference(rollup: string, recomputed: string): Promise<unknown[]> {
  const both = await env.DESK.batch([
    env.DESK.prepare(`${rollup} EXCEPT ${recomputed}`),
    env.DESK.prepare(`${recomputed} EXCEPT ${rollup}`),
  ]);
  return both.flatMap((r) => r.results);
}

describe('desk rollups', () => {
  it('equal the grouped rows after publishes, moves and deletes', async () => {
    const source = `u${crypto.randomUUID().slice(0, 8)}`;
    const put = (id: string, text: string, section: string, day: string) =>
      briefArticle(
        env,
        { origin: 'batch', source, id },
        { text, section, publishedAt: `${day}T10:00:00Z`, authors: ['Ana Ruiz'] },
      );
    await put('a', QUOTED(`${source}a`), 'Metro', '2026-01-05');
    await put('b', QUOTED(`${source}b`), 'Metro', '2026-01-05');
    await put('c', ONE(`${source}c`), 'Sport', '2026-01-06');
    await put('b', ONE(`${source}b2`), 'Sport', '2026-02-01'); // re-published: other text, section, day
    await new DeskStore(env.DESK).remove(source, 'a');
    await put('d', QUOTED(`${source}d`), 'Metro', '2026-01-07');

    const totals = `SELECT source, section, day, articles, words, claims, anonymous_claims, with_anonymous,
      single_source, author_voice_caveats, female_people, male_people, unknown_people FROM desk_day_totals`;
    const totalsFromRows = `SELECT source, COALESCE(section, ''), day, COUNT(*), SUM(words), SUM(claims),
      SUM(anonymous_claims), SUM(anonymous_claims > 0), SUM(single_source), SUM(author_voice_caveats),
      SUM(female_people), SUM(male_people), SUM(unknown_people) FROM desk_articles GROUP BY 1, 2, 3`;
    expect(await difference(totals, totalsFromRows)).toEqual([]);

    const speakers = 'SELECT source, section, speaker_key, claims, articles FROM desk_speaker_rollup';
    const speakersFromRows = `SELECT source, COALESCE(section, ''), speaker_key, COUNT(*), COUNT(DISTINCT article)
      FROM desk_claims GROUP BY 1, 2, 3`;
    expect(await difference(speakers, speakersFromRows)).toEqual([]);

    const sources = 'SELECT source, section, name_key, anonymous, articles FROM desk_source_rollup';
    const sourcesFromRows = `SELECT source, COALESCE(section, ''), name_key, MAX(anonymous), COUNT(DISTINCT article)
      FROM desk_sources GROUP BY 1, 2, 3`;
    expect(await difference(sources, sourcesFromRows)).toEqual([]);

    // The summary from the rollups (no day range) equals the one grouped from the rows (a day range
    // covering everything sends speakers and sources to the row tables).
    const read = async (query: string) => {
      const res = await call(`/v1/desk/summary?source=${source}${query}`);
      expect(res.status).toBe(200);
      return res.json();
    };
    const rolled = (await read('')) as { articles: number; speakers: { name: string; claims: number }[] };
    expect(rolled.articles).toBe(3);
    expect(rolled.speakers.find((s) => s.name === 'Jane Smith')).toMatchObject({ claims: 2, articles: 1 });
    expect(await read('&from=1900-01-01&to=2999-12-31')).toEqual(rolled);
    expect(await read('&section=Sport')).toEqual(await read('&section=Sport&from=1900-01-01'));
  });
});
