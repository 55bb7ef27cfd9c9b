#!/usr/bin/env bash
# Pull benchmark: eci-pull vs skopeo vs curl against local docker-registry instances (HTTP and HTTPS) on 127.0.0.1.
# Usage: bench/pull/run.sh [pullbench.py options]   e.g. --rounds 7 --size-mb 200 --memory-sizes 50,200,800
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out/eci-pull"

for tool in skopeo curl openssl python3 /usr/bin/docker-registry /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y skopeo curl openssl python3 docker-registry time)" >&2; exit 1; }
done

echo "[pull] building eci-pull (Release)" >&2
dotnet build "$repo/src/Eci.Pull.Tool" -c Release -o "$out" -nologo -v:q >&2
exec python3 "$here/pullbench.py" --eci-pull "$out/eci-pull" "$@"
