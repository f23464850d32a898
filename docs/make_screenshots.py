"""Screenshots of the main screens, from a demo profile, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--lang fi|sv|en] [--dark] [--into DIR]
    python docs/make_screenshots.py --role career_coach --only today   # the Today page, a coach's
    Xvfb :66 -screen 0 1366x768x24 & DISPLAY=:66 python docs/make_screenshots.py   # on a real screen

Builds its own demo profile in a temporary folder (with a keyring kept in a
file there), opens the app's main window on it, filling the screen's available
area, and saves one PNG per screen. ``--dark`` paints it in a dark palette, as
a dark system theme would; ``--into`` names a folder under docs/screenshots/
(the README's main shots are the light ones at 1366×768 in docs/screenshots/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def settle(app, seconds: float = 1.0) -> None:
    from desktop.ui.background import wait_for_idle

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        wait_for_idle()
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--into", default="", help="a folder under docs/screenshots/")
    parser.add_argument("--only", nargs="*", help="just these shots (by name)")
    parser.add_argument("--role", default="employer_coordinator", choices=("employer_coordinator", "career_coach"),
                        help="the demo user's role (the Today shots are a coach's: clients' dates too)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="kentta-shots-"))
    os.environ["KENTTA_TEST_KEYRING"] = str(tmp / "keyring.json")

    import keyring

    from tests.support.keyring_file import FileKeyring

    keyring.set_keyring(FileKeyring())

    from desktop.demo import fill_demo
    from desktop.store.profile import create_profile, set_pin
    from desktop.store.settings import LANGUAGE
    from desktop.ui.app import Application
    from desktop.ui.i18n import Translations
    from desktop.ui.profile_dialogs import SetupDialog
    from desktop.ui.qt import QApplication

    from desktop.ui.style import apply_app_style, dark_palette

    app = QApplication([])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    apply_app_style(app)
    store = create_profile(tmp / "profile")
    fill_demo(store, clients=300, employers=120, seed=7, user_role=args.role)
    LANGUAGE.set(store, args.lang)
    set_pin(store, "2468")
    translations = Translations(app)
    window = Application(app, store, translations).show()
    window.setGeometry(window.screen().availableGeometry())
    settle(app, 1.5)
    out = OUT / args.into
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "fi" else f"-{args.lang}"

    def shot(name: str, widget=None) -> None:
        if args.only and name not in args.only:
            return
        settle(app, 0.8)
        (widget or window).grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")

    from sqlalchemy import text

    def first_id(sql: str):
        with store.engine.connect() as conn:
            value = conn.execute(text(sql)).scalar_one_or_none()
        import uuid

        return uuid.UUID(hex=value) if value else None

    employer = first_id("SELECT e.id FROM employer e JOIN visit v ON v.employer_id = e.id "
                        "WHERE e.deleted = 0 GROUP BY e.id ORDER BY count(*) DESC LIMIT 1")
    client = first_id("SELECT c.id FROM client c JOIN client_note n ON n.client_id = c.id "
                      "WHERE c.deleted = 0 AND c.personal_id IS NOT NULL GROUP BY c.id "
                      "ORDER BY count(*) DESC LIMIT 1")
    event = first_id("SELECT id FROM recruitment_event WHERE deleted = 0 ORDER BY held_on DESC LIMIT 1")

    window.go_to("today")
    shot("today")
    window.go_to("employers")
    if employer:
        window.pages["employers"].show_record("employer", employer)
    shot("employers")
    window.go_to("visits")
    shot("visits")
    window.pages["visits"].new_record()
    shot("visit-form")
    window.go_to("clients")
    shot("clients-list")
    if client:
        window.pages["clients"].show_record("client", client)
    shot("client")
    window.go_to("events")
    if event:
        window.pages["events"].show_record("recruitment_event", event)
    shot("events")
    for key in ("reports", "sync"):
        window.go_to(key)
        shot(key)
    window.go_to("employers")
    window.activateWindow()
    window.focus_search()
    window.search.setText("asiakaspalv")
    window.search._run()
    settle(app, 1.0)
    shot("search")  # the results are laid over the window, so they are in its picture
    window.search.hide_results()
    window.lock()
    shot("lock")
    dialog = SetupDialog(keyring_works=True, language=args.lang)
    dialog.show()
    shot("setup", dialog)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
