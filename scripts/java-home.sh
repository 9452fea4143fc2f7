# Sourced by mvnw, run.sh and test.sh: the project targets Java 21, while this machine kind's default
# `java` is 17. When JAVA_HOME does not already point at a JDK >= 21, pick the newest one under /usr/lib/jvm.
java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
if [ -z "${JAVA_HOME-}" ] || [ ! -x "${JAVA_HOME}/bin/java" ] || [ "$(java_major "${JAVA_HOME}/bin/java")" -lt 21 ] 2>/dev/null; then
  # no globbing here: mvnw runs with `set -f`
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      break
    fi
  done
fi
