import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig, devices } from '@playwright/test';

// Runs the real application jar (backend + the SPA it embeds) and drives it with Debian's Chromium.
// Build the jar first: `./mvnw -B -pl backend -DskipTests package` (after building the front end).

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.E2E_PORT ?? 18765);
const baseURL = `http://127.0.0.1:${port}`;
const jar = resolve(here, '../backend/target/career-agent.jar');
// tests/sources.spec.ts serves a fake Lever board API here (the app reads no Lever site unless one is added).
const fakeSourcesPort = Number(process.env.E2E_SOURCES_PORT ?? port + 2);
process.env.E2E_SOURCES_PORT = String(fakeSourcesPort);

if (!existsSync(jar)) {
  throw new Error(`${jar} is missing: build it with ./mvnw -B -pl backend -DskipTests package`);
}

/** JAVA_HOME when it holds a JDK >= 21 (./mvnw makes sure of that), else the machine's JDK 25. */
function javaHome(): string {
  const candidate = process.env.JAVA_HOME;
  if (candidate && existsSync(join(candidate, 'bin/java'))) {
    const release = existsSync(join(candidate, 'release')) ? readFileSync(join(candidate, 'release'), 'utf8') : '';
    const major = Number(/JAVA_VERSION="(\d+)/.exec(release)?.[1] ?? 0);
    if (major >= 21) return candidate;
  }
  return '/usr/lib/jvm/temurin-25-jdk-amd64';
}

// A fresh, empty data directory per run (database included), removed when the run ends, after the
// server has stopped. The config file is evaluated again in each worker; the environment variable
// makes them all agree on the directory made here, in the main process.
if (!process.env.E2E_DATA_DIR) {
  const created = mkdtempSync(join(tmpdir(), 'career-agent-e2e-'));
  process.env.E2E_DATA_DIR = created;
  if (!process.env.E2E_KEEP_DATA) process.on('exit', () => rmSync(created, { recursive: true, force: true }));
}
const dataDir = process.env.E2E_DATA_DIR;

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `"${javaHome()}/bin/java" -jar "${jar}"`,
    url: `${baseURL}/actuator/health`,
    env: {
      PORT: String(port),
      CAREER_AGENT_DATA_DIR: dataDir,
      CAREER_AGENT_REFRESH_CRON: '-',
      // development with no administrators named: every account may change the watchlist (sources spec)
      CAREER_AGENT_ADMIN_EMAILS: '',
      // the local stand-in for Remote OK started by the jobs and matches specs (e2e/fixtures/job-feed.ts)
      CAREER_AGENT_SOURCES_REMOTEOK_URL: `http://127.0.0.1:${process.env.E2E_FEED_PORT ?? port + 1}/api`,
      // the fake Lever API of the sources spec
      CAREER_AGENT_SOURCES_LEVER_URL: `http://127.0.0.1:${fakeSourcesPort}/lever`,
      // all specs upload from one address; the 5/hour default would make them depend on order
      CAREER_AGENT_CV_UPLOADS_PER_HOUR: '1000',
    },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // Let Spring shut down cleanly so the embedded database it started stops too.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
