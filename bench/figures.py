#!/usr/bin/env python3
"""Turns bench/run.sh's hyperfine and /usr/bin/time results into the table of docs/benchmarks.md."""
import argparse
import json
import pathlib
import statistics

START, END = "<!-- figures:start -->", "<!-- figures:end -->"
REAL_SIZED_TARGET = 2.5   # the 40k estate's JSON report against the cold check of the same JDK
GROWTH_TARGET = 11        # time(1M) / time(100k)
MEMORY_TARGET_MIB = 2048  # 1M modules, the launcher's defaults


def load(results, name, index=0, rss_name=None, load_name=None):
    """Medians of one hyperfine command (the index-th of its file), with its peak RSS and load, or None."""
    path = results / f"{name}.json"
    if not path.exists():
        return None
    run = json.loads(path.read_text())["results"][index]
    rss = results / f"{rss_name or name}.rss"
    rss_text = rss.read_text().strip() if rss.exists() else ""
    kib = int(rss_text.split()[-1]) if rss_text and rss_text.split()[-1].isdigit() else None
    cpu = [u + s for u, s in zip(run["user"], run["system"])] if isinstance(run.get("user"), list) else None
    started = results / f"{load_name or name}.load"
    return {
        "median": statistics.median(run["times"]),
        "min": min(run["times"]),
        "cpu": statistics.median(cpu) if cpu else run["user"] + run["system"],
        "runs": len(run["times"]),
        "rss": kib / 1024 if kib else None,
        "load": started.read_text().strip() if started.exists() else "",
    }


def judged(value, target, what):
    if value is None:
        return ""
    return f"{value:.2f} {what} ({'meets' if value <= target else '**misses**'} ≤ {target})"


def row(what, jvm, f, verdict=""):
    rss = f"{f['rss']:.0f} MiB" if f["rss"] else "n/a"
    return (f"| {what} | {jvm} | {f['median']:.3f} s | {f['min']:.3f} s | {f['cpu']:.3f} s | {rss} | {f['runs']} "
            f"| {f['load']} | {verdict} |")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results", type=pathlib.Path)
    p.add_argument("doc", type=pathlib.Path)
    p.add_argument("--machine", required=True)
    p.add_argument("--jdks", required=True)
    p.add_argument("--before", default="")
    p.add_argument("--load", required=True)
    p.add_argument("--date", required=True)
    a = p.parse_args()
    r = a.results

    rows = ["| scenario | JVM | median wall | min wall | median CPU (user+sys) | peak RSS | runs | load average at start | against the goal |",
            "|---|---|---:|---:|---:|---:|---:|---|---|"]
    versions = []
    peer = load(r, "jq-40k")
    for jdk in a.jdks.split():
        version = r / f"{jdk}.version"
        versions.append(f"{jdk}: {version.read_text().strip() if version.exists() else '?'}")
        if a.before:
            cold = load(r, f"{jdk}-cold-pair", 0, load_name=f"{jdk}-cold-pair")
            before = load(r, f"{jdk}-cold-pair", 1, load_name=f"{jdk}-cold-pair")
        else:
            cold, before = load(r, f"{jdk}-cold-check"), None
        if before:
            rows.append(row(f"cold `check` of the sample, built-in rules, before this issue ({a.before})", jdk, before))
        if cold:
            verdict = (f"{cold['median'] / before['median']:.0%} of the time before, CPU "
                       f"{cold['cpu'] / before['cpu']:.0%}") if before else ""
            rows.append(row("cold `check` of the sample, built-in rules", jdk, cold, verdict))
        real = load(r, f"{jdk}-json-40k")
        if real:
            ratio = real["median"] / cold["median"] if cold else None
            cpu = f"; CPU {real['cpu'] / cold['cpu']:.2f} ×" if cold else ""
            rows.append(row("40k modules over 40 environments, JSON report", jdk, real,
                            judged(ratio, REAL_SIZED_TARGET, "× the cold check") + cpu))
        small, big = load(r, f"{jdk}-json-100k"), load(r, f"{jdk}-json-1m")
        if small:
            rows.append(row("100k modules over 1,000 environments, JSON report", jdk, small))
        if big:
            growth = big["median"] / small["median"] if small else None
            growth_cpu = f"; CPU {big['cpu'] / small['cpu']:.2f} ×" if small else ""
            memory = "" if big["rss"] is None else (
                f"peak {'meets' if big['rss'] <= MEMORY_TARGET_MIB else '**misses**'} ≤ {MEMORY_TARGET_MIB} MiB")
            rows.append(row("1M modules over 10,000 environments, JSON report", jdk, big,
                            "; ".join(v for v in (judged(growth, GROWTH_TARGET, "× the time of 100k") + growth_cpu, memory) if v)))
    if peer:
        rows.append(row("40k modules over 40 environments: the jq peer's four checks", "jq", peer))
    block = "\n".join([
        START,
        f"Recorded {a.date} by `bench/run.sh` on {a.machine}; {'; '.join(versions)}.",
        f"Conditions: {a.load}. A load above the core count means other work shared the CPUs: wall "
        "times are then pessimistic, and CPU time is the steadier figure.",
        "",
        *rows,
        END,
    ])
    print(block)
    text = a.doc.read_text()
    start, end = text.index(START), text.index(END) + len(END)
    a.doc.write_text(text[:start] + block + text[end:])


if __name__ == "__main__":
    main()
