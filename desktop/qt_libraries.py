"""Before the window opens on Linux: are the system libraries of Qt's X11 plugin there?

PySide6 brings Qt but not the X11 libraries that its "xcb" platform plugin
loads; a plain Debian or Ubuntu machine lacks some (``libxcb-cursor0`` and
the like), and Qt then stops with "Could not load the Qt platform plugin
xcb". ``python -m desktop.qt_libraries`` (run by ``./dev run``) reads
``ldd`` of the plugin without loading Qt and, when something is missing,
says which packages to install, in one ``apt-get install`` line. No Qt
import here: the check must work where Qt cannot start.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The shared libraries of libqxcb.so and libQt6XcbQpa (ldd, PySide6 6.12) -> their Debian package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# What README.md tells to install on Debian and Ubuntu: every package above.
APT_LINE = "sudo apt-get install " + " ".join(sorted(set(PACKAGES.values())))

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries that ``ldd`` could not find, in its order, each once."""
    found = [match.group(1) for match in map(_NOT_FOUND.match, ldd_output.splitlines()) if match]
    return list(dict.fromkeys(found))


def message(missing: list[str]) -> str:
    """What to tell a person whose machine lacks ``missing``: plain words and the command."""
    known = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    lines = [
        "Kenttä cannot open its window: Qt's X11 plugin (xcb) needs system libraries that this "
        "machine lacks: " + ", ".join(missing) + ".",
    ]
    if known:
        lines.append("On Debian or Ubuntu, install them with:")
        lines.append("    sudo apt-get install " + " ".join(known))
    if unknown:
        lines.append("Install the package of your system that provides "
                     + ", ".join(unknown) + ".")
    lines.append("(The whole list Kenttä needs, as README.md gives it: " + APT_LINE + ")")
    return "\n".join(lines)


def xcb_plugin() -> Path | None:
    """PySide6's libqxcb.so, found without importing Qt; None when PySide6 has none."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def needs_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will use its X11 plugin: on Linux, unless another platform is asked for."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return asked in ("", "xcb")


def check() -> str | None:
    """The message for what is missing, or None when nothing is (or nothing can be told)."""
    if not needs_xcb():
        return None
    plugin, ldd = xcb_plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing = missing_libraries(result.stdout)
    return message(missing) if missing else None


def main() -> int:
    problem = check()
    if problem is None:
        return 0
    print(problem, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
