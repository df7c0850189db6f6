#!/usr/bin/env bash
# One command to run the whole test suite on a fresh Debian machine (as root) or a dev box.
# Installs what is missing (Debian: dovecot-imapd, python3-venv; pip: the project with its
# test extra into .venv), then runs ruff, mypy --strict and pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }

apt_packages=()
command -v dovecot >/dev/null 2>&1 || [[ -x /usr/sbin/dovecot ]] || apt_packages+=(dovecot-imapd)
command -v python3 >/dev/null 2>&1 || apt_packages+=(python3)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || apt_packages+=(python3-venv)
command -v systemd-analyze >/dev/null 2>&1 || apt_packages+=(systemd)
if ((${#apt_packages[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing system packages: ${apt_packages[*]}; install them as root (apt-get install ${apt_packages[*]})" >&2
    exit 1
  fi
  log "installing ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi
# Debian's package starts nothing here, but make sure a system dovecot does not hold our ports.
export PATH="$PATH:/usr/sbin:/sbin"

if [[ ! -x .venv/bin/python ]]; then
  log "creating .venv"
  python3 -m venv .venv
fi
log "installing the project and its test tools into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
# Compile once, as an installed package is: with PYTHONDONTWRITEBYTECODE set (as the unit
# and some shells do), every daemon the integration tests start would compile each module.
.venv/bin/python -m compileall -q daemon

log "ruff"
.venv/bin/ruff check daemon tests bench
.venv/bin/ruff format --check daemon tests bench
log "mypy --strict daemon/"
.venv/bin/mypy daemon
log "pytest"
# Integration tests mostly wait on real servers and timers: three workers (one file each
# at a time, each with its own Dovecot and SMTP sink) keep the run well under 15 minutes
# on two cores. FOLLOWUPD_TEST_WORKERS=0 runs everything in one process.
workers="${FOLLOWUPD_TEST_WORKERS:-3}"
if [[ "$workers" == 0 ]]; then
  exec .venv/bin/pytest -q -p no:cacheprovider "$@"
fi
exec .venv/bin/pytest -q -p no:cacheprovider -n "$workers" --dist loadfile "$@"
