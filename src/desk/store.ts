/**
 * The desk's writes to D1: one row set per article, replaced whole in one batch (a D1 batch is a
 * transaction), so a reader never sees half an article. The article row is upserted on
 * (source, article_id), keeping its integer id; its claim, source, author and caveat rows are
 * deleted and written again. `remove` deletes them all.
 */
import type { DeskArticleRows } from './rows';

const ARTICLE_ID = '(SELECT id FROM desk_articles WHERE source = ?1 AND article_id = ?2)';

export class DeskStore {
  constructor(private readonly db: D1Database) {}

  async record(rows: DeskArticleRows): Promise<void> {
    const db = this.db;
    const key = [rows.source, rows.articleId] as const;
    const statements: D1PreparedStatement[] = [
      ...this.deleteChildren().map((s) => s.bind(...key)),
      db
        .prepare(
          `INSERT INTO desk_articles (source, article_id, brief_id, title, url, published_at, briefed_at, day, section,
             authors, words, claims, direct_claims, indirect_claims, mixed_claims, speakers, anonymous_claims, sources,
             author_voice_caveats, single_source, female_people, male_people, unknown_people)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)
           ON CONFLICT (source, article_id) DO UPDATE SET brief_id = excluded.brief_id, title = excluded.title,
             url = excluded.url, published_at = excluded.published_at, briefed_at = excluded.briefed_at,
             day = excluded.day, section = excluded.section, authors = excluded.authors, words = excluded.words,
             claims = excluded.claims, direct_claims = excluded.direct_claims, indirect_claims = excluded.indirect_claims,
             mixed_claims = excluded.mixed_claims, speakers = excluded.speakers,
             anonymous_claims = excluded.anonymous_claims, sources = excluded.sources,
             author_voice_caveats = excluded.author_voice_caveats, single_source = excluded.single_source,
             female_people = excluded.female_people, male_people = excluded.male_people,
             unknown_people = excluded.unknown_people`,
        )
        .bind(
          ...key,
          rows.briefId,
          rows.title,
          rows.url,
          rows.publishedAt,
          rows.briefedAt,
          rows.day,
          rows.section,
          JSON.stringify(rows.authors),
          rows.words,
          rows.claims,
          rows.claimsByKind.direct,
          rows.claimsByKind.indirect,
          rows.claimsByKind.mixed,
          rows.speakers,
          rows.anonymousClaims,
          rows.sources,
          rows.authorVoiceCaveats,
          rows.singleSource ? 1 : 0,
          rows.people.female,
          rows.people.male,
          rows.people.unknown,
        ),
    ];
    for (const author of rows.authors) {
      statements.push(
        db
          .prepare(`INSERT INTO desk_authors (article, name, name_key) VALUES (${ARTICLE_ID}, ?3, ?4)`)
          .bind(...key, author, author.toLowerCase()),
      );
    }
    for (const c of rows.claimRows) {
      statements.push(
        db
          .prepare(
            `INSERT INTO desk_claims (article, source, day, section, speaker, speaker_key, speaker_type, anonymous, kind, gender)
             VALUES (${ARTICLE_ID}, ?1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
          )
          .bind(
            ...key,
            rows.day,
            rows.section,
            c.speaker,
            c.speakerKey,
            c.speakerType,
            c.anonymous ? 1 : 0,
            c.kind,
            c.gender,
          ),
      );
    }
    for (const s of rows.sourceRows) {
      statements.push(
        db
          .prepare(
            `INSERT INTO desk_sources (article, source, day, section, name, name_key, type, anonymous)
             VALUES (${ARTICLE_ID}, ?1, ?3, ?4, ?5, ?6, ?7, ?8)`,
          )
          .bind(...key, rows.day, rows.section, s.name, s.nameKey, s.type, s.anonymous ? 1 : 0),
      );
    }
    for (const [kind, count] of Object.entries(rows.caveatCounts)) {
      statements.push(
        db
          .prepare(`INSERT INTO desk_caveats (article, kind, count) VALUES (${ARTICLE_ID}, ?3, ?4)`)
          .bind(...key, kind, count),
      );
    }
    await db.batch(statements);
  }

  async remove(source: string, articleId: string): Promise<void> {
    await this.db.batch([
      ...this.deleteChildren().map((s) => s.bind(source, articleId)),
      this.db.prepare('DELETE FROM desk_articles WHERE source = ?1 AND article_id = ?2').bind(source, articleId),
    ]);
  }

  private deleteChildren(): D1PreparedStatement[] {
    return CHILD_TABLES.map((table) => this.db.prepare(`DELETE FROM ${table} WHERE article = ${ARTICLE_ID}`));
  }
}

const CHILD_TABLES = ['desk_authors', 'desk_claims', 'desk_sources', 'desk_caveats'] as const;
