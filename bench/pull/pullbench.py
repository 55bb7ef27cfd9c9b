#!/usr/bin/env python3
"""Pull check and full-pull benchmark: eci-pull against skopeo and curl, on a local docker-registry.

Starts /usr/bin/docker-registry twice on 127.0.0.1 (plain HTTP, and HTTPS with a self-signed certificate made here),
pushes synthetic images (random layers, so nothing compresses or deduplicates), then times in the same run, in
rotating order:
  * pull check of 1 image and of 50 images (50 tags): `eci-pull check` vs `skopeo inspect` once per image;
  * full pull into an OCI layout: `eci-pull pull` vs `skopeo copy docker://... oci:...` vs `curl` fetching the same
    manifest, config and layers (the physical ceiling: no verification, no layout);
  * peak RSS (/usr/bin/time -v) of eci-pull and skopeo while the image grows.
Only 127.0.0.1 is contacted. Markdown goes to stdout, progress to stderr.
"""

import argparse
import hashlib
import http.client
import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar"
CONFIG_TYPE = "application/vnd.oci.image.config.v1+json"
MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json"


def log(message):
    print(message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Image:
    """A synthetic image on disk: layer files of random bytes, a config and a manifest."""

    def __init__(self, directory, total_mb, layers):
        os.makedirs(directory, exist_ok=True)
        self.blobs = []  # (digest, path, size)
        layer_descriptors = []
        per_layer = total_mb * (1 << 20) // layers
        for i in range(layers):
            path = os.path.join(directory, f"layer{i}")
            with open(path, "wb") as f:
                remaining = per_layer
                while remaining > 0:
                    n = min(remaining, 8 << 20)
                    f.write(os.urandom(n))
                    remaining -= n
            digest = "sha256:" + sha256_file(path)
            self.blobs.append((digest, path, per_layer))
            layer_descriptors.append({"mediaType": LAYER_TYPE, "digest": digest, "size": per_layer})
        config = json.dumps({
            "architecture": "amd64", "os": "linux", "config": {},
            "rootfs": {"type": "layers", "diff_ids": [d["digest"] for d in layer_descriptors]},
        }, separators=(",", ":")).encode()
        config_path = os.path.join(directory, "config.json")
        with open(config_path, "wb") as f:
            f.write(config)
        config_digest = "sha256:" + hashlib.sha256(config).hexdigest()
        self.blobs.append((config_digest, config_path, len(config)))
        self.config = (config_digest, len(config))
        self.layers = layer_descriptors
        self.manifest = json.dumps({
            "schemaVersion": 2, "mediaType": MANIFEST_TYPE,
            "config": {"mediaType": CONFIG_TYPE, "digest": config_digest, "size": len(config)},
            "layers": layer_descriptors,
        }, separators=(",", ":")).encode()
        self.total_bytes = sum(size for _, _, size in self.blobs) + len(self.manifest)


class Registry:
    """docker-registry on 127.0.0.1 with its own storage; TLS with a self-signed certificate when asked."""

    def __init__(self, workdir, tls):
        self.tls = tls
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.directory = tempfile.mkdtemp(prefix="registry-", dir=workdir)
        config = [
            "version: 0.1",
            "log:", "  level: error", "  accesslog:", "    disabled: true",
            "storage:", "  filesystem:", f"    rootdirectory: {self.directory}/storage",
            "  maintenance:", "    uploadpurging:", "      enabled: false",
            "http:", f"  addr: {self.address}", "  secret: eci-bench",
        ]
        if tls:
            cert, key = os.path.join(self.directory, "cert.pem"), os.path.join(self.directory, "key.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                            "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                           check=True, capture_output=True)
            config += ["  tls:", f"    certificate: {cert}", f"    key: {key}"]
        config_path = os.path.join(self.directory, "config.yml")
        with open(config_path, "w") as f:
            f.write("\n".join(config) + "\n")
        self.process = subprocess.Popen(["/usr/bin/docker-registry", "serve", config_path],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while True:
            try:
                status, _, _ = self.request("GET", "/v2/")
                if status == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline or self.process.poll() is not None:
                raise RuntimeError("docker-registry did not start")
            time.sleep(0.05)

    @property
    def scheme(self):
        return "https" if self.tls else "http"

    def connection(self):
        if self.tls:
            context = ssl._create_unverified_context()  # the pusher trusts the bench's own self-signed registry
            return http.client.HTTPSConnection("127.0.0.1", self.port, context=context, timeout=120)
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)

    def request(self, method, path, body=None, headers=None):
        connection = self.connection()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.getheader("Location"), response.read()
        finally:
            connection.close()

    def push(self, repository, image, tags):
        for digest, path, size in image.blobs:
            status, _, _ = self.request("HEAD", f"/v2/{repository}/blobs/{digest}")
            if status == 200:
                continue
            status, location, body = self.request("POST", f"/v2/{repository}/blobs/uploads/")
            if status != 202:
                raise RuntimeError(f"upload start failed: {status} {body[:200]}")
            separator = "&" if "?" in location else "?"
            target = location.split(self.address, 1)[-1] if "://" in location else location
            with open(path, "rb") as f:
                status, _, body = self.request("PUT", f"{target}{separator}digest={digest}", body=f,
                                               headers={"Content-Type": "application/octet-stream", "Content-Length": str(size)})
            if status != 201:
                raise RuntimeError(f"blob put failed: {status} {body[:200]}")
        for tag in tags:
            status, _, body = self.request("PUT", f"/v2/{repository}/manifests/{tag}", body=image.manifest,
                                           headers={"Content-Type": MANIFEST_TYPE})
            if status != 201:
                raise RuntimeError(f"manifest put failed: {status} {body[:200]}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def timed(command, cwd=None):
    """Runs a command under /usr/bin/time -v; returns (wall seconds, peak RSS in MiB, CPU seconds user+system)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr.decode()[-800:]}")
        rss, cpu = 0, 0.0
        for line in report.read().splitlines():
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024
            elif "User time (seconds)" in line or "System time (seconds)" in line:
                cpu += float(line.split(":")[1])
        return wall, rss, cpu


def parse_build(text):
    """'LABEL=PATH' or just 'PATH' (labelled eci-pull)."""
    label, separator, path = text.partition("=")
    return (label, path) if separator and label else ("eci-pull", text)


def summary(values, fmt="{:.3f}"):
    values = sorted(values)
    return f"{fmt.format(statistics.median(values))} ({fmt.format(values[0])}–{fmt.format(values[-1])})"


class Bench:
    def __init__(self, args):
        self.args = args
        # [(label, executable)]: the first build is the one the speed-up column compares against.
        self.builds = [parse_build(text) for text in args.eci_pull]
        self.workdir = tempfile.mkdtemp(prefix="eci-pull-bench-", dir=args.workdir)

    def transport_flags(self, registry, tool):
        if tool == "eci":
            return ["--plain-http" if not registry.tls else "--insecure", registry.address]
        return []

    def check_commands(self, registry, images):
        commands = {f"{label} check": [path, "check"] + images + self.transport_flags(registry, "eci") + ["--no-diagnose"]
                    for label, path in self.builds}
        loop = "; ".join(f"skopeo inspect --tls-verify=false docker://{image} >/dev/null" for image in images)
        raw = "; ".join(f"skopeo inspect --raw --tls-verify=false docker://{image} >/dev/null" for image in images)
        commands["skopeo inspect ×N"] = ["bash", "-c", "set -e; " + loop]
        commands["skopeo inspect --raw ×N"] = ["bash", "-c", "set -e; " + raw]
        return commands

    def pull_commands(self, registry, image, reference, target):
        base = f"{registry.scheme}://{registry.address}/v2/bench/big"
        curl = ["curl", "-sSf", "--http1.1", "-k", "-H", f"Accept: {MANIFEST_TYPE}", "-o", os.path.join(target, "manifest"),
                f"{base}/manifests/latest"]
        for digest, _, _ in image.blobs:
            curl += ["-o", os.path.join(target, digest.split(":")[1]), f"{base}/blobs/{digest}"]
        commands = {f"{label} pull": [path, "pull", reference, "--output", target] + self.transport_flags(registry, "eci")
                    for label, path in self.builds}
        return commands | {
            "skopeo copy": ["skopeo", "copy", "-q", "--src-tls-verify=false", f"docker://{reference}", f"oci:{target}:latest"],
            "curl (ceiling)": curl,
        }

    def rounds(self, commands, rounds, fresh_dir=None):
        times = {name: [] for name in commands}
        rss = {name: [] for name in commands}
        cpu = {name: [] for name in commands}
        names = list(commands)
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                if fresh_dir:
                    shutil.rmtree(fresh_dir, ignore_errors=True)
                    os.makedirs(fresh_dir)
                wall, peak, used = timed(commands[name])
                times[name].append(wall)
                rss[name].append(peak)
                cpu[name].append(used)
            log(f"  round {r + 1}/{rounds}: " + ", ".join(f"{n} {times[n][-1]:.2f}s" for n in names))
        return times, rss, cpu

    def run(self):
        args = self.args
        out = sys.stdout
        log(f"[pull] generating a {args.size_mb} MB image in {args.layers} layers")
        image = Image(os.path.join(self.workdir, "image"), args.size_mb, args.layers)
        registries = [Registry(self.workdir, tls=False), Registry(self.workdir, tls=True)]
        try:
            tags = ["latest"] + [f"t{i}" for i in range(1, args.images + 1)]
            for registry in registries:
                log(f"[pull] pushing to {registry.scheme}://{registry.address}")
                registry.push("bench/big", image, tags)

            if not args.no_check:
                out.write(f"### Pull check (resolve the manifest), {args.rounds} rounds, seconds: median (min–max)\n\n")
            eci_checks = [f"{label} check" for label, _ in self.builds]
            if not args.no_check:
                out.write("| Transport | Images | " + " | ".join(eci_checks) + " | skopeo inspect ×N | skopeo inspect --raw ×N | "
                          f"skopeo inspect ×N / {self.builds[0][0]} | CPU s ({' / '.join(label for label, _ in self.builds)} / inspect / raw) |\n")
                out.write("|---|---:|" + "---:|" * (len(self.builds) + 4) + "\n")
            for registry in registries if not args.no_check else []:
                for count in (1, args.images):
                    images = [f"{registry.address}/bench/big:t{i}" for i in range(1, count + 1)]
                    log(f"[check] {registry.scheme}, {count} image(s)")
                    times, _, cpu = self.rounds(self.check_commands(registry, images), args.rounds)
                    ratio = statistics.median(times["skopeo inspect ×N"]) / statistics.median(times[eci_checks[0]])
                    out.write(f"| {registry.scheme.upper()} | {count} | " + "".join(f"{summary(times[n])} | " for n in eci_checks)
                              + f"{summary(times['skopeo inspect ×N'])} | {summary(times['skopeo inspect --raw ×N'])} | {ratio:.1f}× | "
                              + " / ".join(f"{statistics.median(cpu[n]):.2f}" for n in cpu) + " |\n")
                    out.flush()

            if args.check_only:
                return
            out.write(f"\n### Full pull of {image.total_bytes / (1 << 20):.0f} MiB in {args.layers} layers into a fresh directory, "
                      f"{args.rounds} rounds: seconds and MiB/s, median (min–max)\n\n")
            out.write("| Transport | Tool | Seconds | MiB/s | Share of curl | CPU s | Peak RSS MiB |\n|---|---|---:|---:|---:|---:|---:|\n")
            for registry in registries:
                target = os.path.join(self.workdir, "pulled")
                reference = f"{registry.address}/bench/big:latest"
                log(f"[pull] {registry.scheme} full pull")
                for label, path in self.builds:
                    self.verify_pull(label, path, registry, image, reference, target)
                times, rss, cpu = self.rounds(self.pull_commands(registry, image, reference, target), args.rounds, fresh_dir=target)
                ceiling = statistics.median(times["curl (ceiling)"])
                for name in times:
                    mibs = [image.total_bytes / (1 << 20) / t for t in times[name]]
                    share = ceiling / statistics.median(times[name])
                    out.write(f"| {registry.scheme.upper()} | {name} | {summary(times[name], '{:.2f}')} | {summary(mibs, '{:.0f}')} | "
                              f"{100 * share:.0f}% | {summary(cpu[name], '{:.2f}')} | {summary(rss[name], '{:.0f}')} |\n")
                    out.flush()
                shutil.rmtree(target, ignore_errors=True)

            self.memory_series(registries[0], out)
        finally:
            for registry in registries:
                registry.stop()
            shutil.rmtree(self.workdir, ignore_errors=True)

    def verify_pull(self, label, executable, registry, image, reference, target):
        """Before timing a build: its pull must produce a complete OCI layout holding exactly the pushed bytes."""
        shutil.rmtree(target, ignore_errors=True)
        subprocess.run([executable, "pull", reference, "--output", target] + self.transport_flags(registry, "eci"),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        manifest_digest = "sha256:" + hashlib.sha256(image.manifest).hexdigest()
        with open(os.path.join(target, "index.json")) as f:
            index = json.load(f)
        problems = [] if [m["digest"] for m in index["manifests"]] == [manifest_digest] else ["index.json names another manifest"]
        for digest in [d for d, _, _ in image.blobs] + [manifest_digest]:
            path = os.path.join(target, "blobs", "sha256", digest.split(":")[1])
            if not os.path.exists(path) or "sha256:" + sha256_file(path) != digest:
                problems.append(f"blob {digest} missing or wrong")
        if problems:
            raise RuntimeError(f"{label} pulled a broken layout from {registry.scheme}: " + "; ".join(problems))
        log(f"  {label}: layout verified")
        shutil.rmtree(target, ignore_errors=True)

    def memory_series(self, registry, out):
        """Peak RSS of a full pull while the image grows: streaming keeps it flat."""
        args = self.args
        out.write(f"\n### Peak RSS (MiB) of a full pull as the image grows (HTTP, {args.layers} layers, median of {args.memory_rounds}; in brackets the median wall time)\n\n")
        names = [f"{label} pull" for label, _ in self.builds] + ["skopeo copy", "curl (ceiling)"]
        out.write("| Image MiB | " + " | ".join(names) + " |\n|---:|" + "---:|" * len(names) + "\n")
        for size in args.memory_sizes:
            directory = os.path.join(self.workdir, f"image-{size}")
            log(f"[memory] {size} MB image")
            image = Image(directory, size, args.layers)
            registry.push("bench/big", image, ["latest"])
            target = os.path.join(self.workdir, "pulled")
            commands = self.pull_commands(registry, image, f"{registry.address}/bench/big:latest", target)
            times, rss, _ = self.rounds(commands, args.memory_rounds, fresh_dir=target)
            out.write(f"| {image.total_bytes / (1 << 20):.0f} | "
                      + " | ".join(f"{statistics.median(rss[n]):.0f} ({statistics.median(times[n]):.2f} s)" for n in commands) + " |\n")
            out.flush()
            shutil.rmtree(directory, ignore_errors=True)
            shutil.rmtree(target, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eci-pull", required=True, action="append", metavar="[LABEL=]PATH",
                        help="an eci-pull executable; repeat to compare builds (the first is the reference), "
                             "e.g. --eci-pull 'eci-pull (AOT)=out/aot/eci-pull' --eci-pull 'eci-pull (JIT)=out/jit/eci-pull'")
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--layers", type=int, default=5)
    parser.add_argument("--images", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--memory-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[50, 200, 800])
    parser.add_argument("--memory-rounds", type=int, default=2)
    parser.add_argument("--no-check", action="store_true", help="skip the pull-check tables (full pull and memory only)")
    parser.add_argument("--check-only", action="store_true", help="only the pull-check tables (no full pull, no memory series)")
    parser.add_argument("--workdir", default=None, help="parent of the temporary directory (default: $TMPDIR)")
    Bench(parser.parse_args()).run()


if __name__ == "__main__":
    main()
