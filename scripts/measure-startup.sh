#!/usr/bin/env bash
# Measures how long the packaged app takes from `java -jar` to a healthy /actuator/health, on a fresh
# data directory (first start: initdb + migrations) and again on the same directory (restart).
# Usage: scripts/measure-startup.sh [runs]   (build first: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh
runs=${1:-3}
port=18999
measure() {
  local dir=$1 start end pid
  start=$(date +%s%N)
  PORT=$port CAREER_AGENT_DATA_DIR=$dir CAREER_AGENT_REFRESH_CRON=- "$JAVA_HOME/bin/java" -jar backend/target/career-agent.jar >"$dir.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq "$runs"); do
  dir=$(mktemp -d)
  first=$(measure "$dir")
  again=$(measure "$dir")
  echo "run $i: fresh data dir ${first} ms, restart ${again} ms"
  rm -rf "$dir" "$dir.log"
done
