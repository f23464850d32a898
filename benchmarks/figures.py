"""A measured figure, its target, and how the table and the JSON file show it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Target:
    """``value`` or ``ratio`` (to the baseline) at most or at least ``limit``."""

    on: str  # "value" | "ratio"
    most: float | None = None
    least: float | None = None

    def met(self, figure: Figure) -> bool | None:
        measured = figure.value if self.on == "value" else figure.ratio
        if measured is None:
            return None
        if self.most is not None and measured > self.most:
            return False
        return not (self.least is not None and measured < self.least)

    def text(self, unit: str) -> str:
        sign, limit = ("≤", self.most) if self.most is not None else ("≥", self.least)
        if self.on == "ratio":
            return f"{sign} {limit:g}×"
        return f"{sign} {limit:,g} {unit}"


@dataclass
class Figure:
    name: str  # key in the JSON file
    label: str  # what the table says
    value: float | None
    unit: str
    target: Target | None = None
    baseline: float | None = None
    baseline_label: str = ""
    note: str = ""
    details: list[str] = field(default_factory=list)  # lines printed below the table

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        return self.target.met(self) if self.target else None

    def as_json(self) -> dict:
        return {"value": _round(self.value), "unit": self.unit, "baseline": _round(self.baseline),
                "ratio": _round(self.ratio, 3), "target": self.target.text(self.unit) if self.target else None,
                "met": self.met, "note": self.note or None}


def unavailable(name: str, label: str, unit: str, target: Target | None, why: str) -> Figure:
    return Figure(name, label, None, unit, target=target, note=f"not available: {why}")


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.1f} {unit}" if abs(value) >= 10 else f"{value:.2f} {unit}"


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (readable on a terminal too)."""
    lines = ["| figure | value | baseline | ratio | target | met |", "| --- | --: | --: | --: | --- | --- |"]
    for figure in figures:
        baseline = _number(figure.baseline, figure.unit) if figure.baseline is not None else ""
        if figure.baseline_label and figure.baseline is not None:
            baseline += f" ({figure.baseline_label})"
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else ""
        met = {True: "met", False: "**missed**", None: "—"}[figure.met]
        value = _number(figure.value, figure.unit) if figure.value is not None else figure.note
        lines.append(f"| {figure.label} | {value} | {baseline} | {ratio} | "
                     f"{figure.target.text(figure.unit) if figure.target else ''} | {met} |")
    return "\n".join(lines)


def details(figures: list[Figure]) -> str:
    out = []
    for figure in figures:
        if figure.details or (figure.note and figure.value is not None):
            out.append(f"{figure.label}:")
            if figure.note and figure.value is not None:
                out.append(f"  {figure.note}")
            out.extend(f"  {line}" for line in figure.details)
    return "\n".join(out)


def write_json(figures: list[Figure], path: Path) -> None:
    data = {figure.name: figure.as_json() for figure in figures}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
