#!/bin/sh
# Installs the Debian packages atscope needs that are missing. Quiet when
# everything is there; works as root or through sudo.
set -eu
PKGS="gcc make cmake pkg-config libpcre2-dev libjansson-dev libcmocka-dev python3 python3-jsonschema time chromium nodejs ${ATS_DEPS_EXTRA:-}"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "atscope: installing missing packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "atscope: need root or sudo to install:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
