#!/usr/bin/env bash
# Pull benchmark: eci-pull vs skopeo vs curl against local docker-registry instances (HTTP and HTTPS) on 127.0.0.1.
# Usage: bench/pull/run.sh [--build aot|jit|both] [pullbench.py options]   e.g. --rounds 7 --size-mb 200 --memory-sizes 50,200,800
#   --build aot   (default) the Native AOT binary (dotnet publish -p:EciNativeAot=true): what a release binary runs
#   --build jit   the portable framework-dependent build, the same code the `dotnet tool` package runs
#   --build both  both, in one table (AOT first; speed-ups are against it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out"

build=aot
if [[ "${1:-}" == "--build" ]]; then
  build="${2:?--build needs aot, jit or both}"
  shift 2
fi
case "$build" in aot|jit|both) ;; *) echo "--build must be aot, jit or both (got '$build')" >&2; exit 2 ;; esac
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,6p' "$0"
  exec python3 "$here/pullbench.py" --help
fi

for tool in skopeo curl openssl python3 /usr/bin/docker-registry /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y skopeo curl openssl python3 docker-registry time)" >&2; exit 1; }
done

builds=()
if [[ "$build" == aot || "$build" == both ]]; then
  # Native AOT links with clang; Debian ships it versioned (clang-14) without a plain `clang` unless clang is installed.
  linker=()
  if ! command -v clang >/dev/null; then
    versioned="$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -1 || true)"
    [[ -n "$versioned" ]] || { echo "Native AOT needs clang (apt-get install -y clang), or run with --build jit" >&2; exit 1; }
    linker=("-p:CppCompilerAndLinker=$versioned")
  fi
  echo "[pull] publishing eci-pull (Release, Native AOT, linux-x64)" >&2
  dotnet publish "$repo/src/Eci.Pull.Tool" -c Release -r linux-x64 -p:EciNativeAot=true "${linker[@]}" -o "$out/eci-pull-aot" -nologo -v:q >&2
  # The binary must work before it is timed: --version runs without any registry.
  "$out/eci-pull-aot/eci-pull" --version >/dev/null
  builds+=(--eci-pull "eci-pull (AOT)=$out/eci-pull-aot/eci-pull")
fi
if [[ "$build" == jit || "$build" == both ]]; then
  echo "[pull] building eci-pull (Release, framework-dependent)" >&2
  dotnet build "$repo/src/Eci.Pull.Tool" -c Release -o "$out/eci-pull" -nologo -v:q >&2
  builds+=(--eci-pull "eci-pull (JIT)=$out/eci-pull/eci-pull")
fi
exec python3 "$here/pullbench.py" "${builds[@]}" "$@"
