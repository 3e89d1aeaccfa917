# Sourced by ./mvnw: the build needs JDK 21 or newer, and some machines default to 17.
# Keeps JAVA_HOME when it is new enough, otherwise picks the newest JDK >= 21 under /usr/lib/jvm.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
ugc_current_home="${JAVA_HOME-}"
if [ -z "$ugc_current_home" ] && command -v java >/dev/null 2>&1; then
  ugc_current_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
if [ -z "$ugc_current_home" ] || [ "$(java_major "$ugc_current_home")" -lt 21 ] 2>/dev/null; then
  ugc_best=""; ugc_best_major=0
  # mvnw runs with "set -f" (no globbing), hence find.
  for ugc_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null); do
    [ -x "$ugc_jdk/bin/javac" ] || continue
    ugc_major=$(java_major "$ugc_jdk")
    if [ -n "$ugc_major" ] && [ "$ugc_major" -ge 21 ] && [ "$ugc_major" -gt "$ugc_best_major" ]; then
      ugc_best="$ugc_jdk"; ugc_best_major="$ugc_major"
    fi
  done
  if [ -z "$ugc_best" ]; then
    echo "This build needs JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
    exit 1
  fi
  JAVA_HOME="$ugc_best"
fi
export JAVA_HOME
