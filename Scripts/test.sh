#!/usr/bin/env bash
# The test command: sets up the Python virtual environment the wire tests need (Connexion, from PyPI) and runs
# the whole suite. Extra arguments go to `swift test` (for example `--filter WireTests`).
# Usage: Scripts/test.sh [swift test arguments...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
OPENAPI_SWIFT_PYTHON="$(Scripts/setup-test-venv.sh)"
export OPENAPI_SWIFT_PYTHON
exec swift test "$@"
