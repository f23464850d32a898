"""Handover form figures: how long rendering and making a form take, and how big it is.

    python -m benchmarks.handover_figures [--runs 20] [--batch 100]

Builds its own demo profile in a temporary folder (a passphrase-wrapped key,
no keyring) and prints medians: the renderer alone (a short form and one with
a 10,000-character further plan), a preview through the service, and
``generate`` (number, render, record and audit event in one transaction);
then a batch: ``generate`` for ``--batch`` forms in a row, over the clients
whose consent allows one, in milliseconds per form.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import median_ms  # noqa: E402


def measure(*, runs: int, batch: int) -> dict[str, float]:
    """The figures by name (milliseconds, KiB, pages)."""
    from sqlmodel import select

    from desktop.demo import fill_demo
    from desktop.handover.branding import load_branding
    from desktop.handover.render import render_pdf
    from desktop.services import handover
    from desktop.services.handover import HandoverTexts
    from desktop.services.setup import current_actor
    from desktop.store.profile import create_profile
    from desktop.store.tables import Consent
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp:
        store = create_profile(Path(tmp) / "profile", passphrase="benchmark passphrase", use_keyring=False)
        try:
            fill_demo(store, clients=60, employers=20, seed=3)
            actor = current_actor(store)
            with store.reader() as session:
                consents = session.exec(select(Consent).where(Consent.share_with_authority == True,  # noqa: E712
                                                              Consent.withdrawn_on == None)).all()  # noqa: E711
            client_id = consents[0].client_id
            short = HandoverTexts("Tapasimme kymmenen kertaa.", "Täsmällinen.", "Opinnot syksyllä.", "Vähäinen.")
            plan = ("Hakee työkokeiluun ja opintoihin; seuraa ääkkösiä ja Nguyễnin nimeä. " * 200)[:10_000]
            long = HandoverTexts(short.work_done, short.strengths, plan, short.further_support_need)
            made = handover.generate(store, actor=actor, client_id=client_id, texts=short)
            branding = load_branding(store.data_dir, made.document.language)
            long_doc = handover.generate(store, actor=actor, client_id=client_id, texts=long).document
            long_pdf = render_pdf(long_doc, branding=branding)
            figures = {
                "render, short form (ms)": median_ms(lambda: render_pdf(made.document, branding=branding), runs),
                "render, 10,000-character plan (ms)": median_ms(lambda: render_pdf(long_doc, branding=branding), runs),
                "render + AES-256 password (ms)": median_ms(
                    lambda: render_pdf(made.document, branding=branding, password="benchmark-1"), runs),
                "preview through the service (ms)": median_ms(
                    lambda: handover.preview_pdf(store, actor=actor, client_id=client_id, texts=short), runs),
                "generate: number, render, record, audit (ms)": median_ms(
                    lambda: handover.generate(store, actor=actor, client_id=client_id, texts=short), runs),
            }
            clients = [consent.client_id for consent in consents]
            begin = time.perf_counter()
            for n in range(batch):
                handover.generate(store, actor=actor, client_id=clients[n % len(clients)], texts=short)
            figures[f"batch of {batch} forms, generate each (ms per form)"] = (
                (time.perf_counter() - begin) * 1000 / batch)
            figures["size, short form (KiB)"] = len(made.pdf) / 1024
            figures["size, 10,000-character plan (KiB)"] = len(long_pdf) / 1024
            figures["pages, 10,000-character plan"] = len(PdfReader(io.BytesIO(long_pdf)).pages)
        finally:
            store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    figures = measure(runs=args.runs, batch=args.batch)
    print(f"Handover form figures, median of {args.runs} runs:")
    for name, value in figures.items():
        print(f"  {name}: {value:.1f}" if isinstance(value, float) else f"  {name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
