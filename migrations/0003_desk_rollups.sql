-- Rollups for the desk summary (issue 15: <= 150 ms over 100,000 articles). Kept by triggers on
-- the row tables, so every writer (the Worker, desk:rebuild, a bulk SQL load) keeps them exact
-- without knowing they exist; the summary reads them instead of grouping every claim.
--
-- * desk_day_totals: the article figures per (source, section, day). Articles fall in exactly one
--   group, so any source/section/day-range filter is an exact sum of groups.
-- * desk_speaker_rollup, desk_source_rollup: claims and distinct articles per speaker (source) per
--   (source, section). An article is in one group, so distinct-article counts add up across groups.
--   Used when the filter has no day range and no author (both fall back to the row tables).
-- Section NULL is stored as '' (a primary key column).

CREATE TABLE desk_day_totals (
  source TEXT NOT NULL,
  section TEXT NOT NULL,
  day TEXT NOT NULL,
  articles INTEGER NOT NULL,
  words INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  direct_claims INTEGER NOT NULL,
  indirect_claims INTEGER NOT NULL,
  mixed_claims INTEGER NOT NULL,
  anonymous_claims INTEGER NOT NULL,
  with_anonymous INTEGER NOT NULL,
  single_source INTEGER NOT NULL,
  author_voice_caveats INTEGER NOT NULL,
  female_people INTEGER NOT NULL,
  male_people INTEGER NOT NULL,
  unknown_people INTEGER NOT NULL,
  PRIMARY KEY (source, section, day)
) WITHOUT ROWID;
CREATE INDEX desk_day_totals_section ON desk_day_totals (section, day);
CREATE INDEX desk_day_totals_day ON desk_day_totals (day);

CREATE TRIGGER desk_articles_totals_insert AFTER INSERT ON desk_articles BEGIN
  INSERT INTO desk_day_totals VALUES (NEW.source, COALESCE(NEW.section, ''), NEW.day, 1, NEW.words, NEW.claims,
    NEW.direct_claims, NEW.indirect_claims, NEW.mixed_claims, NEW.anonymous_claims, NEW.anonymous_claims > 0,
    NEW.single_source, NEW.author_voice_caveats, NEW.female_people, NEW.male_people, NEW.unknown_people)
  ON CONFLICT (source, section, day) DO UPDATE SET articles = articles + 1, words = words + excluded.words,
    claims = claims + excluded.claims, direct_claims = direct_claims + excluded.direct_claims,
    indirect_claims = indirect_claims + excluded.indirect_claims, mixed_claims = mixed_claims + excluded.mixed_claims,
    anonymous_claims = anonymous_claims + excluded.anonymous_claims, with_anonymous = with_anonymous + excluded.with_anonymous,
    single_source = single_source + excluded.single_source,
    author_voice_caveats = author_voice_caveats + excluded.author_voice_caveats,
    female_people = female_people + excluded.female_people, male_people = male_people + excluded.male_people,
    unknown_people = unknown_people + excluded.unknown_people;
END;

CREATE TRIGGER desk_articles_totals_delete AFTER DELETE ON desk_articles BEGIN
  UPDATE desk_day_totals SET articles = articles - 1, words = words - OLD.words, claims = claims - OLD.claims,
    direct_claims = direct_claims - OLD.direct_claims, indirect_claims = indirect_claims - OLD.indirect_claims,
    mixed_claims = mixed_claims - OLD.mixed_claims, anonymous_claims = anonymous_claims - OLD.anonymous_claims,
    with_anonymous = with_anonymous - (OLD.anonymous_claims > 0), single_source = single_source - OLD.single_source,
    author_voice_caveats = author_voice_caveats - OLD.author_voice_caveats,
    female_people = female_people - OLD.female_people, male_people = male_people - OLD.male_people,
    unknown_people = unknown_people - OLD.unknown_people
  WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND day = OLD.day;
  DELETE FROM desk_day_totals WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND day = OLD.day
    AND articles <= 0;
END;

-- The writer upserts the article row (ON CONFLICT DO UPDATE): take the old figures out, put the new in.
CREATE TRIGGER desk_articles_totals_update AFTER UPDATE ON desk_articles BEGIN
  UPDATE desk_day_totals SET articles = articles - 1, words = words - OLD.words, claims = claims - OLD.claims,
    direct_claims = direct_claims - OLD.direct_claims, indirect_claims = indirect_claims - OLD.indirect_claims,
    mixed_claims = mixed_claims - OLD.mixed_claims, anonymous_claims = anonymous_claims - OLD.anonymous_claims,
    with_anonymous = with_anonymous - (OLD.anonymous_claims > 0), single_source = single_source - OLD.single_source,
    author_voice_caveats = author_voice_caveats - OLD.author_voice_caveats,
    female_people = female_people - OLD.female_people, male_people = male_people - OLD.male_people,
    unknown_people = unknown_people - OLD.unknown_people
  WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND day = OLD.day;
  DELETE FROM desk_day_totals WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND day = OLD.day
    AND articles <= 0;
  INSERT INTO desk_day_totals VALUES (NEW.source, COALESCE(NEW.section, ''), NEW.day, 1, NEW.words, NEW.claims,
    NEW.direct_claims, NEW.indirect_claims, NEW.mixed_claims, NEW.anonymous_claims, NEW.anonymous_claims > 0,
    NEW.single_source, NEW.author_voice_caveats, NEW.female_people, NEW.male_people, NEW.unknown_people)
  ON CONFLICT (source, section, day) DO UPDATE SET articles = articles + 1, words = words + excluded.words,
    claims = claims + excluded.claims, direct_claims = direct_claims + excluded.direct_claims,
    indirect_claims = indirect_claims + excluded.indirect_claims, mixed_claims = mixed_claims + excluded.mixed_claims,
    anonymous_claims = anonymous_claims + excluded.anonymous_claims, with_anonymous = with_anonymous + excluded.with_anonymous,
    single_source = single_source + excluded.single_source,
    author_voice_caveats = author_voice_caveats + excluded.author_voice_caveats,
    female_people = female_people + excluded.female_people, male_people = male_people + excluded.male_people,
    unknown_people = unknown_people + excluded.unknown_people;
END;

CREATE TABLE desk_speaker_rollup (
  source TEXT NOT NULL,
  section TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  name TEXT NOT NULL,           -- the smallest spelling seen (as MIN(speaker) on the rows)
  type TEXT,                    -- the largest actor type seen (as MAX(speaker_type))
  claims INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (source, section, speaker_key)
) WITHOUT ROWID;
-- Covering, in speaker order: the unfiltered and per-section groupings read one index, no sort.
CREATE INDEX desk_speaker_rollup_key ON desk_speaker_rollup (speaker_key, claims, articles, name, type);
CREATE INDEX desk_speaker_rollup_section ON desk_speaker_rollup (section, speaker_key, claims, articles, name, type);

CREATE TRIGGER desk_claims_rollup_insert AFTER INSERT ON desk_claims BEGIN
  INSERT INTO desk_speaker_rollup VALUES (NEW.source, COALESCE(NEW.section, ''), NEW.speaker_key, NEW.speaker,
    NEW.speaker_type, 1,
    NOT EXISTS (SELECT 1 FROM desk_claims c WHERE c.speaker_key = NEW.speaker_key AND c.article = NEW.article
      AND c.rowid <> NEW.rowid))
  ON CONFLICT (source, section, speaker_key) DO UPDATE SET claims = claims + 1, articles = articles + excluded.articles,
    name = MIN(name, excluded.name),
    type = CASE WHEN type IS NULL OR excluded.type > type THEN excluded.type ELSE type END;
END;

CREATE TRIGGER desk_claims_rollup_delete AFTER DELETE ON desk_claims BEGIN
  UPDATE desk_speaker_rollup SET claims = claims - 1,
    articles = articles - NOT EXISTS (SELECT 1 FROM desk_claims c WHERE c.speaker_key = OLD.speaker_key
      AND c.article = OLD.article)
  WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND speaker_key = OLD.speaker_key;
  DELETE FROM desk_speaker_rollup WHERE source = OLD.source AND section = COALESCE(OLD.section, '')
    AND speaker_key = OLD.speaker_key AND claims <= 0;
END;

CREATE TABLE desk_source_rollup (
  source TEXT NOT NULL,
  section TEXT NOT NULL,
  name_key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  mentions INTEGER NOT NULL,     -- source rows (to know when the group is empty)
  articles INTEGER NOT NULL,
  PRIMARY KEY (source, section, name_key)
) WITHOUT ROWID;
CREATE INDEX desk_source_rollup_key ON desk_source_rollup (name_key, articles, name, type, anonymous);
CREATE INDEX desk_source_rollup_section ON desk_source_rollup (section, name_key, articles, name, type, anonymous);

CREATE TRIGGER desk_sources_rollup_insert AFTER INSERT ON desk_sources BEGIN
  INSERT INTO desk_source_rollup VALUES (NEW.source, COALESCE(NEW.section, ''), NEW.name_key, NEW.name, NEW.type,
    NEW.anonymous, 1,
    NOT EXISTS (SELECT 1 FROM desk_sources s WHERE s.article = NEW.article AND s.name_key = NEW.name_key
      AND s.rowid <> NEW.rowid))
  ON CONFLICT (source, section, name_key) DO UPDATE SET mentions = mentions + 1,
    articles = articles + excluded.articles, name = MIN(name, excluded.name), type = MAX(type, excluded.type),
    anonymous = MAX(anonymous, excluded.anonymous);
END;

CREATE TRIGGER desk_sources_rollup_delete AFTER DELETE ON desk_sources BEGIN
  UPDATE desk_source_rollup SET mentions = mentions - 1,
    articles = articles - NOT EXISTS (SELECT 1 FROM desk_sources s WHERE s.article = OLD.article
      AND s.name_key = OLD.name_key)
  WHERE source = OLD.source AND section = COALESCE(OLD.section, '') AND name_key = OLD.name_key;
  DELETE FROM desk_source_rollup WHERE source = OLD.source AND section = COALESCE(OLD.section, '')
    AND name_key = OLD.name_key AND mentions <= 0;
END;

-- The sources' per-article look-up above needs an index on (article, name_key).
DROP INDEX desk_sources_article;
CREATE INDEX desk_sources_article ON desk_sources (article, name_key);

-- Rows written before this migration.
INSERT INTO desk_day_totals
SELECT source, COALESCE(section, ''), day, COUNT(*), TOTAL(words), TOTAL(claims), TOTAL(direct_claims),
  TOTAL(indirect_claims), TOTAL(mixed_claims), TOTAL(anonymous_claims), TOTAL(anonymous_claims > 0),
  TOTAL(single_source), TOTAL(author_voice_caveats), TOTAL(female_people), TOTAL(male_people), TOTAL(unknown_people)
FROM desk_articles GROUP BY source, COALESCE(section, ''), day;
INSERT INTO desk_speaker_rollup
SELECT source, COALESCE(section, ''), speaker_key, MIN(speaker), MAX(speaker_type), COUNT(*), COUNT(DISTINCT article)
FROM desk_claims GROUP BY source, COALESCE(section, ''), speaker_key;
INSERT INTO desk_source_rollup
SELECT source, COALESCE(section, ''), name_key, MIN(name), MAX(type), MAX(anonymous), COUNT(*), COUNT(DISTINCT article)
FROM desk_sources GROUP BY source, COALESCE(section, ''), name_key;

-- A day range (or an author) still groups the row tables: covering indexes, so a range of days is
-- read from the index alone, with the section and source filters checked there too.
DROP INDEX desk_claims_day;
CREATE INDEX desk_claims_day ON desk_claims (day, speaker_key, section, source, article, speaker, speaker_type);
DROP INDEX desk_sources_day;
CREATE INDEX desk_sources_day ON desk_sources (day, name_key, section, source, article, name, type, anonymous);
-- One section over a day range: section first, so only that section's rows are read.
CREATE INDEX desk_claims_section_day ON desk_claims (section, day, speaker_key, source, article, speaker, speaker_type);
CREATE INDEX desk_sources_section_day ON desk_sources (section, day, name_key, source, article, name, type, anonymous);
