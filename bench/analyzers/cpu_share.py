#!/usr/bin/env python3
"""The ECI analyzer's share of the compiler's CPU in a real `dotnet build`, by sampling (Linux perf).

ReportAnalyzer prints wall-clock time per analyzer callback, which on a machine with few cores also counts the time
a callback's thread waited for a core. This measures CPU instead: `perf record -a -g` samples every thread of the
machine during the build; the compiler's samples whose stack holds a frame of Eci.Analyzers are the analyzer's
(its own code, the compiler APIs it calls, and the JIT compiling it on first use), and the same is counted for the
do-nothing baselines. The runtime writes /tmp/perf-PID.map for JIT-compiled code (DOTNET_PerfMapEnabled=1, set for
the compiler server this script starts), so managed frames have names.

Run after build_report.py has written Bench.csproj into the scenario directory. Markdown to stdout.
Usage: cpu_share.py --generated DIR [--scenarios requests,...] [--frequency 499]
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile

ECI = "[Eci.Analyzers]"
BASELINE = "[Eci.Bench.BaselineAnalyzers]"
COMPILER = "[Microsoft.CodeAnalysis"


def log(message):
    print(message, file=sys.stderr, flush=True)


def build(directory, with_eci, env):
    return subprocess.run(
        ["dotnet", "build", "-c", "Release", "--no-restore", "-t:Rebuild", "-nologo",
         f"-p:WithEci={'true' if with_eci else 'false'}", "-p:UseSharedCompilation=true", "-v:q"],
        cwd=directory, env=env, capture_output=True, text=True, check=True)


def sampled_build(directory, env, frequency):
    """One build with ECI under perf; returns (compiler samples, ECI samples, baseline samples) of the busiest compiler."""
    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, "perf.data")
        subprocess.run(["perf", "record", "-a", "-g", "-e", "cpu-clock", "-F", str(frequency), "-o", data, "--",
                        "dotnet", "build", "-c", "Release", "--no-restore", "-t:Rebuild", "-nologo",
                        "-p:WithEci=true", "-p:UseSharedCompilation=true", "-v:q"],
                       cwd=directory, env=env, capture_output=True, text=True, check=True)
        script = subprocess.Popen(["perf", "script", "-i", data, "-F", "pid,ip,sym,dso"], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True, errors="replace")
        # samples, compiler frames seen, ECI, baseline, ECI samples inside the JIT (compiling the analyzer's code)
        per_pid = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
        pid, flags = None, [False, False, False, False]
        for line in script.stdout:
            if not line.strip():
                if pid is not None:
                    counts = per_pid[pid]
                    counts[0] += 1
                    counts[1] += flags[0]
                    counts[2] += flags[1]
                    counts[3] += flags[2]
                    counts[4] += flags[1] and flags[3]
                pid, flags = None, [False, False, False, False]
                continue
            if pid is None:
                pid = line.split()[0]
                continue
            flags[0] = flags[0] or COMPILER in line
            flags[1] = flags[1] or ECI in line
            flags[2] = flags[2] or BASELINE in line
            flags[3] = flags[3] or "libclrjit" in line
        script.wait()
    # The compiler is the process that ran the analyzers (the compiler's own ReadyToRun code has no perf-map names,
    # the analyzers' JIT-compiled code always has).
    compiler = max(per_pid.values(), key=lambda c: (c[2] + c[3], c[1], c[0]))
    return compiler[0], compiler[2], compiler[3], compiler[4]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generated", required=True)
    parser.add_argument("--scenarios", default="requests,requests-dense")
    parser.add_argument("--frequency", type=int, default=499)
    args = parser.parse_args()
    env = dict(os.environ, DOTNET_PerfMapEnabled="1", DOTNET_EnableWriteXorExecute="0")

    print(f"CPU samples of the compiler process (perf, cpu-clock at {args.frequency} Hz per core) during one build with "
          "ECI: *cold* (first build in a new compiler server: loads and JIT-compiles the analyzers) and *warm* (the "
          "third build in the same server). CPU seconds = samples / frequency.\n")
    print("| Scenario | build | compiler CPU s | ECI analyzer CPU s | of which JIT-compiling it | ECI share | do-nothing baselines CPU s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for scenario in args.scenarios.split(","):
        directory = os.path.join(args.generated, scenario)
        subprocess.run(["dotnet", "build-server", "shutdown"], capture_output=True)
        log(f"[cpu] {scenario}: cold")
        cold = sampled_build(directory, env, args.frequency)
        build(directory, False, env)
        log(f"[cpu] {scenario}: warm")
        warm = sampled_build(directory, env, args.frequency)
        for name, (total, eci, baseline, jit) in (("cold", cold), ("warm", warm)):
            print(f"| {scenario} | {name} | {total / args.frequency:.1f} | {eci / args.frequency:.2f} | {jit / args.frequency:.2f} | "
                  f"{100 * eci / max(1, total):.1f}% | {baseline / args.frequency:.2f} |", flush=True)
    subprocess.run(["dotnet", "build-server", "shutdown"], capture_output=True)


if __name__ == "__main__":
    main()
