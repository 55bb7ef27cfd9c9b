#!/usr/bin/env bash
# Analyzer overhead benchmarks. Markdown tables to stdout, progress to stderr.
# Usage: bench/analyzers/run.sh [--quick]     (--quick: 200 files, fewer rounds, no BenchmarkDotNet, no real builds)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out"
quick=false; [[ "${1:-}" == "--quick" ]] && quick=true
files=2000; rounds=5; build_rounds=3
$quick && { files=200; rounds=3; }

echo "[analyzers] building the harness, the analyzer and the SDK stand-in (Release)" >&2
dotnet build "$repo/bench/Eci.Analyzers.Benchmarks" -c Release -nologo -v:q >&2
dotnet build "$repo/bench/BaselineAnalyzers" -c Release -nologo -v:q >&2
bench="$repo/bench/Eci.Analyzers.Benchmarks/bin/Release/net10.0/Eci.Analyzers.Benchmarks"

echo "## Analyzer overhead, in process (CompilationWithAnalyzers)"; echo
"$bench" overhead --files "$files" --rounds "$rounds"; echo
echo "## Scenario c as a series: one method, N containers"; echo
"$bench" scaling --sizes 100,200,400,800,1600 --rounds "$rounds"; echo
echo "## The rules engine alone"; echo
"$bench" engine --sizes 100,200,400,800,1600 --rounds "$rounds"; echo
echo "## IDE: semantic analysis of one 1,000-line document full of requests"; echo
"$bench" ide --lines 1000 --rounds $((rounds * 2)); echo

if ! $quick; then
  echo "## Real builds (dotnet build -p:ReportAnalyzer=true)"; echo
  generated="$out/generated"
  rm -rf "$generated"
  "$bench" generate "$generated" --files "$files"
  python3 "$here/build_report.py" --generated "$generated" --rounds "$build_rounds" \
    --analyzer "$repo/src/Eci.Analyzers/bin/Release/netstandard2.0/Eci.Analyzers.dll" \
    --sdk "$(dirname "$bench")/AlibabaCloud.SDK.ECI.dll" \
    --baselines "$repo/bench/BaselineAnalyzers/bin/Release/netstandard2.0/Eci.Bench.BaselineAnalyzers.dll"
  echo
  if command -v perf >/dev/null && perf record -e cpu-clock -o /dev/null -- true >/dev/null 2>&1; then
    echo "## The analyzer's share of the compiler's CPU in real builds (perf sampling)"; echo
    python3 "$here/cpu_share.py" --generated "$generated" --scenarios requests,requests-dense
  else
    echo "(perf not available: apt-get install -y linux-perf; the CPU-share table is skipped)"
  fi
  echo
  echo "## Allocations (BenchmarkDotNet MemoryDiagnoser, 100 request files per operation)"; echo
  "$bench" alloc --artifacts "$out/bdn" > "$out/bdn.log" 2>&1 || { cat "$out/bdn.log" >&2; exit 1; }
  # The summary table as BenchmarkDotNet prints it (ECI − Empty allocations / Files = the analyzer's bytes per file).
  sed -n '/^| Method/,/^$/p' "$out/bdn.log"
  echo
fi
