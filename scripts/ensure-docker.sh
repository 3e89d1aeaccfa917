#!/usr/bin/env bash
# Makes sure a Docker engine answers, installing and starting Debian's when there is none and this machine allows it
# (root with apt-get). Also installs docker-compose (v1, Debian's package) when asked with --compose.
# Exit status: 0 the engine answers; 2 there is none and this machine is not one where it may be installed or started
# (the reason on stderr); 1 an install or start was tried and failed.
set -uo pipefail
want_compose=false; [ "${1:-}" = "--compose" ] && want_compose=true
log=/var/log/ugc-dockerd.log

may_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
install() {
  may_install || { echo "cannot install $*: not root on a Debian machine" >&2; return 2; }
  echo "installing $* (Debian's packages)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/tmp/ugc-docker-install.log 2>&1 \
    || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" \
         >/tmp/ugc-docker-install.log 2>&1; } \
    || { echo "installing $* failed; see /tmp/ugc-docker-install.log" >&2; return 1; }
}

if ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null; then
    may_install || { echo "no Docker engine, and this machine is not one where one may be installed (root on Debian)" >&2; exit 2; }
    install docker.io || exit $?
  fi
  [ "$(id -u)" = 0 ] || { echo "a Docker engine is installed but not running, and only root may start it" >&2; exit 2; }
  echo "starting dockerd (log: $log)" >&2
  (dockerd >"$log" 2>&1 &)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  if ! docker info >/dev/null 2>&1; then
    # a machine that forbids what dockerd needs (a container without privileges) ends here: not ours to fix
    echo "dockerd did not start on this machine; the last lines of $log:" >&2
    tail -5 "$log" >&2
    exit 2
  fi
fi
if $want_compose && ! command -v docker-compose >/dev/null; then
  install docker-compose || exit $?
fi
exit 0
