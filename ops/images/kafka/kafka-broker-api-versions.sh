#!/bin/bash
# What the compose healthcheck calls in the official image; here: does the broker accept connections on its port.
server=localhost:9092
while [ $# -gt 0 ]; do [ "$1" = "--bootstrap-server" ] && server=$2; shift; done
exec 3<>"/dev/tcp/${server%:*}/${server#*:}"
