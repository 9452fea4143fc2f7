#!/usr/bin/env bash
# Builds the front end and the back end, then starts Career Agent at http://localhost:${PORT:-8000}.
# Needs nothing else: PostgreSQL runs embedded (data in ${CAREER_AGENT_DATA_DIR:-~/.career-agent}),
# caches stay in the process without REDIS_URL, and the LLM features run offline without ANTHROPIC_API_KEY.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-home.sh
./mvnw -B -DskipTests package
exec "${JAVA_HOME}/bin/java" -jar backend/target/career-agent.jar "$@"
