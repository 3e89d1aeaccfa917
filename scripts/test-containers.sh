#!/usr/bin/env bash
# The test command's second stage: the same tests on containers, and the compose deployment for real.
#  - a Docker engine: the one running, or Debian's installed and started when this machine allows it (root on Debian);
#    a machine that allows neither skips the stage and says why (the first stage has covered the embedded path);
#  - images: the official ones the compose file names when the engine has them, else built locally without a registry
#    (ops/images/build-local-images);
#  - CONTAINER_TESTS (the ledger's service test, a paid video, a replay; add DependencyOutageIT for the outage drills
#    with the broker's container stopped and started, ~200 s more) on Testcontainers-managed Kafka and PostgreSQL;
#  - bin/compose-check: the compose file up, a paid video, video-service scaled to 3, a container killed mid-render.
# Prints each step's duration. Containers this stage started are removed on the way out, failed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
t0=$(date +%s)
say() { echo "[container stage $(( $(date +%s) - t0 )) s] $*"; }
tests=${CONTAINER_TESTS:-CreditsServiceIT,PaidVideoIT,ReplayIT}

say "a Docker engine"
engine=0; scripts/ensure-docker.sh --compose || engine=$?
if [ $engine -eq 2 ]; then
  say "SKIPPED: no Docker engine can run on this machine (reason above); the embedded path has run"
  exit 0
fi
[ $engine -eq 0 ] || exit $engine

if docker image inspect apache/kafka:4.1.0 postgres:17 >/dev/null 2>&1; then
  say "images: the official ones, present on the engine"
  export KAFKA_IMAGE=apache/kafka:4.1.0 POSTGRES_IMAGE=postgres:17
else
  say "images: building local equivalents (no registry needed)"
  eval "export $(ops/images/build-local-images | tail -1)"
fi
remove_test_containers() {
  local ids
  ids=$(docker ps -aq --filter label=org.testcontainers=true --filter "ancestor=$KAFKA_IMAGE"; \
        docker ps -aq --filter label=org.testcontainers=true --filter "ancestor=$POSTGRES_IMAGE")
  [ -z "$ids" ] || docker rm -f $ids >/dev/null 2>&1 || true
}
trap remove_test_containers EXIT

say "tests on Testcontainers-managed Kafka and PostgreSQL: $tests"
tests_started=$(date +%s)
UGC_TEST_SERVERS=containers ./mvnw -B verify -pl credits-service,local-stack -am -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$tests" -Dfailsafe.failIfNoSpecifiedTests=false
say "tests on containers passed in $(( $(date +%s) - tests_started )) s"

compose_started=$(date +%s)
bin/compose-check --no-build
say "compose check passed in $(( $(date +%s) - compose_started )) s; container stage done"
