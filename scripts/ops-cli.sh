#!/usr/bin/env bash
# Runs one verb of ops-cli (bin/trace, bin/replay, bin/dlt, bin/offsets), building its jar first when the jar is
# missing or older than its sources. The broker and the services come from the environment the services read:
# KAFKA_BOOTSTRAP_SERVERS (default localhost:9092, where the local run, the cluster and kcat look) and
# <SERVICE>_MANAGEMENT_URL (default http://localhost:9081…9086). For a compose deployment, run the same verbs on its
# network instead: docker compose run --rm ops-cli <verb> …
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
jar=ops-cli/target/ops-cli-0.1.0-SNAPSHOT-exec.jar
if [[ ! -f $jar ]] || [[ -n $(find ops-cli/src common-events/src ops-cli/pom.xml -newer "$jar" -type f -print -quit) ]]; then
  ./mvnw -q -B install -DskipTests -pl ops-cli -am >&2
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "$@"
