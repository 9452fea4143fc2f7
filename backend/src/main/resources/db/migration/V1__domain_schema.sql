-- Career Agent domain schema (the whole domain of the architecture document).
-- Every row a user owns is deleted with the user (ON DELETE CASCADE).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accounts -------------------------------------------------------------------------------------
CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    full_name     text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Skill taxonomy (curated data shipped with the app, synced at start-up) ----------------------
CREATE TABLE skills (
    name       text PRIMARY KEY,
    category   text   NOT NULL,
    aliases    text[] NOT NULL DEFAULT '{}',
    related    text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX skills_name_trgm ON skills USING gin (lower(name) gin_trgm_ops);

-- Skills a user added that the taxonomy does not know; offered back to that user only.
CREATE TABLE custom_skills (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX custom_skills_user_name_key ON custom_skills (user_id, lower(name));

-- Profiles and CVs ------------------------------------------------------------------------------
CREATE TABLE profiles (
    user_id              uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    full_name            text,
    headline             text,
    location             text,
    email                text,
    phone                text,
    summary              text,
    years_experience     numeric(4, 1),
    seniority            text,
    target_titles        text[]      NOT NULL DEFAULT '{}',
    preferred_locations  text[]      NOT NULL DEFAULT '{}',
    remote_preference    text,
    salary_expectation   integer,
    salary_currency      text,
    languages            jsonb       NOT NULL DEFAULT '[]',
    links                jsonb       NOT NULL DEFAULT '[]',
    experience           jsonb       NOT NULL DEFAULT '[]',
    education            jsonb       NOT NULL DEFAULT '[]',
    -- fields the user corrected by hand; a new CV upload does not overwrite them
    edited_fields        text[]      NOT NULL DEFAULT '{}',
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cv_documents (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    filename     text        NOT NULL,
    media_type   text        NOT NULL,
    size_bytes   integer     NOT NULL,
    content      bytea       NOT NULL,
    text         text        NOT NULL,
    text_sha256  text        NOT NULL,
    parser       text        NOT NULL,
    parsed       jsonb       NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cv_documents_user_idx ON cv_documents (user_id, uploaded_at DESC);

CREATE TABLE user_skills (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    level      text,
    years      numeric(4, 1),
    origin     text        NOT NULL DEFAULT 'manual',   -- manual | cv
    evidence   text,
    custom     boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, name)
);

-- Jobs ------------------------------------------------------------------------------------------
-- array_to_string is only STABLE; a generated column needs an IMMUTABLE expression.
CREATE FUNCTION immutable_join(text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$;

CREATE TABLE jobs (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source           text        NOT NULL,
    source_id        text        NOT NULL,
    title            text        NOT NULL,
    company          text        NOT NULL,
    url              text,
    apply_url        text,
    location         text,
    remote           boolean     NOT NULL DEFAULT false,
    regions          text[]      NOT NULL DEFAULT '{}',
    employment_type  text,
    seniority        text,
    salary_min       integer,
    salary_max       integer,
    salary_currency  text,
    salary_period    text,
    posted_at        timestamptz,
    description_html text,
    description_text text,
    skills           text[]      NOT NULL DEFAULT '{}',
    tags             text[]      NOT NULL DEFAULT '{}',
    content_hash     text        NOT NULL,
    fingerprint      text,
    cluster_id       bigint,
    status           text        NOT NULL DEFAULT 'open',
    missed_runs      integer     NOT NULL DEFAULT 0,
    first_seen_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at     timestamptz NOT NULL DEFAULT now(),
    closed_at        timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    search_vector    tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(company, '') || ' ' || immutable_join(skills)), 'B') ||
        setweight(to_tsvector('english', coalesce(description_text, '')), 'C')
    ) STORED,
    CONSTRAINT jobs_source_key UNIQUE (source, source_id),
    CONSTRAINT jobs_status_check CHECK (status IN ('open', 'closed'))
);
CREATE INDEX jobs_search_idx ON jobs USING gin (search_vector);
CREATE INDEX jobs_skills_idx ON jobs USING gin (skills);
CREATE INDEX jobs_cluster_idx ON jobs (cluster_id);
CREATE INDEX jobs_fingerprint_idx ON jobs (fingerprint);
CREATE INDEX jobs_open_posted_idx ON jobs (posted_at DESC, id DESC) WHERE status = 'open';

-- Matches and the application pipeline ----------------------------------------------------------
CREATE TABLE matches (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id         bigint        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    score          numeric(5, 2) NOT NULL,
    factors        jsonb         NOT NULL DEFAULT '[]',
    missing_skills text[]        NOT NULL DEFAULT '{}',
    analysis       jsonb,
    status         text          NOT NULL DEFAULT 'new',
    notes          text,
    next_action_at timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT matches_user_job_key UNIQUE (user_id, job_id),
    CONSTRAINT matches_status_check CHECK (status IN
        ('new', 'saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'))
);
CREATE INDEX matches_user_score_idx ON matches (user_id, score DESC);

CREATE TABLE match_status_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    match_id    uuid        NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    from_status text,
    to_status   text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX match_status_history_match_idx ON match_status_history (match_id, changed_at);

-- Scraping runs and their per-source logs -----------------------------------------------------
CREATE TABLE scrape_runs (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    status       text        NOT NULL,
    requested_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    sources      text[]      NOT NULL DEFAULT '{}',
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE TABLE scrape_logs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES scrape_runs (id) ON DELETE CASCADE,
    source      text        NOT NULL,
    status      text        NOT NULL,
    found       integer     NOT NULL DEFAULT 0,
    created     integer     NOT NULL DEFAULT 0,
    updated     integer     NOT NULL DEFAULT 0,
    unchanged   integer     NOT NULL DEFAULT 0,
    invalid     integer     NOT NULL DEFAULT 0,
    closed      integer     NOT NULL DEFAULT 0,
    error       text,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX scrape_logs_run_idx ON scrape_logs (run_id);

-- LLM-generated application material --------------------------------------------------------
CREATE TABLE generated_documents (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id     bigint      NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('cover_letter', 'cv_highlights')),
    content    text        NOT NULL,
    model      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT generated_documents_key UNIQUE (user_id, job_id, kind)
);

-- Market statistics per skill, one snapshot per day ------------------------------------------
CREATE TABLE skill_market_stats (
    snapshot_date     date          NOT NULL,
    skill             text          NOT NULL,
    open_jobs         integer       NOT NULL,
    share             numeric(6, 4) NOT NULL,
    jobs_with_salary  integer       NOT NULL DEFAULT 0,
    median_salary     integer,
    PRIMARY KEY (snapshot_date, skill)
);
