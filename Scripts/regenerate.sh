#!/usr/bin/env bash
# Regenerates Generated/<PackageName>/ from the seed specs with the project's own `openapi-swift generate`.
#
# The seed specs are the golden cases' specs, Tests/GoldenTests/Cases/<seed>/spec.yaml (the only copy in the repo).
# They are passed as paths relative to the repository, so the headers of the generated files do not depend on
# where the repository is checked out (and match the golden tests' expected/ packages).
#
# Usage: Scripts/regenerate.sh            rewrite Generated/ (it holds nothing else: its contents are replaced)
#        Scripts/regenerate.sh --check    generate twice into a temporary folder; exit 1 with the diff when the two
#                                         runs differ (output not deterministic) or differ from Generated/ (stale)
# Environment: SCRATCH_PATH=DIR builds openapi-swift in DIR instead of .build;
#              OPENAPI_SWIFT=PATH uses that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

seeds=(libredesk luminous ruddr superoffice)
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

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# generate_all DIR: generates every seed into DIR/<PackageName>/.
generate_all() {
    local out=$1 seed spec name
    mkdir -p "$out"
    for seed in "${seeds[@]}"; do
        spec=Tests/GoldenTests/Cases/$seed/spec.yaml
        "$bin" generate "$spec" --mode models --mode client --mode server --output "$work/staging" --quiet
        # The manifest of hashes is for incremental updates of a real output folder; Generated/ is replaced whole.
        rm -f "$work/staging/.openapi-swift-manifest.json"
        name=$(sed -n 's/^ *name: "\([A-Za-z_][A-Za-z0-9_]*\)",$/\1/p' "$work/staging/Package.swift" | head -n 1)
        if [[ -z "$name" ]]; then
            echo "regenerate: cannot read the package name of $work/staging/Package.swift ($spec)" >&2
            exit 1
        fi
        if [[ -e "$out/$name" ]]; then
            echo "regenerate: two seeds generate the package $name" >&2
            exit 1
        fi
        mv "$work/staging" "$out/$name"
    done
}

generate_all "$work/first"
if ! $check; then
    mkdir -p Generated
    find Generated -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    cp -R "$work/first/." Generated/
    echo "wrote $(ls "$work/first" | tr '\n' ' ')to Generated/"
    exit 0
fi

generate_all "$work/second"
if ! diff -ru "$work/first" "$work/second"; then
    echo "regenerate --check: two runs of openapi-swift generate gave different output (see the diff above)" >&2
    exit 1
fi
if ! diff -ru Generated "$work/first"; then
    echo "regenerate --check: Generated/ is stale; run Scripts/regenerate.sh and commit the result" >&2
    exit 1
fi
echo "Generated/ is up to date ($(ls "$work/first" | tr '\n' ' ' | sed 's/ $//'))"
