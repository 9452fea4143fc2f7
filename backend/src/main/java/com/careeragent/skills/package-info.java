/**
 * The curated skill taxonomy (resources/skills/taxonomy.json): canonical skill names with aliases and
 * related skills, lookup of user-typed names and tags, and precise extraction of skills from job
 * descriptions and CV text. Job ingestion, profiles, matching and insights all speak these names.
 * The taxonomy is copied into the {@code skills} table at start-up.
 */
package com.careeragent.skills;
