#!/usr/bin/env bash
# One-command set-up for running the daemon from this checkout: a virtualenv with the
# project installed, a starter config (never overwritten), and the `followupd` command.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    echo "python3-venv is missing: sudo apt-get install python3-venv" >&2
    exit 1
  fi
fi
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
# An editable install leaves the package uncompiled, and the systemd unit sets
# PYTHONDONTWRITEBYTECODE: compile once here so a start does not compile every module.
.venv/bin/python -m compileall -q daemon

config_dir="${XDG_CONFIG_HOME:-$HOME/.config}/interview-followup"
mkdir -p "$config_dir"
chmod 700 "$config_dir"
if [[ ! -e "$config_dir/config.yaml" ]]; then
  install -m 600 config.example.yaml "$config_dir/config.yaml"
  echo "wrote $config_dir/config.yaml: edit it (your address, servers, password_file)"
else
  echo "kept your existing $config_dir/config.yaml"
fi
echo "installed: $(pwd)/.venv/bin/followupd ($(.venv/bin/followupd --version))"
echo "next: .venv/bin/followupd check && .venv/bin/followupd run"
