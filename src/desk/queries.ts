/**
 * The desk's reads: the summary, the article rows (keyset-paged) and the speakers (keyset-paged).
 * Every filter is a bound parameter; sort columns come from a fixed table, never from the request.
 *
 * Filters: `source`, `section` and `from`/`to` (inclusive days, on the published time, else the
 * briefed time) are copied onto claim and source rows, so the top-20 groupings read one table by
 * its `day` index; `author` needs the article's authors, so it adds an IN over desk_authors.
 * `speaker` (the articles that quote a speaker) and `cited` (the articles that name a source) add an
 * IN over desk_claims / desk_sources by the case-folded name, as the summary groups them.
 */
import { nameKey } from './rows';

export interface DeskFilters {
  source?: string;
  from?: string;
  to?: string;
  author?: string;
  section?: string;
  /** A speaker's name, case-folded: only the articles that quote them. */
  speaker?: string;
  /** A source's name, case-folded: only the articles that cite it. */
  cited?: string;
}

/** Filters that pick articles by their rows (authors, claims, sources), which no rollup knows. */
const byArticleRows = (filters: DeskFilters) => !!(filters.author || filters.speaker || filters.cited);

/**
 * WHERE clause and its parameters over a table (`alias`) with source/day/section columns and the
 * article's integer id in `articleCol`.
 */
function where(filters: DeskFilters, alias: string, articleCol: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(`${alias}.${sql}`);
    params.push(value);
  };
  if (filters.source) add('source = ?', filters.source);
  if (filters.section) add('section = ?', filters.section);
  if (filters.from) add('day >= ?', filters.from);
  if (filters.to) add('day <= ?', filters.to);
  if (filters.author) {
    // IN, not a correlated EXISTS: the planner starts from the author's index entries (a few hundred
    // articles) instead of testing every row of the table.
    parts.push(`${articleCol} IN (SELECT au.article FROM desk_authors au WHERE au.name_key = ?)`);
    params.push(filters.author.trim().toLowerCase());
  }
  if (filters.speaker) {
    parts.push(`${articleCol} IN (SELECT sc.article FROM desk_claims sc WHERE sc.speaker_key = ?)`);
    params.push(nameKey(filters.speaker));
  }
  if (filters.cited) {
    parts.push(`${articleCol} IN (SELECT ss.article FROM desk_sources ss WHERE ss.name_key = ?)`);
    params.push(nameKey(filters.cited));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface DeskSummary {
  articles: number;
  words: number;
  claims: number;
  claimsByKind: { direct: number; indirect: number; mixed: number };
  anonymousClaims: number;
  articlesWithAnonymousSourcing: number;
  singleSourceArticles: number;
  authorVoiceCaveats: number;
  speakers: { name: string; type: string | null; claims: number; articles: number }[];
  sources: { name: string; type: string; anonymous: boolean; articles: number }[];
  quotedPeopleByGender: { female: number; male: number; unknown: number; method: string };
}

const TOP = 20;

export async function deskSummary(db: D1Database, filters: DeskFilters, genderMethod: string): Promise<DeskSummary> {
  const [totals, speakers, sources] = await db.batch([
    totalsQuery(db, filters),
    speakersQuery(db, filters),
    sourcesQuery(db, filters),
  ]);
  const t = (totals.results[0] ?? {}) as Record<string, number>;
  return {
    articles: t.articles ?? 0,
    words: t.words ?? 0,
    claims: t.claims ?? 0,
    claimsByKind: { direct: t.direct ?? 0, indirect: t.indirect ?? 0, mixed: t.mixed ?? 0 },
    anonymousClaims: t.anonymousClaims ?? 0,
    articlesWithAnonymousSourcing: t.withAnonymous ?? 0,
    singleSourceArticles: t.singleSource ?? 0,
    authorVoiceCaveats: t.authorVoice ?? 0,
    speakers: speakers.results as DeskSummary['speakers'],
    sources: (sources.results as { name: string; type: string; anonymous: number; articles: number }[]).map((r) => ({
      ...r,
      anonymous: r.anonymous === 1,
    })),
    // People quoted, counted once per article (as the Gender Gap Tracker does).
    quotedPeopleByGender: { female: t.female ?? 0, male: t.male ?? 0, unknown: t.unknown ?? 0, method: genderMethod },
  };
}

/*
 * The summary reads the rollups (migrations/0003) wherever they answer exactly: the article figures
 * from the per-day totals for any filter but `author`, `speaker` and `cited`; the top speakers and
 * sources from the per-(source, section) rollups when there is no day range and none of those.
 * Otherwise it groups the row tables, by index, over the articles the filters pick.
 */
const TOTALS = `COUNT(*) AS articles, TOTAL(words) AS words, TOTAL(claims) AS claims,
  TOTAL(direct_claims) AS direct, TOTAL(indirect_claims) AS indirect, TOTAL(mixed_claims) AS mixed,
  TOTAL(anonymous_claims) AS anonymousClaims, TOTAL(anonymous_claims > 0) AS withAnonymous,
  TOTAL(single_source) AS singleSource, TOTAL(author_voice_caveats) AS authorVoice,
  TOTAL(female_people) AS female, TOTAL(male_people) AS male, TOTAL(unknown_people) AS unknown`;
const ROLLED_TOTALS = `TOTAL(articles) AS articles, TOTAL(words) AS words, TOTAL(claims) AS claims,
  TOTAL(direct_claims) AS direct, TOTAL(indirect_claims) AS indirect, TOTAL(mixed_claims) AS mixed,
  TOTAL(anonymous_claims) AS anonymousClaims, TOTAL(with_anonymous) AS withAnonymous,
  TOTAL(single_source) AS singleSource, TOTAL(author_voice_caveats) AS authorVoice,
  TOTAL(female_people) AS female, TOTAL(male_people) AS male, TOTAL(unknown_people) AS unknown`;

/** Filters on a rollup table: source, section ('' stands for none), and the day range where it has days. */
function rollupWhere(filters: DeskFilters, days: boolean): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filters.source) add('source = ?', filters.source);
  if (filters.section) add('section = ?', filters.section);
  if (days && filters.from) add('day >= ?', filters.from);
  if (days && filters.to) add('day <= ?', filters.to);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function totalsQuery(db: D1Database, filters: DeskFilters): D1PreparedStatement {
  if (!byArticleRows(filters)) {
    const w = rollupWhere(filters, true);
    return db.prepare(`SELECT ${ROLLED_TOTALS} FROM desk_day_totals ${w.sql}`).bind(...w.params);
  }
  const a = where(filters, 'desk_articles', 'desk_articles.id');
  return db.prepare(`SELECT ${TOTALS} FROM desk_articles ${a.sql}`).bind(...a.params);
}

const rolledUp = (filters: DeskFilters) => !byArticleRows(filters) && !filters.from && !filters.to;

function speakersQuery(db: D1Database, filters: DeskFilters): D1PreparedStatement {
  if (rolledUp(filters)) {
    const w = rollupWhere(filters, false);
    return db
      .prepare(
        `SELECT MIN(name) AS name, MAX(type) AS type, TOTAL(claims) AS claims, TOTAL(articles) AS articles
         FROM desk_speaker_rollup ${w.sql} GROUP BY speaker_key ORDER BY claims DESC, speaker_key LIMIT ${TOP}`,
      )
      .bind(...w.params);
  }
  const c = where(filters, 'desk_claims', 'desk_claims.article');
  return db
    .prepare(
      `SELECT MIN(speaker) AS name, MAX(speaker_type) AS type, COUNT(*) AS claims, COUNT(DISTINCT article) AS articles
       FROM desk_claims ${c.sql} GROUP BY speaker_key ORDER BY claims DESC, speaker_key LIMIT ${TOP}`,
    )
    .bind(...c.params);
}

function sourcesQuery(db: D1Database, filters: DeskFilters): D1PreparedStatement {
  if (rolledUp(filters)) {
    const w = rollupWhere(filters, false);
    return db
      .prepare(
        `SELECT MIN(name) AS name, MAX(type) AS type, MAX(anonymous) AS anonymous, TOTAL(articles) AS articles
         FROM desk_source_rollup ${w.sql} GROUP BY name_key ORDER BY articles DESC, name_key LIMIT ${TOP}`,
      )
      .bind(...w.params);
  }
  const s = where(filters, 'desk_sources', 'desk_sources.article');
  return db
    .prepare(
      `SELECT MIN(name) AS name, MAX(type) AS type, MAX(anonymous) AS anonymous, COUNT(DISTINCT article) AS articles
       FROM desk_sources ${s.sql} GROUP BY name_key ORDER BY articles DESC, name_key LIMIT ${TOP}`,
    )
    .bind(...s.params);
}

/** Sortable article columns, by their API name. */
export const ARTICLE_SORTS = {
  date: 'day',
  words: 'words',
  claims: 'claims',
  speakers: 'speakers',
  anonymousClaims: 'anonymous_claims',
  sources: 'sources',
  authorVoicePer1000Words: 'CASE WHEN words > 0 THEN author_voice_caveats * 1000.0 / words ELSE 0 END',
} as const;
export type ArticleSort = keyof typeof ARTICLE_SORTS;

export interface DeskArticleRow {
  source: string;
  articleId: string;
  briefId: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  briefedAt: string;
  section: string | null;
  authors: string[];
  words: number;
  claims: number;
  speakers: number;
  anonymousClaims: number;
  sources: number;
  authorVoiceCaveats: number;
  authorVoicePer1000Words: number;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the last row's sort key and id. */
export function encodeCursor(value: unknown[]): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
    return Array.isArray(value) && value.length === 2 ? value : null;
  } catch {
    return null;
  }
}

export async function deskArticles(
  db: D1Database,
  filters: DeskFilters,
  options: { sort: ArticleSort; order: 'asc' | 'desc'; limit: number; cursor: unknown[] | null },
): Promise<Page<DeskArticleRow>> {
  const w = where(filters, 'desk_articles', 'desk_articles.id');
  const key = ARTICLE_SORTS[options.sort];
  const cmp = options.order === 'desc' ? '<' : '>';
  const conditions = w.sql ? [w.sql.slice('WHERE '.length)] : [];
  const params = [...w.params];
  if (options.cursor) {
    conditions.push(`((${key}) ${cmp} ? OR ((${key}) = ? AND id ${cmp} ?))`);
    params.push(options.cursor[0], options.cursor[0], options.cursor[1]);
  }
  const { results } = await db
    .prepare(
      `SELECT id, (${key}) AS sort_key, source, article_id, brief_id, title, url, published_at, briefed_at, section,
         authors, words, claims, speakers, anonymous_claims, sources, author_voice_caveats
       FROM desk_articles ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY (${key}) ${options.order}, id ${options.order} LIMIT ?`,
    )
    .bind(...params, options.limit + 1)
    .all<Record<string, string | number | null>>();
  const more = results.length > options.limit;
  const rows = results.slice(0, options.limit);
  const last = rows.at(-1);
  return {
    items: rows.map((r) => ({
      source: r.source as string,
      articleId: r.article_id as string,
      briefId: r.brief_id as string,
      title: r.title as string | null,
      url: r.url as string | null,
      publishedAt: r.published_at as string | null,
      briefedAt: r.briefed_at as string,
      section: r.section as string | null,
      authors: JSON.parse((r.authors as string) || '[]') as string[],
      words: r.words as number,
      claims: r.claims as number,
      speakers: r.speakers as number,
      anonymousClaims: r.anonymous_claims as number,
      sources: r.sources as number,
      authorVoiceCaveats: r.author_voice_caveats as number,
      authorVoicePer1000Words:
        (r.words as number) > 0 ? round1(((r.author_voice_caveats as number) * 1000) / (r.words as number)) : 0,
    })),
    nextCursor: more && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface DeskSpeakerRow {
  name: string;
  type: string | null;
  gender: string;
  claims: number;
  articles: number;
  articleIds: { source: string; articleId: string }[];
}

export async function deskSpeakers(
  db: D1Database,
  filters: DeskFilters,
  options: { limit: number; cursor: unknown[] | null },
): Promise<Page<DeskSpeakerRow>> {
  const w = where(filters, 'desk_claims', 'desk_claims.article');
  const linked = where(filters, 'c', 'c.article');
  const params = [...w.params];
  let having = '';
  if (options.cursor) {
    having = 'HAVING COUNT(*) < ? OR (COUNT(*) = ? AND speaker_key > ?)';
    params.push(options.cursor[0], options.cursor[0], options.cursor[1]);
  }
  const { results } = await db
    .prepare(
      `SELECT speaker_key AS key, MIN(speaker) AS name, MAX(speaker_type) AS type,
         CASE WHEN COUNT(DISTINCT gender) = 1 THEN MIN(gender) ELSE 'unknown' END AS gender,
         COUNT(*) AS claims, COUNT(DISTINCT article) AS articles
       FROM desk_claims ${w.sql} GROUP BY speaker_key ${having} ORDER BY claims DESC, speaker_key LIMIT ?`,
    )
    .bind(...params, options.limit + 1)
    .all<{ key: string; name: string; type: string | null; gender: string; claims: number; articles: number }>();
  const more = results.length > options.limit;
  const rows = results.slice(0, options.limit);
  const ids = new Map<string, { source: string; articleId: string }[]>(rows.map((r) => [r.key, []]));
  if (rows.length > 0) {
    const { results: links } = await db
      .prepare(
        `SELECT DISTINCT c.speaker_key AS key, a.source, a.article_id AS articleId
         FROM desk_claims c JOIN desk_articles a ON a.id = c.article
         WHERE c.speaker_key IN (SELECT value FROM json_each(?)) ${linked.sql.replace(/^WHERE/, 'AND')}
         ORDER BY a.source, a.article_id`,
      )
      .bind(JSON.stringify(rows.map((r) => r.key)), ...linked.params)
      .all<{ key: string; source: string; articleId: string }>();
    for (const link of links) ids.get(link.key)?.push({ source: link.source, articleId: link.articleId });
  }
  const last = rows.at(-1);
  return {
    items: rows.map(({ key, ...r }) => ({ ...r, articleIds: ids.get(key) ?? [] })),
    nextCursor: more && last ? encodeCursor([last.claims, last.key]) : null,
  };
}

export interface DeskWeek {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  articles: number;
  claims: number;
  anonymousClaims: number;
  authorVoiceCaveats: number;
  words: number;
}

/** Claims, anonymous claims and author-voice caveats per week (Monday-based), the last `weeks` weeks with articles. */
export async function deskWeekly(db: D1Database, filters: DeskFilters, weeks = 26): Promise<DeskWeek[]> {
  // The per-day totals answer every filter but those on an article's rows (a few hundred rows instead of every article).
  const rows = byArticleRows(filters);
  const w = rows ? where(filters, 'desk_articles', 'desk_articles.id') : rollupWhere(filters, true);
  const [table, articles] = rows ? ['desk_articles', 'COUNT(*)'] : ['desk_day_totals', 'TOTAL(articles)'];
  const { results } = await db
    .prepare(
      `SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') AS week,
         ${articles} AS articles, TOTAL(claims) AS claims, TOTAL(anonymous_claims) AS anonymousClaims,
         TOTAL(author_voice_caveats) AS authorVoiceCaveats, TOTAL(words) AS words
       FROM ${table} ${w.sql} GROUP BY week ORDER BY week DESC LIMIT ?`,
    )
    .bind(...w.params, weeks)
    .all<DeskWeek>();
  return results.reverse();
}
