#!/usr/bin/env bash
# The README's first command: installs libyaml (Debian) if it is missing, builds openapi-swift, generates the
# Libredesk package (models, client, server, Hummingbird adapter) from its bundled config
# (Generated/LibredeskAPI/openapi-swift.yml), builds the two examples that consume it by path (Examples/Libredesk),
# then runs them against each other with Examples/Libredesk/exchange.sh, which prints both sides of the exchange.
# Exits non-zero if any step fails or the exchange is not what it should be.
# Usage: Scripts/example.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
    echo "== installing libyaml-dev (apt-get)"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libyaml-dev pkg-config
fi

echo "== building openapi-swift"
swift build --product openapi-swift
tool="$(swift build --show-bin-path)/openapi-swift"

echo "== openapi-swift generate --config Generated/LibredeskAPI/openapi-swift.yml"
"$tool" generate --config Generated/LibredeskAPI/openapi-swift.yml

echo "== building Examples/Libredesk (LibredeskCLI and LibredeskServerExample, on Generated/LibredeskAPI by path)"
swift build --package-path Examples/Libredesk
bin="$(swift build --package-path Examples/Libredesk --show-bin-path)"

exec Examples/Libredesk/exchange.sh "$bin"

