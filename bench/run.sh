#!/usr/bin/env bash
# Benchmarks loading specs into the resolved AST against two references measured in the same run:
# the floor (libyaml's bare event parse of the same file, bench/yaml_floor.c) and PyYAML's CSafeLoader.
# Prints the fastest of several runs for each, and the ratios to the floor. Then times generating the models, and the
# models with the client, and every mode, of both specs (load + translate + render, in memory), with the ratio to loading the same file.
# Last, the generated server's cost of validation: the Libredesk corpus spec is generated with --mode server (by the
# release build of openapi-swift) into .build-bench/libredesk, bench/server (a package that depends on it) is built
# with -c release, and it answers the same requests in-process with `validation: .off` (decode only) and `.on`
# (decode + validate), printing the best run of each in requests per second and what validation costs over decoding.
#
# Usage: bash bench/run.sh [ITERATIONS]      (needs ../shared beside the repo, libyaml-dev, python3-yaml)
# SCRATCH_PATH=DIR builds in DIR instead of .build.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-7}
shared=../shared
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
swift build -c release "${scratch[@]}" --product LoadBenchmark >/dev/null
bin=$(swift build -c release "${scratch[@]}" --show-bin-path)/LoadBenchmark
cc -O2 -o "$work/yaml_floor" bench/yaml_floor.c $(pkg-config --cflags --libs yaml-0.1)
python3 "$shared/bench/synth_spec.py" 150 "$work/synth150.yaml" >/dev/null

loads=()
files=("$work/synth150.yaml" "$shared/corpus/stripe/spec3.yaml")
names=("synth 150" "stripe spec3.yaml")
printf '%-18s %9s %9s %9s %12s %9s %9s\n' "spec" "floor ms" "parse ms" "load ms" "PyYAML ms" "parse/fl" "load/fl"
for i in "${!files[@]}"; do
    file=${files[$i]}
    floor=$("$work/yaml_floor" "$file" "$iterations")
    parse=$("$bin" --parse-only "$file" "$iterations")
    load=$("$bin" "$file" "$iterations")
    loads[$i]=$load
    pyyaml=$(python3 bench/pyyaml_load.py "$file" 3)
    printf '%-18s %9s %9s %9s %12s %8.2fx %8.2fx\n' "${names[$i]}" "$floor" "$parse" "$load" "$pyyaml" \
        "$(echo "$parse / $floor" | bc -l)" "$(echo "$load / $floor" | bc -l)"
done
echo "parse = YAML text to located node tree; load = parse + OpenAPI AST + every \$ref resolved (SpecLoader.load)."

for i in "${!files[@]}"; do
    for mode in models client all; do
        generated=$("$bin" --generate-$mode "${files[$i]}" "$iterations")
        read -r total part_load part_library <<<"$generated"
        label="$mode ${names[$i]%% *}"
        [[ $mode == client ]] && label="models+client ${names[$i]%% *}"
        [[ $mode == all ]] && label="all modes ${names[$i]%% *}"
        printf '%-24s %9s ms = %6.2fx load (%s ms); of which load %s ms, template library %s ms, translate + render %.1f ms\n' \
            "$label" "$total" "$(echo "$total / ${loads[$i]}" | bc -l)" "${loads[$i]}" "$part_load" "$part_library" \
            "$(echo "$total - $part_load - $part_library" | bc -l)"
    done
done
echo "models = load + template library + translate + render every file of the package, in memory (nothing written);"
echo "models+client = the same with --mode client (models translated once, then the client's files rendered too);"
echo "all modes = models, client, async-http-client, server and hummingbird (one translation, every mode rendered)."

# The server's validation cost, on the real Libredesk spec (the generated package and its build stay in .build-bench).
swift build -c release "${scratch[@]}" --product openapi-swift >/dev/null
generator=$(swift build -c release "${scratch[@]}" --show-bin-path)/openapi-swift
mkdir -p .build-bench
"$generator" generate "$shared/corpus/libredesk/openapi.json" --output .build-bench/libredesk --mode server \
    --module-name LibredeskBench --no-unknown-key-warnings >/dev/null
swift build -c release --package-path bench/server --scratch-path .build-bench/server-scratch >/dev/null
.build-bench/server-scratch/release/ServerBenchmark "$iterations" 10000
echo "server = the Libredesk corpus spec's generated server answering 10000 requests in-process (routing, credentials,"
echo "decoding, the handler's bodiless 401), fastest of $iterations runs; validation costs at most 30% over decoding is the target."
