-- Read side of jobs: physical layout and indexes for search (see docs/benchmarks/search.md).

-- Keep the weighted tsvector inside the heap row instead of TOAST. Broad queries ("java", "engineer")
-- walk the newest jobs in posted_at order and test `search_vector @@ query` row by row until they have
-- enough matches; with the vector out of line every test costs a TOAST index lookup plus chunk reads
-- (~5 buffer hits, measured 7x slower). MAIN still lets PostgreSQL compress it or, as a last resort for
-- a huge description, move it out of line, so no insert can fail. The descriptions stay in TOAST.
ALTER TABLE jobs ALTER COLUMN search_vector SET STORAGE MAIN;

-- Salary comparable across pay periods: an amount per year (the currency is compared as stated).
CREATE FUNCTION job_salary_per_year(amount integer, period text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(coalesce(period, 'year'))
               WHEN 'hour' THEN amount::bigint * 2080
               WHEN 'hourly' THEN amount::bigint * 2080
               WHEN 'day' THEN amount::bigint * 260
               WHEN 'daily' THEN amount::bigint * 260
               WHEN 'week' THEN amount::bigint * 52
               WHEN 'weekly' THEN amount::bigint * 52
               WHEN 'month' THEN amount::bigint * 12
               WHEN 'monthly' THEN amount::bigint * 12
               ELSE amount::bigint
           END $$;

-- sort=salary walks this index (highest first) and stops early, like sort=newest walks jobs_open_newest_idx.
CREATE INDEX jobs_open_salary_idx ON jobs (job_salary_per_year(coalesce(salary_max, salary_min), salary_period) DESC, id DESC)
    WHERE status = 'open' AND coalesce(salary_max, salary_min) IS NOT NULL;

-- Searches walk open jobs newest first and stop early. Every filter column is in the index entry, so a
-- filtered walk tests remote, source, seniority, employment type, salary, skills and location without
-- touching the 2.6 KB heap row (index-only scan) and reads the heap only for rows that pass, to test the
-- text; a filter-only search never reads the heap. A job without a posting date sorts last, not first,
-- so this replaces V1's NULLS FIRST index.
DROP INDEX jobs_open_posted_idx;
CREATE INDEX jobs_open_newest_idx ON jobs (posted_at DESC NULLS LAST, id DESC)
    INCLUDE (remote, source, seniority, employment_type, salary_min, salary_max, salary_period, skills,
             cluster_id, location)
    WHERE status = 'open';

-- includeClosed=true walks every job.
CREATE INDEX jobs_newest_idx ON jobs (posted_at DESC NULLS LAST, id DESC);

-- location filter: case-insensitive substring match.
CREATE INDEX jobs_location_trgm ON jobs USING gin (lower(location) gin_trgm_ops);
