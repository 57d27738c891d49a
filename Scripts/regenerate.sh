#!/usr/bin/env bash
# Regenerates the packages of Generated/ with the project's own `openapi-swift generate`, each from the
# openapi-swift.yml checked in beside it (Generated/<Package>/openapi-swift.yml: its seed spec in Examples/specs, the
# modes). This is the command users run; the golden tests and CI check Generated/ with it.
#
# Usage: Scripts/regenerate.sh            bring every package of Generated/ up to date (hand-edited files replaced)
#        Scripts/regenerate.sh --check    change nothing; exit 1 with a diff when a package is stale
# Environment: SCRATCH_PATH=DIR builds openapi-swift in DIR instead of .build;
#              OPENAPI_SWIFT=PATH uses that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
    "") ;;
    --check) check=true ;;
    *) echo "usage: Scripts/regenerate.sh [--check]" >&2; exit 64 ;;
esac

if [[ -n "${OPENAPI_SWIFT:-}" ]]; then
    bin=$OPENAPI_SWIFT
else
    scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
    swift build "${scratch[@]}" --product openapi-swift >&2
    bin=$(swift build "${scratch[@]}" --show-bin-path)/openapi-swift
fi

status=0
for config in Generated/*/openapi-swift.yml; do
    if $check; then
        "$bin" generate --check --config "$config" || status=1
    else
        "$bin" generate --force --config "$config"
    fi
done
if $check && [[ $status -eq 0 ]]; then
    echo "Generated/ is up to date ($(ls Generated | tr '\n' ' ' | sed 's/ $//'))"
fi
exit $status
