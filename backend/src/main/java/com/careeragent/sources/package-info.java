/**
 * Ingestion: reads job postings from RemoteOK, Greenhouse, Lever, Ashby, Remotive, Arbeitnow and (when an
 * operator enables it) We Work Remotely behind one {@code JobSource} port, normalises them to
 * {@link com.careeragent.jobs.NormalizedJob}, and stores them through {@link com.careeragent.jobs.JobCatalog}
 * in refresh runs (manual or scheduled, one at a time across instances) with per-source scrape logs.
 */
package com.careeragent.sources;
