#!/usr/bin/env python3
"""Real `dotnet build` of the generated projects, with and without the ECI analyzers, alternating.

For each scenario (a: no SDK, a': SDK referenced but unused, b: requests, c: one large method) the generated sources
get a project that references the SDK stand-in (except a) and, when -p:WithEci=true, the ECI analyzer DLL. The .NET SDK's own analyzers stay on (as in any
real project), so the ECI analyzer's share can be read next to them. Each build is a full Rebuild with
-p:ReportAnalyzer=true; from the detailed log we take the Csc task time and the analyzer execution times that
ReportAnalyzer prints. Markdown goes to stdout, progress to stderr.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="src/*.cs" />
{sdk_reference}    <Analyzer Include="{analyzer}" Condition="'$(WithEci)' == 'true'" />
    <GlobalAnalyzerConfigFiles Include="bench.globalconfig" />
  </ItemGroup>
</Project>
"""

# ECI006 is an error by default; the generated sources contain such images on purpose, and the build must succeed.
GLOBALCONFIG = "is_global = true\ndotnet_diagnostic.ECI006.severity = warning\n"


def log(message):
    print(message, file=sys.stderr, flush=True)


def build(directory, with_eci):
    command = ["dotnet", "build", "-c", "Release", "--no-restore", "-t:Rebuild", "-nologo",
               f"-p:WithEci={'true' if with_eci else 'false'}", "-p:ReportAnalyzer=true",
               "-v:d", "-clp:PerformanceSummary"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"build failed in {directory}:\n{result.stdout[-3000:]}")
    output = result.stdout
    csc = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", output, re.M)
    total = re.search(r"Total analyzer execution time: ([\d.]+) seconds", output)
    eci = re.search(r"^\s*([\d.<]+)\s+(\d+|<1)\s+Eci\.Analyzers, Version", output, re.M)
    eci_seconds = 0.0
    if eci:
        eci_seconds = 0.0 if eci.group(1).startswith("<") else float(eci.group(1))
    return {
        "wall": wall,
        "csc": int(csc.group(1)) / 1000 if csc else float("nan"),
        "analyzers": float(total.group(1)) if total else float("nan"),
        "eci": eci_seconds if with_eci else 0.0,
        "eci_found": bool(eci) or not with_eci,
    }


def summary(values, fmt="{:.2f}"):
    values = sorted(values)
    return f"{fmt.format(statistics.median(values))} ({fmt.format(values[0])}–{fmt.format(values[-1])})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generated", required=True, help="directory written by `Eci.Analyzers.Benchmarks generate`")
    parser.add_argument("--analyzer", required=True, help="path of Eci.Analyzers.dll")
    parser.add_argument("--sdk", required=True, help="path of the AlibabaCloud.SDK.ECI stand-in DLL")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scenarios", default="no-sdk,sdk-unused,requests,requests-dense,large-method")
    args = parser.parse_args()

    print(f"Full `dotnet build -t:Rebuild -c Release -p:ReportAnalyzer=true`, {args.rounds} rounds alternating without/with ECI; "
          "seconds, median (min–max). The SDK's built-in analyzers run in both.\n")
    print("| Scenario | Csc task, without ECI | Csc task, with ECI | All analyzers (ReportAnalyzer), with ECI | ECI analyzer (ReportAnalyzer) | ECI / Csc |")
    print("|---|---:|---:|---:|---:|---:|")
    for scenario in args.scenarios.split(","):
        directory = os.path.join(args.generated, scenario)
        with open(os.path.join(directory, "Bench.csproj"), "w") as f:
            # Scenario a has no SDK reference at all (the analyzer must bail out at compilation start); every other
            # scenario, sdk-unused (a') included, references the stand-in.
            reference = "" if scenario == "no-sdk" else f'    <Reference Include="AlibabaCloud.SDK.ECI" HintPath="{os.path.abspath(args.sdk)}" />\n'
            f.write(PROJECT.format(sdk_reference=reference, analyzer=os.path.abspath(args.analyzer)))
        with open(os.path.join(directory, "bench.globalconfig"), "w") as f:
            f.write(GLOBALCONFIG)
        log(f"[build] {scenario}: restore")
        subprocess.run(["dotnet", "restore", "-nologo", "-v:q"], cwd=directory, check=True, capture_output=True)
        build(directory, False)  # warm the compiler server and the file cache
        runs = {False: [], True: []}
        for round_index in range(args.rounds):
            for with_eci in ((False, True) if round_index % 2 == 0 else (True, False)):
                run = build(directory, with_eci)
                if not run["eci_found"]:
                    raise RuntimeError("ReportAnalyzer printed no line for Eci.Analyzers: the analyzer did not run")
                runs[with_eci].append(run)
                log(f"[build] {scenario} round {round_index + 1} {'with' if with_eci else 'without'} ECI: csc {run['csc']:.2f}s analyzers {run['analyzers']:.2f}s eci {run['eci']:.3f}s")
        share = statistics.median(r["eci"] for r in runs[True]) / statistics.median(r["csc"] for r in runs[True])
        print(f"| {scenario} | {summary([r['csc'] for r in runs[False]])} | {summary([r['csc'] for r in runs[True]])} | "
              f"{summary([r['analyzers'] for r in runs[True]])} | {summary([r['eci'] for r in runs[True]], '{:.3f}')} | {100 * share:.1f}% |",
              flush=True)


if __name__ == "__main__":
    main()
