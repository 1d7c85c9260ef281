/**
 * What the desk keeps of one article: its metadata and the counts and rows drawn from its latest
 * brief. Pure (no Workers API), so the same function feeds the D1 writer, the rebuild and the tests.
 */
import type { Brief } from '../schema/brief';
import { inferGender, type InferredGender } from './gender';

/** Metadata a CMS (or a batch item) sends beside the article; every field optional. */
export interface ArticleMeta {
  publishedAt?: string;
  authors?: string[];
  section?: string;
}

export interface DeskClaimRow {
  speaker: string;
  speakerKey: string;
  speakerType: string | null;
  anonymous: boolean;
  kind: string;
  gender: InferredGender;
}

export interface DeskSourceRow {
  name: string;
  nameKey: string;
  type: string;
  anonymous: boolean;
}

export interface DeskArticleRows {
  source: string;
  articleId: string;
  briefId: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  briefedAt: string;
  /** YYYY-MM-DD of the published time, else the briefed time: what `from` and `to` filter on. */
  day: string;
  section: string | null;
  authors: string[];
  words: number;
  claims: number;
  claimsByKind: { direct: number; indirect: number; mixed: number };
  speakers: number;
  anonymousClaims: number;
  sources: number;
  authorVoiceCaveats: number;
  singleSource: boolean;
  /** Named people quoted (distinct, not anonymous, actor type person) by inferred gender. */
  people: Record<InferredGender, number>;
  claimRows: DeskClaimRow[];
  sourceRows: DeskSourceRow[];
  /** Author-voice caveats counted by kind. */
  caveatCounts: Record<string, number>;
}

/** Case-folded, whitespace-collapsed: how names are grouped across articles. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An ISO time in UTC, or null when the value is not a date at all. */
export function normaliseTime(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Keep only usable metadata: trimmed non-empty strings, at most 20 authors of 200 characters. */
export function cleanMeta(meta: ArticleMeta | undefined): ArticleMeta {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined);
  const authors = Array.isArray(meta?.authors)
    ? [...new Set(meta.authors.map(text).filter((a): a is string => a !== undefined))].slice(0, 20)
    : undefined;
  return { publishedAt: text(meta?.publishedAt), authors, section: text(meta?.section) };
}

/** `cleanMeta` without its empty fields: what the article index keeps, compared as JSON. */
export function compactMeta(meta: ArticleMeta | undefined): ArticleMeta {
  const clean = cleanMeta(meta);
  const out: ArticleMeta = {};
  if (clean.publishedAt) out.publishedAt = clean.publishedAt;
  if (clean.authors?.length) out.authors = clean.authors;
  if (clean.section) out.section = clean.section;
  return out;
}

export function deskRows(
  source: string,
  articleId: string,
  brief: Brief,
  meta: ArticleMeta | undefined,
  briefedAt: Date,
): DeskArticleRows {
  const clean = cleanMeta(meta);
  const publishedAt = normaliseTime(clean.publishedAt);
  const briefed = briefedAt.toISOString();
  const actors = new Map(brief.actors.map((a) => [a.id, a]));
  const claimsByKind = { direct: 0, indirect: 0, mixed: 0 };
  const claimRows: DeskClaimRow[] = [];
  let anonymousClaims = 0;
  for (const claim of brief.claims) {
    claimsByKind[claim.kind] += 1;
    if (!claim.speaker) continue;
    if (claim.speaker.anonymous) anonymousClaims += 1;
    const actor = claim.speaker.actorId ? actors.get(claim.speaker.actorId) : undefined;
    const type = actor?.type ?? null;
    claimRows.push({
      speaker: claim.speaker.name,
      speakerKey: nameKey(claim.speaker.name),
      speakerType: type,
      anonymous: claim.speaker.anonymous,
      kind: claim.kind,
      gender: inferGender({ name: claim.speaker.name, type, anonymous: claim.speaker.anonymous, roles: actor?.roles }),
    });
  }
  const people: Record<InferredGender, number> = { female: 0, male: 0, unknown: 0 };
  const counted = new Set<string>();
  for (const row of claimRows) {
    if (row.anonymous || row.speakerType !== 'person' || counted.has(row.speakerKey)) continue;
    counted.add(row.speakerKey);
    people[row.gender] += 1;
  }
  const caveatCounts: Record<string, number> = {};
  let authorVoiceCaveats = 0;
  for (const caveat of brief.caveats) {
    if (caveat.voice !== 'author') continue;
    authorVoiceCaveats += 1;
    caveatCounts[caveat.kind] = (caveatCounts[caveat.kind] ?? 0) + 1;
  }
  return {
    source,
    articleId,
    briefId: brief.id,
    title: brief.title,
    url: brief.url ?? null,
    publishedAt,
    briefedAt: briefed,
    day: (publishedAt ?? briefed).slice(0, 10),
    section: clean.section ?? null,
    authors: clean.authors ?? [],
    words: brief.stats.words,
    claims: brief.claims.length,
    claimsByKind,
    speakers: new Set(claimRows.map((r) => r.speakerKey)).size,
    anonymousClaims,
    sources: brief.sources.length,
    authorVoiceCaveats,
    singleSource: brief.caveats.some((c) => c.kind === 'single-source'),
    people,
    claimRows,
    sourceRows: brief.sources.map((s) => ({
      name: s.name,
      nameKey: nameKey(s.name),
      type: s.type,
      anonymous: s.anonymous,
    })),
    caveatCounts,
  };
}
