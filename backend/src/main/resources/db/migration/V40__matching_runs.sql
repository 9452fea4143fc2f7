-- Matching: the people whose matches are kept up to date. Ingestion events re-score new jobs for exactly
-- these people; a row appears when matches are first computed for someone and goes with the account.
CREATE TABLE match_runs (
    user_id     uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    computed_at timestamptz NOT NULL DEFAULT now(),
    ranked      integer     NOT NULL DEFAULT 0,
    stored      integer     NOT NULL DEFAULT 0
);

-- The tracker board lists a person's matches by status.
CREATE INDEX matches_user_status_idx ON matches (user_id, status);
