"""python -m bench [--clients N] [--coaches C] [--caseload K] [--seed S] [--smoke] [--out DIR]

Generates a seeded region, runs every workload on it and on its floor in the same run, prints the table,
and writes results.json and results.md into --out (default: bench/). --smoke runs the same workloads on a
small region in a minute or two (CI runs it so that the suite cannot rot); its figures mean little."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench import engines, results
from bench.region import fill_region
from bench.workloads_gui import client_list_figures, memory_figures, plan_pdf_figures, startup_figures
from bench.workloads_store import csv_figures, fill_figures, read_figures
from bench.workloads_sync import export_figures, office_import_figures

FULL = {"clients": 30_000, "coaches": 60, "caseload": 150, "repeat": 5}
SMOKE = {"clients": 300, "coaches": 3, "caseload": 20, "repeat": 2}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--smoke", action="store_true", help="a small region, for CI")
    parser.add_argument("--clients", type=int, help="clients in the region (default 30000)")
    parser.add_argument("--coaches", type=int, help="coaches sending bundles to the office (default 60)")
    parser.add_argument("--caseload", type=int, help="clients per coach's bundle (default 150)")
    parser.add_argument("--repeat", type=int, help="runs per timed workload (median; default 5)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    for name, value in (SMOKE if args.smoke else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def step(title: str) -> float:
    print(f"... {title}", file=sys.stderr, flush=True)
    return time.perf_counter()


def run(args: argparse.Namespace) -> list[results.Figure]:
    figures: list[results.Figure] = []
    with tempfile.TemporaryDirectory(prefix="bench-region-") as tmp:
        work = Path(tmp)
        fill_ms = {}
        sessions = {}
        for encrypted in (True, False):
            started = step(f"filling the region ({args.clients} clients, {'encrypted' if encrypted else 'no key'})")
            session = engines.create(work / f"region-{encrypted}", encrypted)
            region = fill_region(session, args.clients, args.seed)
            fill_ms[encrypted] = (time.perf_counter() - started) * 1000
            sessions[encrypted] = session
        print(f"region: {region.clients} clients, {region.meetings} meetings, {region.responses} questionnaire "
              f"responses, {region.plans} plan versions", flush=True)
        step("reads")
        figures += read_figures(sessions[True], sessions[False], args.repeat)
        figures += fill_figures(fill_ms, sessions[True], work)
        step("client list in the GUI")
        figures += client_list_figures(sessions[True], args.repeat)
        step("plan PDF")
        figures += plan_pdf_figures(sessions[True], args.repeat)
        for session in sessions.values():
            session.close_quietly()
        step("start-up and memory")
        figures += startup_figures(work / "region-True", args.repeat)
        with engines.create(work / "empty", encrypted=True):
            pass
        figures += memory_figures(work / "region-True", work / "empty")
    step(f"CSV import of {args.clients} clients")
    figures += csv_figures(args.clients, args.seed)
    step(f"office import: {args.coaches} coaches x {args.caseload} clients")
    figures += office_import_figures(args.coaches, args.caseload, args.seed)
    step("sync export")
    figures += export_figures(args.caseload, args.seed, args.repeat)
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    figures = run(args)
    print(results.table_text(figures))
    minutes = (time.perf_counter() - started) / 60
    command = (f"python -m bench --clients {args.clients} --coaches {args.coaches} --caseload {args.caseload} "
               f"--repeat {args.repeat} --seed {args.seed}")
    header = (f"Measured {time.strftime('%d.%m.%Y')} on {results.machine()}: `{command}` "
              f"(median of {args.repeat} runs; the whole run took {minutes:.0f} min).")
    args.out.mkdir(parents=True, exist_ok=True)
    results.write(figures, args.out, header, {k: v for k, v in vars(args).items() if k != "out"})
    missed = [f.workload for f in figures if not f.ok]
    print(f"{len(figures) - len(missed)} of {len(figures)} targets met", flush=True)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The results are written. Skip the interpreter's teardown: with Qt objects of the GUI workloads still
    # alive in it, PySide6 6.12 now and then ends the process with "none_dealloc" (a reference-count error
    # of its own), which would turn a finished run into a failed one.
    os._exit(status)
