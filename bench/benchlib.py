"""What the benchmark drivers share: the application jar on a fresh PostgreSQL database, REST calls,
psql, percentiles, pgbench's select-only latency on the same server, and the machine's description."""
import atexit
import base64
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
DB = "otc_bench"
PORT = 18080
ADMIN = ("admin", "demo")
JAR = None
# further --name=value arguments for the application, e.g. job executor settings being tried
APP_ARGS = []
# JVM options; without any, the heap the README recommends
JVM_ARGS = []


class CallFailed(Exception):
    """A REST call that answered an error status or did not answer."""


def _send(method, path, auth, data, accept, content_type, headers, timeout, port=None):
    """The answer's text; urllib's errors as they come."""
    req = urllib.request.Request(f"http://127.0.0.1:{port or PORT}{path}", data=data, method=method)
    token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    req.add_header("Authorization", f"Basic {token}")
    req.add_header("Accept", accept)
    if data is not None:
        req.add_header("Content-Type", content_type)
    for name, value in headers.items():
        req.add_header(name, value)
    with urllib.request.urlopen(req, timeout=timeout) as response:
        return response.read().decode()


def request(method, path, auth=ADMIN, body=None, idempotency_key=None, port=None):
    """One REST call (to the node on port, by default the only one); answers the parsed JSON body
    (or None), raises CallFailed on an error status or when nothing answers."""
    data = None if body is None else json.dumps(body).encode()
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    try:
        text = _send(method, path, auth, data, "application/json", "application/json", headers, 120, port)
        return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        raise CallFailed(f"{method} {path} answered {e.code}: {e.read().decode()[:300]}") from e
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        raise CallFailed(f"{method} {path}: {e}") from e


def call(method, path, auth=ADMIN, body=None, accept="application/json", content_type="application/json"):
    """One REST call while seeding or sampling; the driver stops on an error status."""
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    try:
        text = _send(method, path, auth, data, accept, content_type, {}, 600)
        return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path} answered {e.code}: {e.read().decode()[:500]}")


def psql(sql, database=DB, user="postgres"):
    return subprocess.run(["psql", *PG[:-1], user, "-d", database, "-Atc", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


def fresh_database(name):
    autovacuum_as_in_production()
    psql(f"drop database if exists {name}", "postgres")
    psql(f"create database {name}", "postgres")


AUTOVACUUM_NOTE = None


def autovacuum_as_in_production():
    """Autovacuum on for the run, as on every production server; put back as it was afterwards.

    The machines here come with autovacuum = off (a CI setting in conf.d). Without it the engine's
    runtime tables, where every row is inserted and soon deleted, fill with dead rows: after ten
    minutes of load an insert into ACT_RU_VARIABLE read 470 buffers instead of a few dozen, and what
    a run measured was mostly that."""
    global AUTOVACUUM_NOTE
    if AUTOVACUUM_NOTE is not None:
        return
    if psql("show autovacuum", "postgres") == "on":
        AUTOVACUUM_NOTE = "autovacuum on"
        return
    if os.environ.get("OTC_BENCH_AUTOVACUUM") == "as-is":
        AUTOVACUUM_NOTE = "autovacuum off (the server's own setting, kept by OTC_BENCH_AUTOVACUUM=as-is)"
        return
    psql("alter system set autovacuum = on", "postgres")
    psql("select pg_reload_conf()", "postgres")
    atexit.register(lambda: (psql("alter system reset autovacuum", "postgres"), psql("select pg_reload_conf()", "postgres")))
    AUTOVACUUM_NOTE = "autovacuum on (turned on for the run; the server's own setting is off)"


def start_app(log_path, port=None, node_args=()):
    """The jar on the bench database, ready; a second node gets a port of its own and node_args."""
    port = port or PORT
    jar = JAR or next(os.path.join(ROOT, "target", f) for f in os.listdir(os.path.join(ROOT, "target"))
                      if re.match(r"order-to-cash-.*\.jar$", f))
    log = open(log_path, "w")
    process = subprocess.Popen(
        ["java", *(JVM_ARGS or ["-Xmx2g"]), "-jar", jar, "--spring.profiles.active=postgres,dev",
         f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/{DB}",
         f"--server.port={port}", f"--management.server.port={port + 1}", *APP_ARGS, *node_args],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 300
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"the application stopped, see {log_path}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port + 1}/actuator/health/readiness", timeout=5) as r:
                if r.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(2)  # waiting for a process to start, not part of any measurement
    process.kill()
    sys.exit(f"the application did not become ready, see {log_path}")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def pgbench_latency_ms():
    fresh_database("otc_pgbench")
    subprocess.run(["pgbench", *PG, "-i", "-q", "-s", "10", "otc_pgbench"], check=True, capture_output=True)
    out = subprocess.run(["pgbench", *PG, "-S", "-c", "1", "-T", "20", "otc_pgbench"], check=True,
                         capture_output=True, text=True).stdout
    return float(re.search(r"latency average = ([\d.]+) ms", out).group(1))


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")), "0")
    pg = psql("show server_version", "postgres")
    vacuum = AUTOVACUUM_NOTE or "autovacuum " + psql("show autovacuum", "postgres")
    return (f"{os.cpu_count()} cores ({cpu}), {int(mem) // 1024 // 1024} GiB, {platform.platform()}, "
            f"PostgreSQL {pg}, {vacuum}")


def tried(settings, tag=None):
    """A result file's suffix naming what a run tried: its tag, then each setting's last part
    ("--camunda.bpm.history-level=activity" -> "-history-level-activity", "...chain-delay=PT0.5S" -> "-chain-delay-pt0-5s")."""
    return ("-" + tag if tag else "") + "".join("-" + _slug(setting) for setting in settings)


def _slug(setting):
    key, _, value = setting.lstrip("-").partition("=")
    return re.sub(r"[^a-z0-9]+", "-", (key.split(".")[-1] + "-" + value).lower()).strip("-")


def commit():
    return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()


def write_results(name, lines):
    """Prints the result table and writes it to bench/results/<name>-<date>-<commit>.md; answers the path."""
    text = "\n".join(lines) + "\n"
    print(text)
    out = os.path.join(ROOT, "bench", "results", f"{name.format(date=datetime.date.today(), commit=commit())}.md")
    with open(out, "w") as f:
        f.write(text)
    print("written to", out)
    return out
