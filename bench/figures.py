#!/usr/bin/env python3
"""Turns bench/run.sh's hyperfine and /usr/bin/time results into the figures of docs/benchmarks.md."""
import argparse
import json
import pathlib
import statistics

SIZES = {"10k": "10k modules over 100 environments", "100k": "100k modules over 1,000 environments",
         "1m": "1M modules over 10,000 environments"}
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
GROWTH_TARGET = 11
MEMORY_TARGET_MIB = 1536


def cold_target(jdk):
    """The issue's cold-check goals: 0.30 s on JDK 17 (to 23), 0.22 s where an AOT cache exists (24+)."""
    feature = int(jdk.removeprefix("jdk")) if jdk.removeprefix("jdk").isdigit() else 17
    return 0.22 if feature >= 24 else 0.30


def load(results, name):
    path = results / f"{name}.json"
    if not path.exists():
        return None
    run = json.loads(path.read_text())["results"][0]
    rss = results / f"{name}.rss"
    rss_text = rss.read_text().strip() if rss.exists() else ""
    kib = int(rss_text.split()[-1]) if rss_text and rss_text.split()[-1].isdigit() else None
    cpu = ([u + s for u, s in zip(run["user"], run["system"])] if isinstance(run.get("user"), list) else None)
    started = results / f"{name}.load"
    return {
        "median": statistics.median(run["times"]),
        "min": min(run["times"]),
        "cpu": statistics.median(cpu) if cpu else run["user"] + run["system"],
        "runs": len(run["times"]),
        "rss": kib / 1024 if kib else None,
        "load": started.read_text().strip() if started.exists() else "",
    }


def interleaved(results, size, who):
    """Wall and CPU medians of the runs bench/run.sh took in rounds with the jq peer, or None."""
    path = results / f"interleaved-{size}-{who}.times"
    if not path.exists():
        return None
    runs = [line.split() for line in path.read_text().splitlines()]
    runs = [r for r in runs if len(r) == 3 and all(x.replace(".", "", 1).isdigit() for x in r)]
    if not runs:
        return None
    return {"median": statistics.median(float(r[0]) for r in runs),
            "cpu": statistics.median(float(r[1]) + float(r[2]) for r in runs), "runs": len(runs)}


def verdict(value, target, unit, what=""):
    if target is None or value is None:
        return ""
    def number(x):
        return f"{x:.0f}" if abs(x) >= 100 else f"{x:.3g}"
    goal = f"≤ {number(target)} {unit}{what}"
    if value <= target:
        return f"meets {goal}"
    return f"**misses** {goal} by {number(value - target)} {unit} ({value / target:.0%})"


def row(what, jdk, f, wall_verdict="", memory_verdict=""):
    rss = f"{f['rss']:.0f} MiB" if f["rss"] else "n/a"
    verdicts = "; ".join(v for v in (wall_verdict, memory_verdict) if v)
    return (f"| {what} | {jdk} | {f['median']:.3f} s | {f['min']:.3f} s | {f['cpu']:.3f} s | {rss} | {f['runs']} "
            f"| {f['load']} | {verdicts} |")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results", type=pathlib.Path)
    p.add_argument("doc", type=pathlib.Path)
    p.add_argument("--machine", required=True)
    p.add_argument("--jdks", required=True)
    p.add_argument("--sizes", required=True)
    p.add_argument("--load", required=True)
    p.add_argument("--date", required=True)
    a = p.parse_args()
    jdks, sizes, r = a.jdks.split(), a.sizes.split(), a.results

    rows = ["| scenario | JVM | median wall | min wall | median CPU (user+sys) | peak RSS | runs | load average at start | against the goal |",
            "|---|---|---:|---:|---:|---:|---:|---|---|"]
    versions = []
    for jdk in jdks:
        version = r / f"{jdk}.version"
        versions.append(f"{jdk}: {version.read_text().strip() if version.exists() else '?'}")
        for name, what, target in [("floor", "JVM floor (`java -version`, the launcher's small-run flags)", None),
                                   ("cold-check", "cold `check` of the sample, built-in rules", cold_target(jdk)),
                                   ("user-rules-first", "`check --rules`, one user rule file, first run (compiles)", 2.5),
                                   ("user-rules-second", "`check --rules`, one user rule file, second run (cache)", 0.5)]:
            f = load(r, f"{jdk}-{name}")
            if f:
                rows.append(row(what, jdk, f, verdict(f["median"], target, "s")))
    growth = []
    for size in sizes:
        peer = load(r, f"jq-{size}")
        if peer:
            rows.append(row(f"{SIZES[size]}: the jq peer's four checks", "jq", peer))
        for jdk in jdks:
            f = load(r, f"{jdk}-json-{size}")
            if not f:
                continue
            wall, memory = "", ""
            if size == "100k":
                wall = verdict(f["median"], 1.0, "s")
            if size == "1m":
                wall = verdict(f["median"], peer["median"], "s", " (jq's median)") if peer else ""
                memory = verdict(f["rss"], MEMORY_TARGET_MIB, "MiB")
            rows.append(row(f"{SIZES[size]}, JSON report", jdk, f, wall, memory))
    for jdk in jdks:
        big, small = load(r, f"{jdk}-json-1m"), load(r, f"{jdk}-json-100k")
        if big and small:
            ratio = big["median"] / small["median"]
            cpu_ratio = big["cpu"] / small["cpu"]
            growth.append(f"- {jdk}: time(1M) / time(100k) = {ratio:.1f} wall, {cpu_ratio:.1f} CPU "
                          f"({'meets' if ratio <= GROWTH_TARGET else '**misses**'} ≤ {GROWTH_TARGET}; tenfold the modules)")
    same_minutes = []
    for size in sizes:
        peer = interleaved(r, size, "jq")
        if not peer:
            continue
        for jdk in jdks:
            f = interleaved(r, size, jdk)
            if f:
                share = f["median"] / peer["median"]
                goal = ""
                if size == "1m":
                    goal = f" ({'meets' if share <= 1 else '**misses**'} no slower than jq)"
                same_minutes.append(f"- {SIZES[size]}, {jdk}: {f['median']:.3f} s wall, {f['cpu']:.3f} s CPU, against jq's "
                                    f"{peer['median']:.3f} s: {share:.0%} of jq's time{goal}; {f['runs']} rounds")
    if same_minutes:
        same_minutes = ["", "Interleaved with the jq peer (jq, then each JDK, round after round: the same minutes), medians:",
                        "", *same_minutes]
    block = "\n".join([
        START,
        f"Recorded {a.date} by `bench/run.sh` on {a.machine}; {'; '.join(versions)}.",
        f"Conditions: {a.load}. A load above the core count means other work shared the CPUs: wall "
        "times are then pessimistic, and CPU time is the steadier figure.",
        "",
        *rows,
        "",
        "Growth:",
        "",
        *growth,
        *same_minutes,
        "",
        END,
    ])
    text = a.doc.read_text()
    start, end = text.index(START), text.index(END) + len(END)
    a.doc.write_text(text[:start] + block + text[end:])


if __name__ == "__main__":
    main()
