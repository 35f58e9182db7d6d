"""One measured figure: a workload, its floor from the same run, the ratio and the target it must meet."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    workload: str
    floor: str
    ms: float
    floor_ms: float
    target: float  # a ratio; for memory, megabytes above the floor
    unit: str = "ratio"  # "ratio", or "MB" where the figure is a difference in megabytes
    note: str = ""

    @property
    def value(self) -> float:
        if self.unit == "MB":
            return self.ms - self.floor_ms
        return self.ms / self.floor_ms if self.floor_ms > 0 else float("inf")

    @property
    def ok(self) -> bool:
        return self.value <= self.target


def ratio(workload: str, floor: str, ms: float, floor_ms: float, target: float, note: str = "") -> Figure:
    return Figure(workload, floor, ms, floor_ms, target, "ratio", note)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        cpu = model
    except (OSError, StopIteration):
        pass
    import os

    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def table_text(figures: list[Figure]) -> str:
    lines = [f"{'workload':58s} {'ms':>10s} {'floor ms':>10s} {'value':>9s} {'target':>8s}  ok  floor"]
    for f in figures:
        value = f"+{f.value:.1f}MB" if f.unit == "MB" else f"{f.value:.2f}x"
        target = f"+{f.target:g}MB" if f.unit == "MB" else f"{f.target:g}x"
        lines.append(f"{f.workload:58s} {f.ms:10.1f} {f.floor_ms:10.1f} {value:>9s} {target:>8s}  "
                     f"{'yes' if f.ok else 'NO ':3s} {f.floor}{'  (' + f.note + ')' if f.note else ''}")
    return "\n".join(lines)


def table_markdown(figures: list[Figure], header: str) -> str:
    lines = [header, "", "| workload | floor (same run) | ms | floor ms | measured | target | met |",
             "|---|---|---:|---:|---:|---:|:-:|"]
    for f in figures:
        unit = "MB" if f.unit == "MB" else "×"
        value = f"+{f.value:.1f} MB" if f.unit == "MB" else f"{f.value:.2f}×"
        target = f"≤ +{f.target:g} MB" if f.unit == "MB" else f"≤ {f.target:g}×"
        ms = f"{f.ms:.1f}" if unit == "×" else f"{f.ms:.0f} MB"
        floor_ms = f"{f.floor_ms:.1f}" if unit == "×" else f"{f.floor_ms:.0f} MB"
        note = f" ({f.note})" if f.note else ""
        lines.append(f"| {f.workload}{note} | {f.floor} | {ms} | {floor_ms} | {value} | {target} | "
                     f"{'yes' if f.ok else '**no**'} |")
    return "\n".join(lines) + "\n"


def write(figures: list[Figure], folder: Path, header: str, settings: dict[str, object]) -> None:
    data = {"machine": machine(), "settings": settings,
            "figures": [{**asdict(f), "value": f.value, "ok": f.ok} for f in figures]}
    (folder / "results.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "results.md").write_text(table_markdown(figures, header), encoding="utf-8")
