#!/usr/bin/env bash
# Creates (or reuses) the Python virtual environment the wire tests use, `.build-venv`, with the peers the tests
# are judged by: Connexion (a validating server built from a spec, for the client) and schemathesis (a
# property-based tester, for the server).
# Usage: Scripts/setup-test-venv.sh   (prints the environment's python path)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.build-venv"
requirements="$root/Tests/Wire/requirements.txt"
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >&2
fi
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
    cp "$requirements" "$stamp"
fi
echo "$venv/bin/python"
