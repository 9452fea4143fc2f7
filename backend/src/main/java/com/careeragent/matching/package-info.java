/**
 * Matching and tracking: explainable, deterministic ranking of open jobs for a profile (skills, title,
 * seniority, location, salary and recency factors, each with its evidence), an in-memory index of open
 * jobs kept fresh by ingestion events, and the application pipeline (status, notes, history, CSV).
 */
package com.careeragent.matching;
