#!/usr/bin/env python3
"""Where the application's CPU went in a load run: JFR's execution samples (a recording made with
--jvm-arg=-XX:StartFlightRecording=filename=F.jfr,settings=profile) of request and job threads
(start-up left out) summed by thread kind; by the area nearest the top of the stack (each sample
once: where the work itself was done); by what the stack passes through (a sample counts for every
area on it, so wrappers such as Tomcat or a commit hook count for all below them); and by the
method on top of the stack.

Usage: python3 bench/load/profile.py F.jfr [--top 25]
"""
import argparse
import collections
import re
import subprocess

# (area, the first frames' prefix that puts a sample there), checked against every frame
AREAS = [
    ("PDF documents", ("org.ordertocash.document.", "com.lowagie.", "org.openpdf.", "org.apache.pdfbox.", "org.apache.fontbox.")),
    ("audit trail", ("org.ordertocash.audit.",)),
    ("Camunda engine, all", ("org.camunda.bpm.engine.",)),
    ("Camunda persistence (MyBatis)", ("org.apache.ibatis.",)),
    ("Camunda authorization checks", ("org.camunda.bpm.engine.impl.AuthorizationManager", "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager")),
    ("Camunda REST API", ("org.camunda.bpm.engine.rest.",)),
    ("DMN and FEEL", ("org.camunda.bpm.dmn.", "org.camunda.feel.", "scala.")),
    ("expressions (JUEL)", ("org.camunda.bpm.impl.juel.", "org.camunda.bpm.engine.impl.el.")),
    ("Camunda Spin / JSON variables", ("org.camunda.spin.",)),
    ("Hibernate / JPA", ("org.hibernate.",)),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("Spring Security and logins", ("org.springframework.security.", "org.ordertocash.identity.")),
    ("Tomcat", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
]


def samples(path):
    """Yields (thread name, frames top first) per execution sample."""
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                          capture_output=True, text=True, check=True).stdout
    for block in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s+([\w$.<>]+)\(", block, re.M)
        yield (thread.group(1) if thread else "?"), frames


def kind_of(thread):
    for prefix, kind in (("http-nio", "requests"), ("camundaTaskExecutor", "jobs"), ("scheduling", "scheduled")):
        if thread.startswith(prefix):
            return kind
    return "other: " + re.sub(r"[-\d]+$", "", thread)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    total = 0
    kinds, areas, nearest, tops = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for thread, frames in samples(args.recording):
        if not frames or kind_of(thread).startswith("other"):
            continue
        total += 1
        kinds[kind_of(thread)] += 1
        tops[frames[0]] += 1
        for area, prefixes in AREAS:
            if any(frame.startswith(prefixes) for frame in frames):
                areas[area] += 1
        nearest[next((area for frame in frames for area, prefixes in AREAS[::-1]
                      if frame.startswith(prefixes)), "JDK and other libraries only")] += 1
    print(f"{total} execution samples\n\n| threads | share |\n|---|---|")
    for kind, n in kinds.most_common(8):
        print(f"| {kind} | {n / total:.0%} |")
    print("\n| nearest the top of the stack (each sample once) | share |\n|---|---|")
    for area, n in nearest.most_common():
        print(f"| {area} | {n / total:.0%} |")
    print("\n| anywhere on the stack (a sample counts for each) | share |\n|---|---|")
    for area, n in areas.most_common():
        print(f"| {area} | {n / total:.0%} |")
    print(f"\n| method on top of the stack | share |\n|---|---|")
    for method, n in tops.most_common(args.top):
        print(f"| `{method}` | {n / total:.1%} |")


if __name__ == "__main__":
    main()
