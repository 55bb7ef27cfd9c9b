#!/usr/bin/env python3
"""Real `dotnet build` of the generated projects, with and without the ECI analyzers, alternating.

For each scenario (a: no SDK, a': SDK referenced but unused, b: requests, c: one large method) the generated sources
get a project that references the SDK stand-in (except a) and, when -p:WithEci=true, the ECI analyzer DLL. The .NET
SDK's own analyzers stay on (as in any real project), and so do the do-nothing baseline analyzers of
bench/BaselineAnalyzers when --baselines is given: they load into *both* builds, so the Csc difference is the ECI
analyzer's alone, and ReportAnalyzer prints in the same builds what an analyzer that does no work is charged.

Each build is a full Rebuild with -p:ReportAnalyzer=true; from the detailed log we take the Csc task time and the
analyzer execution times that ReportAnalyzer prints.

The compiler server. `dotnet build` compiles in a long-lived compiler server (VBCSCompiler) by default, so only the
first build after the server starts loads and JITs the analyzers; every later build runs their code warm. Some
machines (this workplace's among them) set UseSharedCompilation=false in the environment, which makes every build a
fresh csc process that JITs the analyzers again. The script therefore measures both explicitly, whatever the
environment says: a *cold* build (server shut down first, then one build with ECI) and the *warm* alternating rounds,
in the server by default (--no-server: a fresh csc per build, the cold case every time).

Markdown goes to stdout, progress to stderr.
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
{old_analyzer}{baselines}    <GlobalAnalyzerConfigFiles Include="bench.globalconfig" />
  </ItemGroup>
</Project>
"""

# ECI006 is an error by default; the generated sources contain such images on purpose, and the build must succeed.
GLOBALCONFIG = "is_global = true\ndotnet_diagnostic.ECI006.severity = warning\n"

# ReportAnalyzer lines: "   <seconds>   <percent>      <Namespace.Type> (<IDs>)" for each analyzer type.
BASELINES = {
    "EmptyBaseline": "empty",
    "BlockBaseline": "block",
    "OperationBaseline": "operation",
    "SyntaxBaseline": "syntax",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def analyzer_seconds(output, type_name):
    match = re.search(r"^\s*([\d.<]+)\s+(?:\d+|<1)\s+\S*\." + re.escape(type_name) + r" \(", output, re.M)
    if not match:
        return None
    return 0.0 if match.group(1).startswith("<") else float(match.group(1))


# The analyzers the .NET SDK loads into every net5+ project by default (EnableNETAnalyzers), as ReportAnalyzer names
# their assemblies; their sum is the "NetAnalyzers" column.
NET_ANALYZER_ASSEMBLIES = ("Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers")


def assembly_seconds(output, assembly):
    match = re.search(r"^\s*([\d.<]+)\s+(?:\d+|<1)\s+" + re.escape(assembly) + r", Version=", output, re.M)
    if not match:
        return None
    return 0.0 if match.group(1).startswith("<") else float(match.group(1))


def eci_diagnostics(output):
    """Distinct ECI diagnostics in the log (-v:d prints each more than once, with the file's full and its own path)."""
    return len(set(re.findall(r"([^\s/\\]+\.cs)\((\d+),(\d+)\): (?:warning|error) (ECI\d+)", output)))


def build(directory, with_eci, server):
    command = ["dotnet", "build", "-c", "Release", "--no-restore", "-t:Rebuild", "-nologo",
               f"-p:WithEci={with_eci if isinstance(with_eci, str) else ('true' if with_eci else 'false')}", "-p:ReportAnalyzer=true",
               f"-p:UseSharedCompilation={'true' if server else 'false'}",
               "-v:d", "-clp:PerformanceSummary"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"build failed in {directory}:\n{result.stdout[-3000:]}")
    output = result.stdout
    csc = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", output, re.M)
    total = re.search(r"Total analyzer execution time: ([\d.]+) seconds", output)
    eci = analyzer_seconds(output, "ImagePullSettingsAnalyzer")
    return {
        "wall": wall,
        "csc": int(csc.group(1)) / 1000 if csc else float("nan"),
        "analyzers": float(total.group(1)) if total else float("nan"),
        "eci": eci or 0.0,
        "eci_found": eci is not None or not with_eci,
        "net": sum(assembly_seconds(output, name) or 0.0 for name in NET_ANALYZER_ASSEMBLIES),
        "diagnostics": eci_diagnostics(output),
        "baselines": {key: analyzer_seconds(output, name) for name, key in BASELINES.items()},
    }


def shutdown_server():
    subprocess.run(["dotnet", "build-server", "shutdown"], capture_output=True)


def summary(values, fmt="{:.2f}"):
    values = sorted(v for v in values if v is not None)
    if not values:
        return "–"
    return f"{fmt.format(statistics.median(values))} ({fmt.format(values[0])}–{fmt.format(values[-1])})"


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generated", required=True, help="directory written by `Eci.Analyzers.Benchmarks generate`")
    parser.add_argument("--analyzer", required=True, help="path of Eci.Analyzers.dll")
    parser.add_argument("--sdk", required=True, help="path of the AlibabaCloud.SDK.ECI DLL (the stand-in, or the real one with -p:EciSdk=Package)")
    parser.add_argument("--baselines", help="path of Eci.Bench.BaselineAnalyzers.dll (loaded into every build)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-server", action="store_true", help="a fresh csc per build (UseSharedCompilation=false)")
    parser.add_argument("--scenarios", default="no-sdk,sdk-unused,requests,requests-dense,large-method")
    parser.add_argument("--old-analyzer", help="path of an earlier Eci.Analyzers.dll: compare it with --analyzer in the "
                        "same builds (new and old alternate each round; no builds without ECI, no cold build)")
    parser.add_argument("--base-analyzer", help="with --old-analyzer: a third Eci.Analyzers.dll (e.g. main before a change); "
                        "the three rotate their order each round")
    parser.add_argument("--labels", default="new,old (7177198),base",
                        help="with --old-analyzer: the table's names for --analyzer, --old-analyzer and --base-analyzer")
    args = parser.parse_args()
    server = not args.no_server
    if args.old_analyzer:
        compare(args, server)
        return

    print(f"Full `dotnet build -t:Rebuild -c Release -p:ReportAnalyzer=true`, "
          f"{'in the compiler server (the dotnet build default)' if server else 'a fresh csc per build (no compiler server)'}; "
          f"{args.rounds} warm rounds alternating without/with ECI, after one *cold* build with ECI (server shut down "
          "first, so the analyzers are loaded and JIT-compiled during it). Seconds, median (min–max). The SDK's "
          f"built-in analyzers run in every build{', and so do the do-nothing baselines' if args.baselines else ''}.\n")
    columns = ["Scenario", "Csc, without ECI", "Csc, with ECI", "Csc +", "ECI (ReportAnalyzer)", "ECI / Csc",
               "cold: Csc with ECI", "cold: ECI (ReportAnalyzer)", "cold: ECI / Csc"]
    if args.baselines:
        columns += ["empty baseline", "block baseline (ECI's registrations)", "operation-action baseline", "syntax-action baseline"]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" + "---:|" * (len(columns) - 1))
    for scenario in args.scenarios.split(","):
        directory = os.path.join(args.generated, scenario)
        baselines = ""
        if args.baselines:
            baselines = f'    <Analyzer Include="{os.path.abspath(args.baselines)}" />\n'
        with open(os.path.join(directory, "Bench.csproj"), "w") as f:
            # Scenario a has no SDK reference at all (the analyzer must bail out at compilation start); every other
            # scenario, sdk-unused (a') included, references the stand-in.
            reference = "" if scenario == "no-sdk" else f'    <Reference Include="AlibabaCloud.SDK.ECI" HintPath="{os.path.abspath(args.sdk)}" />\n'
            f.write(PROJECT.format(sdk_reference=reference, analyzer=os.path.abspath(args.analyzer), baselines=baselines,
                                   old_analyzer=""))
        with open(os.path.join(directory, "bench.globalconfig"), "w") as f:
            f.write(GLOBALCONFIG)
        log(f"[build] {scenario}: restore")
        subprocess.run(["dotnet", "restore", "-nologo", "-v:q"], cwd=directory, check=True, capture_output=True)
        shutdown_server()
        cold = build(directory, True, server)
        log(f"[build] {scenario} cold with ECI: csc {cold['csc']:.2f}s eci {cold['eci']:.3f}s")
        build(directory, False, server)  # the file cache and, in the server, the compiler's own code
        runs = {False: [], True: []}
        for round_index in range(args.rounds):
            for with_eci in ((False, True) if round_index % 2 == 0 else (True, False)):
                run = build(directory, with_eci, server)
                if not run["eci_found"]:
                    raise RuntimeError("ReportAnalyzer printed no line for the ECI analyzer: it did not run")
                runs[with_eci].append(run)
                log(f"[build] {scenario} round {round_index + 1} {'with' if with_eci else 'without'} ECI: "
                    f"csc {run['csc']:.2f}s analyzers {run['analyzers']:.2f}s eci {run['eci']:.3f}s "
                    f"baselines {run['baselines']}")
        csc_without = median(r["csc"] for r in runs[False])
        csc_with = median(r["csc"] for r in runs[True])
        cells = [
            scenario,
            summary([r["csc"] for r in runs[False]]),
            summary([r["csc"] for r in runs[True]]),
            f"{100 * (csc_with / csc_without - 1):+.1f}%",
            summary([r["eci"] for r in runs[True]], "{:.3f}"),
            f"{100 * median(r['eci'] for r in runs[True]) / csc_with:.1f}%",
            f"{cold['csc']:.2f}",
            f"{cold['eci']:.3f}",
            f"{100 * cold['eci'] / cold['csc']:.1f}%",
        ]
        if args.baselines:
            every = runs[False] + runs[True]
            cells += [summary([r["baselines"][key] for r in every], "{:.3f}") for key in BASELINES.values()]
        print("| " + " | ".join(cells) + " |", flush=True)
    if server:
        shutdown_server()


def write_project(directory, scenario, args):
    reference = "" if scenario == "no-sdk" else f'    <Reference Include="AlibabaCloud.SDK.ECI" HintPath="{os.path.abspath(args.sdk)}" />\n'
    old = f'    <Analyzer Include="{os.path.abspath(args.old_analyzer)}" Condition="\'$(WithEci)\' == \'old\'" />\n'
    if args.base_analyzer:
        old += f'    <Analyzer Include="{os.path.abspath(args.base_analyzer)}" Condition="\'$(WithEci)\' == \'base\'" />\n'
    with open(os.path.join(directory, "Bench.csproj"), "w") as f:
        f.write(PROJECT.format(sdk_reference=reference, analyzer=os.path.abspath(args.analyzer), baselines="",
                               old_analyzer=old))
    with open(os.path.join(directory, "bench.globalconfig"), "w") as f:
        f.write(GLOBALCONFIG)


def compare(args, server):
    """New and old analyzer in the same warm builds: each one's ReportAnalyzer time over the SDK's NetAnalyzers' and
    over the Csc task's, taken per build, then the median. One warm-up build with each first (JIT, file cache)."""
    print(f"Warm `dotnet build -t:Rebuild -c Release -p:ReportAnalyzer=true` in the compiler server; {args.rounds} rounds, "
          "new and old analyzer alternating (order flips each round), after one warm-up build with each. Ratios are "
          "taken per build, then the median (min–max). NetAnalyzers = Microsoft.CodeAnalysis.NetAnalyzers + "
          "Microsoft.CodeAnalysis.CSharp.NetAnalyzers as ReportAnalyzer prints them in the same build.\n")
    columns = ["Scenario", "Analyzer", "Csc s", "NetAnalyzers s", "ECI s", "ECI / Csc", "ECI / NetAnalyzers",
               "ECI diagnostics"]
    print("| " + " | ".join(columns) + " |")
    print("|---|---|" + "---:|" * (len(columns) - 2))
    warmed = False
    for scenario in args.scenarios.split(","):
        directory = os.path.join(args.generated, scenario)
        write_project(directory, scenario, args)
        log(f"[compare] {scenario}: restore (load {os.getloadavg()[0]:.1f})")
        subprocess.run(["dotnet", "restore", "-nologo", "-v:q"], cwd=directory, check=True, capture_output=True)
        variants = ["true", "old"] + (["base"] if args.base_analyzer else [])
        if not warmed:
            for variant in variants:
                build(directory, variant, server)
            warmed = True
        runs = {variant: [] for variant in variants}
        for round_index in range(args.rounds):
            if len(variants) == 2:
                order = variants if round_index % 2 == 0 else variants[::-1]
            else:
                shift = round_index % len(variants)  # each analyzer takes each position in turn
                order = variants[shift:] + variants[:shift]
            for variant in order:
                run = build(directory, variant, server)
                if not run["eci_found"]:
                    raise RuntimeError(f"ReportAnalyzer printed no line for the {variant} ECI analyzer: it did not run")
                run["load"] = os.getloadavg()[0]
                runs[variant].append(run)
                log(f"[compare] {scenario} round {round_index + 1} {variant}: csc {run['csc']:.2f}s "
                    f"net {run['net']:.3f}s eci {run['eci']:.3f}s diagnostics {run['diagnostics']} load {run['load']:.1f}")
        for variant, label in zip(variants, args.labels.split(",")):
            every = runs[variant]
            cells = [
                scenario, label,
                summary([r["csc"] for r in every]),
                summary([r["net"] for r in every], "{:.3f}"),
                summary([r["eci"] for r in every], "{:.3f}"),
                summary([100 * r["eci"] / r["csc"] for r in every], "{:.2f}%"),
                summary([r["eci"] / r["net"] for r in every if r["net"]], "{:.3f}"),
                str(every[-1]["diagnostics"]),
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
    if server:
        shutdown_server()


if __name__ == "__main__":
    main()
