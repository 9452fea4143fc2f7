-- Ingestion: which board a job came from (closing works per whole-board feed), run coordination across
-- instances, and the runtime watchlist of company boards.

-- '' for whole-source feeds (RemoteOK, Remotive, ...); the board token for Greenhouse, Lever and Ashby.
ALTER TABLE jobs ADD COLUMN board text NOT NULL DEFAULT '';
CREATE INDEX jobs_source_board_idx ON jobs (source, board) WHERE status = 'open';

-- A run proves it is alive by its heartbeat; one whose instance died is recognised and marked failed.
ALTER TABLE scrape_runs
    ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN trigger      text        NOT NULL DEFAULT 'manual',
    ADD COLUMN error        text,
    ADD CONSTRAINT scrape_runs_status_check CHECK (status IN ('running', 'completed', 'partial', 'failed'));
-- At most one run at a time across all instances: starting one is an INSERT that this index arbitrates.
CREATE UNIQUE INDEX scrape_runs_one_running_key ON scrape_runs ((true)) WHERE status = 'running';
CREATE INDEX scrape_runs_started_idx ON scrape_runs (started_at DESC);

ALTER TABLE scrape_logs
    ADD COLUMN position integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT scrape_logs_status_check CHECK (status IN ('running', 'completed', 'failed', 'skipped'));
-- Politeness limits count a source's recent fetches (Remotive: 4 a day).
CREATE INDEX scrape_logs_source_started_idx ON scrape_logs (source, started_at DESC);

-- Boards added at run time; boards from CAREER_AGENT_SOURCES_*_BOARDS are configuration, not rows.
CREATE TABLE source_boards (
    provider text        NOT NULL CHECK (provider IN ('greenhouse', 'lever', 'ashby')),
    token    text        NOT NULL,
    added_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, token)
);
