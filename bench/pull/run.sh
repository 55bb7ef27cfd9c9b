#!/usr/bin/env bash
# Pull benchmark: eci-pull vs skopeo vs curl against local docker-registry instances (HTTP and HTTPS) on 127.0.0.1.
# Usage: bench/pull/run.sh [--build aot|jit|both|installed] [pullbench.py options]   e.g. --rounds 7 --size-mb 200 --memory-sizes 50,200,800
#   --build aot        (default) the Native AOT binary (dotnet publish -r linux-x64): what `dotnet tool install` gives linux-x64
#   --build jit        the portable framework-dependent build, the code the tool's fallback package (Eci.Pull.Tool.any) runs
#   --build both       both, in one table (AOT first; speed-ups are against it)
#   --build installed  the tool as users get it: the packages packed into a folder feed, `dotnet tool install` of
#                      Eci.Pull.Tool (the AOT package on linux-x64) and of the portable fallback, each through its command
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out"

build=aot
if [[ "${1:-}" == "--build" ]]; then
  build="${2:?--build needs aot, jit or both}"
  shift 2
fi
case "$build" in aot|jit|both|installed) ;; *) echo "--build must be aot, jit, both or installed (got '$build')" >&2; exit 2 ;; esac
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,8p' "$0"
  exec python3 "$here/pullbench.py" --help
fi

for tool in skopeo curl openssl python3 /usr/bin/docker-registry /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y skopeo curl openssl python3 docker-registry time)" >&2; exit 1; }
done

builds=()
linker=()
if [[ "$build" != jit ]]; then
  # Native AOT links with clang; Debian ships it versioned (clang-14) without a plain `clang` unless clang is installed.
  if ! command -v clang >/dev/null; then
    versioned="$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -1 || true)"
    [[ -n "$versioned" ]] || { echo "Native AOT needs clang (apt-get install -y clang), or run with --build jit" >&2; exit 1; }
    linker=("-p:CppCompilerAndLinker=$versioned")
  fi
fi
if [[ "$build" == installed ]]; then
  feed="$out/tool-feed"; rm -rf "$feed" "$out/tool-publish" "$out/tools-aot" "$out/tools-portable"
  echo "[pull] packing Eci.Pull.Tool and its any / linux-x64 packages into $feed" >&2
  dotnet pack "$repo/src/Eci.Pull.Tool" -c Release -o "$feed" -nologo -v:q >&2
  for rid in any linux-x64; do
    dotnet pack "$repo/src/Eci.Pull.Tool" -c Release -r "$rid" -p:PublishDir="$out/tool-publish/$rid/" "${linker[@]}" -o "$feed" -nologo -v:q >&2
  done
  # The feed is the only source: the RID package has to come from it as well.
  printf '<configuration><packageSources><clear /><add key="eci-tool" value="%s" /></packageSources></configuration>\n' "$feed" > "$out/tool-feed.config"
  dotnet tool install Eci.Pull.Tool --tool-path "$out/tools-aot" --configfile "$out/tool-feed.config" >&2
  dotnet tool install Eci.Pull.Tool.any --tool-path "$out/tools-portable" --configfile "$out/tool-feed.config" >&2
  # What each command is: the AOT package's ELF binary, and the fallback's launcher running eci-pull.dll on the runtime.
  file -L "$out/tools-aot/eci-pull" >&2
  "$out/tools-aot/eci-pull" --version >/dev/null && "$out/tools-portable/eci-pull" --version >/dev/null
  builds+=(--eci-pull "installed AOT=$out/tools-aot/eci-pull" --eci-pull "installed portable=$out/tools-portable/eci-pull")
fi
if [[ "$build" == aot || "$build" == both ]]; then
  echo "[pull] publishing eci-pull (Release, Native AOT, linux-x64)" >&2
  dotnet publish "$repo/src/Eci.Pull.Tool" -c Release -r linux-x64 "${linker[@]}" -o "$out/eci-pull-aot" -nologo -v:q >&2
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
