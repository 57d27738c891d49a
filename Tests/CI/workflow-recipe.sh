#!/usr/bin/env bash
# Tests the CI recipe, Examples/ci/openapi-swift.yml: on a new repository made the way the README's first-generation
# flow makes one (`openapi-swift config init SPEC`, then `openapi-swift generate`), it runs the workflow's `run:`
# steps in the order the file gives them, with the job's env and GitHub's shell (`bash -eo pipefail`), and expects
# them all to pass; then it edits the spec without regenerating, runs them again, and expects the `generate --check`
# step to fail with the "not up to date" error, as the workflow would on such a push. The tool's source is this
# repository (the workflow's second checkout), so its install step reuses this repository's release build.
# Usage: Tests/CI/workflow-recipe.sh   (Scripts/test.sh runs it before swift test when given no arguments)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
python="${OPENAPI_SWIFT_PYTHON:-$(Scripts/setup-test-venv.sh)}"
workflow="$root/Examples/ci/openapi-swift.yml"
swift build -c release --product openapi-swift >/dev/null
tool="$(swift build -c release --show-bin-path)/openapi-swift"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repository="$work/repository"
mkdir -p "$repository" "$work/home"
cp Examples/specs/libredesk.yaml "$repository/libredesk.yaml"
(cd "$repository" && "$tool" config init libredesk.yaml && "$tool" generate)

# The run steps, one file each (steps/1.sh, ...), and the job's env as KEY=VALUE lines.
"$python" - "$workflow" "$work" <<'PYTHON'
import pathlib, sys, yaml
workflow = yaml.safe_load(open(sys.argv[1]))
(job,) = workflow["jobs"].values()
out = pathlib.Path(sys.argv[2])
(out / "steps").mkdir()
(out / "env").write_text("".join(f"{key}={value}\n" for key, value in job.get("env", {}).items()))
runs = [step for step in job["steps"] if "run" in step]
for number, step in enumerate(runs, 1):
    (out / "steps" / f"{number}.sh").write_text(step["run"])
    (out / "steps" / f"{number}.name").write_text(step.get("name", ""))
PYTHON

# Runs every step in order; prints each step's name and output; stops at the first that fails and prints its name.
run_steps() {
    local number=1
    while [ -f "$work/steps/$number.sh" ]; do
        local name
        name="$(cat "$work/steps/$number.name")"
        echo "-- step $number: $name"
        if ! (
            cd "$repository"
            set -a
            # shellcheck disable=SC1091
            . "$work/env"
            set +a
            export OPENAPI_SWIFT_SOURCE="$root" HOME="$work/home"
            bash --noprofile --norc -eo pipefail "$work/steps/$number.sh"
        ); then
            failed="$name"
            return 1
        fi
        number=$((number + 1))
    done
    [ "$number" -gt 1 ] || { echo "the workflow has no run steps" >&2; exit 1; }
}

echo "== the workflow's steps on a current package"
failed=""
if ! run_steps >"$work/current.log" 2>&1; then
    cat "$work/current.log"
    echo "FAIL: the step '$failed' failed on a current package" >&2
    exit 1
fi
grep -- '^-- step' "$work/current.log"
grep -q -- '-- step .*: Check that the generated package is current' "$work/current.log"

echo "== the same steps after editing the spec without regenerating"
sed -i 's/^\(  title: \).*/\1Libredesk API (edited)/' "$repository/libredesk.yaml"
failed=""
if run_steps >"$work/stale.log" 2>&1; then
    cat "$work/stale.log"
    echo "FAIL: the workflow passed on a stale package" >&2
    exit 1
fi
if [ "$failed" != "Check that the generated package is current" ] \
    || ! grep -q "is not up to date" "$work/stale.log"; then
    cat "$work/stale.log"
    echo "FAIL: expected the generate --check step to fail with 'not up to date'; '$failed' failed" >&2
    exit 1
fi
grep -E "^error: .*not up to date|^run: " "$work/stale.log"
echo "ok: the workflow passes on a current package and fails at its generate --check step on a stale one"
