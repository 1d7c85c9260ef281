-- Desk sign-in sessions (issue 15, src/desk/session.ts). The session cookie carries the id and
-- its expiry, signed with HMAC; the row is what makes it valid. Sign-out deletes the row, so a
-- copied cookie is dead at once (D1 is strongly consistent; a KV delete could take a minute to
-- reach other locations). Expired rows are swept at each sign-in.
CREATE TABLE desk_sessions (
  id TEXT PRIMARY KEY,          -- 32 random bytes, base64url
  expires_at INTEGER NOT NULL   -- Unix seconds
) WITHOUT ROWID;
CREATE INDEX desk_sessions_expires ON desk_sessions (expires_at);
