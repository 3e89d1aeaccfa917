#!/usr/bin/env bash
# The offline engines shell out to ffmpeg/ffprobe and espeak-ng. Installs them from Debian's packages when missing,
# so a fresh machine needs nothing but a JDK. Run by the root pom in the validate phase of every build.
set -euo pipefail
missing=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} (needed by the offline speech and video engines)"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo -n)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
