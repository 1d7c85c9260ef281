-- The desk's `cited` filter (articles that name a source) looks the source up by its case-folded
-- name; without this index it would read every source row. `speaker` already has
-- desk_claims_speaker (speaker_key, article).
CREATE INDEX desk_sources_name ON desk_sources (name_key, article);
