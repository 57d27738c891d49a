#!/usr/bin/env bash
# Runs the Libredesk examples against each other: starts LibredeskServerExample on a free port of 127.0.0.1,
# runs LibredeskCLI against it (a contact update with an avatar file, one removing the avatar, an agent update with
# the token scheme, and a wrong secret, which must be refused), then prints what the server saw. Exits non-zero
# when a step fails or the exchange is not what it should be. GoldenTests runs it on the examples it builds.
# Usage: Examples/Libredesk/exchange.sh BIN_DIR   (the folder holding the two built executables)
set -euo pipefail
bin="$1"

log="$(mktemp)"
scratch="$(mktemp -d)"
avatar="$scratch/avatar.png"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$log" "$scratch"
}
trap cleanup EXIT

export LIBREDESK_API_KEY=demo-key LIBREDESK_API_SECRET=demo-secret
"$bin/LibredeskServerExample" --port 0 >"$log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
    url="$(grep -m1 -o 'listening on http://127.0.0.1:[0-9]*' "$log" | sed 's/^listening on //' || true)"
    if [ -n "$url" ]; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; echo "the example server stopped" >&2; exit 1; fi
    sleep 0.1
done
if [ -z "$url" ]; then cat "$log" >&2; echo "the example server did not start" >&2; exit 1; fi
export LIBREDESK_URL="$url"
echo "== the example server listens on $url; the example client calls it"

printf 'PNG example avatar' >"$avatar"
cli="$bin/LibredeskCLI"
"$cli" update-contact 42 --first-name Ada --last-name Lovelace --email ada@example.com --avatar "$avatar"
"$cli" update-contact 42 --first-name Ada --email ada@example.com --remove-avatar | tee "$scratch/removed"
grep -q 'avatar none$' "$scratch/removed"
LIBREDESK_AUTH=token "$cli" update-agent 7 --first-name Grace --email grace@example.com --role admin --role agent
echo "== a wrong secret is refused"
if LIBREDESK_API_SECRET=wrong "$cli" update-agent 7 --first-name Grace --email grace@example.com --role admin; then
    echo "a wrong secret was accepted" >&2
    exit 1
fi

kill "$server"
wait "$server" 2>/dev/null || true
server=""
echo "== what the server saw"
grep '^server: ' "$log"
# The file's bytes arrived whole, and the wrong secret was refused by the server.
grep -q '^server: 200 handleUpdateContact 42: Ada <ada@example.com> with file avatar.png (18 bytes)$' "$log"
grep -q '^server: 401 refused handleUpdateAgent' "$log"
