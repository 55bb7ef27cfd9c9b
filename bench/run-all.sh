#!/usr/bin/env bash
# Reruns every benchmark and writes bench/results/<UTC date>.md (machine description first, then all tables).
# Usage: bench/run-all.sh [--quick]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/results"
result="$here/results/$(date -u +%Y-%m-%dT%H%MZ).md"
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"; echo
  echo '```text'
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Thread|Core|Socket|CPU\(s\))' || true
  free -h | head -2
  grep PRETTY_NAME /etc/os-release
  echo "dotnet: $(dotnet --version)"
  echo "skopeo: $(skopeo --version 2>/dev/null || echo missing)"
  echo "curl: $(curl --version | head -1)"
  echo "load before: $(cat /proc/loadavg)"
  echo '```'; echo
  "$here/analyzers/run.sh" "$@"
  echo "## Pull: eci-pull vs skopeo vs curl (local docker-registry)"; echo
  if [[ "${1:-}" == "--quick" ]]; then
    "$here/pull/run.sh" --build both --rounds 3 --size-mb 100 --memory-sizes 50,200 --memory-rounds 1
  else
    "$here/pull/run.sh" --build both --rounds 5
  fi
  echo; echo '```text'; echo "load after: $(cat /proc/loadavg)"; echo '```'
} | tee "$result"
echo "written: $result" >&2
