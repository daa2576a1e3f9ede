#!/usr/bin/env python3
"""Turns bench/run.sh's hyperfine and /usr/bin/time results into the figures table of docs/benchmarks.md."""
import argparse
import json
import pathlib
import re
import statistics

SCENARIOS = [
    # name, what, target seconds, target peak RSS in MiB
    ("cold-check", "cold `check` of the sample, built-in rules", 0.40, None),
    ("user-rules-first", "`check --rules` with one user rule file, first run (compiles)", 2.5, None),
    ("user-rules-second", "`check --rules` with one user rule file, second run (cache)", 0.50, None),
    ("json-10k", "10k modules over 100 environments, JSON report", None, None),
    ("json-100k", "100k modules over 1,000 environments, JSON report", None, None),
    ("json-1m", "1M modules over 10,000 environments, JSON report", 6.0, 1536),
]
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def load(results, name):
    path = results / f"{name}.json"
    if not path.exists():
        return None
    run = json.loads(path.read_text())["results"][0]
    rss = results / f"{name}.rss"
    kib = int(rss.read_text().split()[-1]) if rss.exists() and rss.read_text().strip() else None
    cpu = [u + s for u, s in zip(run["user"], run["system"])] if "user" in run and isinstance(run["user"], list) else None
    return {
        "median": statistics.median(run["times"]),
        "min": min(run["times"]),
        "cpu": statistics.median(cpu) if cpu else run["user"] + run["system"],
        "runs": len(run["times"]),
        "rss": kib / 1024 if kib else None,
    }


def verdict(value, target, unit):
    if target is None or value is None:
        return ""
    if value <= target:
        return f"meets ≤ {target:g} {unit}"
    return f"**misses** ≤ {target:g} {unit} by {value - target:.3f} {unit} ({value / target:.0%} of target)"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results", type=pathlib.Path)
    p.add_argument("doc", type=pathlib.Path)
    p.add_argument("--machine", required=True)
    p.add_argument("--jdk", required=True)
    p.add_argument("--load", required=True)
    p.add_argument("--date", required=True)
    a = p.parse_args()

    rows = ["| scenario | median wall | min wall | median CPU (user+sys) | peak RSS | runs | wall target | memory target |",
            "|---|---:|---:|---:|---:|---:|---|---|"]
    figures = {}
    for name, what, target, rss_target in SCENARIOS:
        f = load(a.results, name)
        if f is None:
            continue
        figures[name] = f
        rss = f"{f['rss']:.0f} MiB" if f["rss"] else "n/a"
        rows.append(f"| {what} | {f['median']:.3f} s | {f['min']:.3f} s | {f['cpu']:.3f} s | {rss} | {f['runs']} "
                    f"| {verdict(f['median'], target, 's')} | {verdict(f['rss'], rss_target, 'MiB')} |")
    growth = ""
    if "json-1m" in figures and "json-100k" in figures:
        ratio = figures["json-1m"]["median"] / figures["json-100k"]["median"]
        growth = (f"\nGrowth: time(1M) / time(100k) = {ratio:.1f} "
                  f"({'meets' if ratio <= 12 else '**misses**'} ≤ 12; tenfold the modules).\n")
    block = "\n".join([
        START,
        f"Recorded {a.date} by `bench/run.sh` on {a.machine}; {a.jdk}.",
        f"Conditions: {a.load} (a load above the core count means other work shared the CPUs, "
        "so wall times are pessimistic; CPU time is the steadier figure).",
        "",
        *rows,
        growth,
        END,
    ])
    text = a.doc.read_text() if a.doc.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda m: block, text, flags=re.S)
    a.doc.write_text(text)


if __name__ == "__main__":
    main()
