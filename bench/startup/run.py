#!/usr/bin/env python3
"""Start-up: how long the application jar takes from `java -jar` to ready (readiness probe answers
200), and its resident memory then, on PostgreSQL (issue 16).

Each JVM setting tried (--jvm "flags", repeatable) is started --runs times on a database that is
already migrated and deployed (the usual restart), after one start on a fresh database that is
reported separately (migrations, schema, first deployment). Readiness is asked every 100 ms.

--cds also tries each setting with a class-data sharing archive (Spring Boot's way: the jar
extracted with `-Djarmode=tools extract`, one training start with -XX:ArchiveClassesAtExit that
stops after the context refresh, then -XX:SharedArchiveFile); the archive is made here, first.

Usage: python3 bench/startup/run.py [--runs 3] [--cds] [--jvm=-Xmx2g] ["--jvm=-Xmx384m -XX:+UseSerialGC"]
Needs: the jar (mvn -DskipTests -Dexec.skip package), local PostgreSQL 15 with trust auth.
Writes: bench/results/startup-<date>-<commit>[-<tag>][-<each app arg>].md
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402
from benchlib import ROOT, machine  # noqa: E402


PROFILES = "postgres"
# production starts refuse to run without an administrator (README "Running on PostgreSQL")
ENVIRONMENT = {**os.environ, "OTC_ADMIN_USER": "bench-admin", "OTC_ADMIN_PASSWORD": "Start-Up-Measure-42!"}


def command(jvm_flags, jar):
    return ["java", *jvm_flags, "-jar", jar, f"--spring.profiles.active={PROFILES}",
            f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/{benchlib.DB}",
            f"--server.port={benchlib.PORT}", f"--management.server.port={benchlib.PORT + 1}", *benchlib.APP_ARGS]


def class_data_archive(jar):
    """Extracts the jar and trains a CDS archive once; answers (extracted jar, archive)."""
    folder = "/tmp/otc-bench-cds"
    subprocess.run(["rm", "-rf", folder], check=True)
    subprocess.run(["java", "-Djarmode=tools", "-jar", jar, "extract", "--destination", folder], check=True,
                   capture_output=True)
    extracted = os.path.join(folder, os.path.basename(jar))
    archive = os.path.join(folder, "application.jsa")
    subprocess.run(command(["-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"], extracted),
                   check=True, capture_output=True, timeout=300, env=ENVIRONMENT)
    return extracted, archive


def start(jvm_flags, jar):
    """Answers (seconds to ready, RSS in MB at ready)."""
    started = time.perf_counter()
    process = subprocess.Popen(command(jvm_flags, jar), stdout=open("/tmp/otc-bench-startup.log", "w"),
                               stderr=subprocess.STDOUT, env=ENVIRONMENT)
    try:
        while time.perf_counter() - started < 300:
            if process.poll() is not None:
                sys.exit("the application stopped, see /tmp/otc-bench-startup.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{benchlib.PORT + 1}/actuator/health/readiness",
                                            timeout=5) as r:
                    if r.status == 200:
                        ready = time.perf_counter() - started
                        status = open(f"/proc/{process.pid}/status").read()
                        return ready, int(status.split("VmRSS:")[1].split()[0]) // 1024
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.1)  # how often readiness is asked: the figure's resolution
        sys.exit("not ready after 300 s")
    finally:
        process.terminate()
        process.wait(60)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jvm", action="append", help="JVM flags of one setting, in one string")
    parser.add_argument("--profiles", default="postgres", help="postgres (production: no demo data) or postgres,dev")
    parser.add_argument("--cds", action="store_true", help="also each setting with a class-data sharing archive")
    parser.add_argument("--jar")
    parser.add_argument("--tag", help="a word for the result file's name")
    parser.add_argument("--app-arg", action="append", default=[])
    args = parser.parse_args()
    global PROFILES
    PROFILES = args.profiles
    settings = args.jvm or ["-Xmx2g"]
    benchlib.APP_ARGS = args.app_arg
    jar = args.jar or next(os.path.join(ROOT, "target", f) for f in sorted(os.listdir(os.path.join(ROOT, "target")))
                           if f.startswith("order-to-cash-") and f.endswith(".jar"))
    benchlib.fresh_database(benchlib.DB)
    first, first_rss = start(settings[0].split(), jar)
    lines = ["# Start-up time and memory", "", f"- Commit: {benchlib.commit()}", f"- Machine: {machine()}",
             f"- Command: `python3 bench/startup/run.py {' '.join(repr(a) if ' ' in a else a for a in sys.argv[1:])}`",
             f"- Profiles: {PROFILES}{' (production: no demo users or data)' if PROFILES == 'postgres' else ''}",
             f"- First start on an empty database (migrations, engine schema, deployments) with `{settings[0]}`: "
             f"{first:.1f} s to ready, {first_rss} MB RSS", "",
             f"Restarts on the migrated database, {args.runs} each:", "",
             "| JVM flags | ready: median (min–max) | RSS at ready: median |", "|---|---|---|"]
    tries = [(flags, flags.split(), jar) for flags in settings]
    if args.cds:
        extracted, archive = class_data_archive(jar)
        tries += [(flags + " + CDS archive", [*flags.split(), "-XX:SharedArchiveFile=" + archive], extracted)
                  for flags in settings]
    for name, flags, runnable in tries:
        runs = [start(flags, runnable) for _ in range(args.runs)]
        times = [r[0] for r in runs]
        lines.append(f"| `{name}` | {statistics.median(times):.1f} s ({min(times):.1f}–{max(times):.1f}) "
                     f"| {statistics.median(r[1] for r in runs):.0f} MB |")
    benchlib.write_results("startup-{date}-{commit}" + benchlib.tried(args.app_arg, args.tag), lines)


if __name__ == "__main__":
    main()
