"""The charts' colours and value scales, shared by the PDF and the screen.

No reportlab here: the Reports page imports this at start-up, and reportlab's
graphics package costs a tenth of a second to import.
"""

from __future__ import annotations

# Distinguishable for colour-blind readers (Okabe–Ito), and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def nice_scale(top: int) -> tuple[int, int]:
    """(step, steps) of a value axis from 0 that holds ``top``, in whole numbers; small counts
    get four steps of one, so that a count of 1 does not fill the chart."""
    step = nice_step(top)
    return step, max(-(-top // step), 4 if step == 1 else 1)


def nice_step(top: int, most: int = 6) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving at most ``most`` steps to ``top``."""
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            if step * most >= top:
                return step
        scale *= 10
