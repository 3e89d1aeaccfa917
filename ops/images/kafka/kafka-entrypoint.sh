#!/bin/bash
# KAFKA_FOO_BAR=x -> foo.bar=x (the official image's convention: ___ is '-', __ is '_'); formats the log dir once.
set -euo pipefail
config=/opt/kafka/config/server.properties
mkdir -p /opt/kafka/config
: > "$config"
grep -q '^KAFKA_LOG_DIRS=' <(env) || echo "log.dirs=/var/lib/kafka/data" >> "$config"
while IFS='=' read -r name value; do
  [[ "$name" == KAFKA_* ]] || continue
  [[ "$name" == KAFKA_HEAP_OPTS || "$name" == KAFKA_OPTS ]] && continue
  key=$(echo "${name#KAFKA_}" | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g' | tr '[:upper:]' '[:lower:]')
  echo "$key=$value" >> "$config"
done < <(env)
# a combined broker and controller given no voters votes for itself on its CONTROLLER listener (what the official
# image does; Testcontainers' KafkaContainer relies on it)
if [[ "${KAFKA_PROCESS_ROLES:-}" == *controller* ]] && ! grep -q '^controller.quorum.\(voters\|bootstrap.servers\)=' "$config"; then
  controller_port=$(echo "${KAFKA_LISTENERS:-}" | sed -n 's/.*CONTROLLER:\/\/[^:,]*:\([0-9]*\).*/\1/p')
  echo "controller.quorum.voters=${KAFKA_NODE_ID:-1}@localhost:${controller_port:-9093}" >> "$config"
fi
classpath="/opt/kafka/libs/*"
java ${KAFKA_HEAP_OPTS:--Xmx512m} -cp "$classpath" kafka.tools.StorageTool format \
  --cluster-id "${CLUSTER_ID:-ugc-local-cluster-00001}" --config "$config" --ignore-formatted
exec java ${KAFKA_HEAP_OPTS:--Xmx512m} ${KAFKA_OPTS:-} -cp "$classpath" kafka.Kafka "$config"
