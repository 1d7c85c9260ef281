-- The sourcing desk (issue 15): one row set per article, the article's latest brief.
-- Filters (source, day, section) are copied onto the claim and source rows so the summary's
-- top-20 groupings read one table each, by index, without a join.

CREATE TABLE desk_articles (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  article_id TEXT NOT NULL,
  brief_id TEXT NOT NULL,
  title TEXT,
  url TEXT,
  published_at TEXT,            -- ISO 8601 as the CMS sent it (normalised to UTC), or NULL
  briefed_at TEXT NOT NULL,     -- ISO 8601, when the desk recorded the brief
  day TEXT NOT NULL,            -- YYYY-MM-DD of published_at, else briefed_at: what from/to filter
  section TEXT,
  authors TEXT NOT NULL DEFAULT '[]', -- JSON array of names, as sent
  words INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  direct_claims INTEGER NOT NULL,
  indirect_claims INTEGER NOT NULL,
  mixed_claims INTEGER NOT NULL,
  speakers INTEGER NOT NULL,    -- distinct speakers (case-folded names)
  anonymous_claims INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  author_voice_caveats INTEGER NOT NULL,
  single_source INTEGER NOT NULL, -- 1 when the brief has a single-source caveat
  -- Named people quoted in the article (distinct, non-anonymous persons) by inferred gender,
  -- kept here so the summary's gender figure is a sum over articles, not a DISTINCT over claims.
  female_people INTEGER NOT NULL DEFAULT 0,
  male_people INTEGER NOT NULL DEFAULT 0,
  unknown_people INTEGER NOT NULL DEFAULT 0,
  UNIQUE (source, article_id)
);
CREATE INDEX desk_articles_day ON desk_articles (day, id);
CREATE INDEX desk_articles_source_day ON desk_articles (source, day);
CREATE INDEX desk_articles_section_day ON desk_articles (section, day);

-- Authors of an article, case-folded for the filter.
CREATE TABLE desk_authors (
  article INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL
);
CREATE INDEX desk_authors_key ON desk_authors (name_key, article);
CREATE INDEX desk_authors_article ON desk_authors (article);

-- One row per claim with a speaker (claims without one count only in desk_articles).
CREATE TABLE desk_claims (
  article INTEGER NOT NULL,
  source TEXT NOT NULL,
  day TEXT NOT NULL,
  section TEXT,
  speaker TEXT NOT NULL,
  speaker_key TEXT NOT NULL,    -- lower-cased name: speakers are grouped by it across articles
  speaker_type TEXT,            -- the actor's type (person, organization, ...), NULL when unresolved
  anonymous INTEGER NOT NULL,
  kind TEXT NOT NULL,
  gender TEXT NOT NULL          -- female | male | unknown (src/desk/gender.ts)
);
CREATE INDEX desk_claims_article ON desk_claims (article);
CREATE INDEX desk_claims_day ON desk_claims (day, speaker_key);
CREATE INDEX desk_claims_speaker ON desk_claims (speaker_key, article);

-- One row per source the brief names.
CREATE TABLE desk_sources (
  article INTEGER NOT NULL,
  source TEXT NOT NULL,
  day TEXT NOT NULL,
  section TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type TEXT NOT NULL,
  anonymous INTEGER NOT NULL
);
CREATE INDEX desk_sources_article ON desk_sources (article);
CREATE INDEX desk_sources_day ON desk_sources (day, name_key);

-- Author-voice caveats of an article, counted by kind.
CREATE TABLE desk_caveats (
  article INTEGER NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (article, kind)
);
