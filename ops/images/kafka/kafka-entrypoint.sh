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
classpath="/opt/kafka/libs/*"
java ${KAFKA_HEAP_OPTS:--Xmx512m} -cp "$classpath" kafka.tools.StorageTool format \
  --cluster-id "${CLUSTER_ID:-ugc-local-cluster-00001}" --config "$config" --ignore-formatted
exec java ${KAFKA_HEAP_OPTS:--Xmx512m} ${KAFKA_OPTS:-} -cp "$classpath" kafka.Kafka "$config"
