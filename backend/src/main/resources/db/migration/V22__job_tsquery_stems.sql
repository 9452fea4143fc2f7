-- The lexemes a tsquery looks for, without directly excluded ones: 'java' & !'php' -> {java}. Search uses
-- them to price a GIN scan (how common each word is) and to highlight the words a result matched.
CREATE FUNCTION job_tsquery_stems(query tsquery) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(replace(m[2], '''''', '''')) FILTER (WHERE m[1] = ''), '{}')
    FROM regexp_matches(query::text, '(!?)''((?:[^'']|'''')+)''', 'g') AS m $$;
