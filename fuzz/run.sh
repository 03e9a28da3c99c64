#!/usr/bin/env bash
# Fuzzes one Sitrep parser with AFL++ and SharpFuzz for a fixed time, then prints the campaign's summary.
#
#   fuzz/run.sh TARGET MINUTES     TARGET: dateline, html, feed, jsonl, dates or quantities
#
# Needs afl-fuzz (sudo apt-get install afl++) and the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0). Everything it makes goes under
# fuzz/out/TARGET (ignored by git): bin/ holds the published, instrumented harness, findings/ afl-fuzz's output
# (findings/default/crashes and hangs hold the inputs to replay). A previous findings/ is kept as findings.N.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: fuzz/run.sh TARGET MINUTES" >&2
    exit 2
fi

target=$1
minutes=$2
here=$(cd "$(dirname "$0")" && pwd)
seeds=$here/seeds/$target
out=$here/out/$target
export PATH="$PATH:$HOME/.dotnet/tools"

[[ -d $seeds ]] || { echo "no seeds for '$target' in $seeds" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: sudo apt-get install afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

# A fresh publish each run: sharpfuzz rewrites the assemblies in place and refuses to instrument one twice.
rm -rf "$out/bin"
dotnet publish "$here/Sitrep.Fuzz" -c Release -o "$out/bin" --nologo -v quiet
# Sitrep.dll always; the HTML target also SmartReader.dll, so paths through the readability extractor count as
# new coverage. The framework (System.Xml, System.Text.Json) is not instrumented.
instrument=(Sitrep.dll)
[[ $target == html ]] && instrument+=(SmartReader.dll)
for dll in "${instrument[@]}"; do
    sharpfuzz "$out/bin/$dll"
done

if [[ -d $out/findings ]]; then
    n=1
    while [[ -d $out/findings.$n ]]; do n=$((n + 1)); done
    mv "$out/findings" "$out/findings.$n"
fi

dict=()
[[ -f $here/dict/$target.dict ]] && dict=(-x "$here/dict/$target.dict")

# dotnet is not an AFL-instrumented binary (SharpFuzz speaks the fork-server protocol from managed code), so the
# binary check is skipped; the runtime's first start and JIT can take seconds, hence the long init time-out.
# -t 5000: an input that runs longer than 5 s is a hang. No core pinning: the machine is shared.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000 AFL_NO_UI=1
afl-fuzz -i "$seeds" -o "$out/findings" -t 5000 -m none -V $((minutes * 60)) "${dict[@]}" \
    -- dotnet "$out/bin/Sitrep.Fuzz.dll" "$target" || echo "afl-fuzz exited with $?" >&2

stats=$out/findings/default/fuzzer_stats
if [[ ! -f $stats ]]; then
    echo "no fuzzer_stats: the campaign did not start" >&2
    exit 1
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo
echo "== $target: $(stat run_time) s, $(stat execs_done) execs ($(stat execs_per_sec)/s), $(stat corpus_count) paths," \
    "$(stat saved_crashes) crashes, $(stat saved_hangs) hangs, stability $(stat stability)"
# Replay with the plain build: instrumented code outside Fuzzer.Run writes to coverage memory AFL has not mapped.
echo "   replay: dotnet build fuzz/Sitrep.Fuzz -c Release &&" \
    "dotnet fuzz/Sitrep.Fuzz/bin/Release/net10.0/Sitrep.Fuzz.dll $target --replay $out/findings/default/crashes/id:*"
