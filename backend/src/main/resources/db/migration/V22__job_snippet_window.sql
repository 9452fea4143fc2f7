-- The part of a description worth highlighting: ~480 characters around the first place one of the query's
-- stems occurs, or the start (stems are mostly prefixes of their words: engin -> engineer). ts_headline
-- parses everything it is given, ~1 ms for a long description, so results hand it this window instead.
CREATE FUNCTION job_snippet_window(body text, stems text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
               WHEN hit IS NULL OR hit <= 160 THEN left(body, 480)
               -- drop the partial word the cut landed in
               ELSE regexp_replace(substr(body, hit - 160, 480), '^\S*\s+', '')
           END
    FROM (SELECT min(nullif(strpos(lower(body), stem), 0)) AS hit FROM unnest(stems) AS stem
          WHERE length(stem) >= 3) AS first_hit $$;  -- "c" or "go" would hit anywhere

-- The lexemes a tsquery looks for, without directly excluded ones: 'java' & !'php' -> {java}.
CREATE FUNCTION job_tsquery_stems(query tsquery) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(replace(m[2], '''''', '''')) FILTER (WHERE m[1] = ''), '{}')
    FROM regexp_matches(query::text, '(!?)''((?:[^'']|'''')+)''', 'g') AS m $$;
