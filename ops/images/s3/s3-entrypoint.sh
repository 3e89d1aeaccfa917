#!/bin/bash
# "server /data" (minio's command) is accepted and means the same here.
set -euo pipefail
dir=/data
[ "${1:-}" = "server" ] && dir=${2:-/data}
mkdir -p "$dir"
cat > /opt/s3/s3proxy.properties <<PROPERTIES
s3proxy.endpoint=http://0.0.0.0:9000
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${MINIO_ROOT_USER:?set MINIO_ROOT_USER}
s3proxy.credential=${MINIO_ROOT_PASSWORD:?set MINIO_ROOT_PASSWORD}
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir
PROPERTIES
exec java ${S3_JAVA_OPTS:--Xmx256m} -cp "/opt/s3/libs/*" org.gaul.s3proxy.Main --properties /opt/s3/s3proxy.properties
