#!/usr/bin/env bash
# The test command: sets up the Python virtual environment the wire tests need (Connexion and schemathesis, from
# PyPI); with no arguments it first runs the CI recipe's test (Tests/CI/workflow-recipe.sh: the steps of
# Examples/ci/openapi-swift.yml, in order, on a new repository), then the whole suite. Extra arguments go to
# `swift test` (for example `--filter WireTests`), and the recipe's test is left out.
# Usage: Scripts/test.sh [swift test arguments...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
OPENAPI_SWIFT_PYTHON="$(Scripts/setup-test-venv.sh)"
export OPENAPI_SWIFT_PYTHON
if [ "$#" -eq 0 ]; then
    echo "== the CI recipe (Tests/CI/workflow-recipe.sh)"
    Tests/CI/workflow-recipe.sh
fi
exec swift test "$@"
