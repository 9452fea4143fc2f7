-- How many open jobs ask for each skill ("market frequency"), for the skill suggester. Counting
-- 1M jobs' skills live costs seconds, so the app refreshes this view in the background.
CREATE MATERIALIZED VIEW job_skill_frequencies AS
SELECT skill, count(*) FILTER (WHERE status = 'open')::integer AS open_jobs
FROM jobs, unnest(skills) AS skill
GROUP BY skill;

CREATE UNIQUE INDEX job_skill_frequencies_skill_key ON job_skill_frequencies (skill);
CREATE INDEX job_skill_frequencies_trgm ON job_skill_frequencies USING gin (lower(skill) gin_trgm_ops);
