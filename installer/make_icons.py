"""Render the app icon (resources/icons/kentta.svg) for the installers.

Writes the Linux PNGs (installer/linux/icons/kentta-N.png for the hicolor theme), the Windows
icon (installer/windows/kentta.ico) and the macOS icon (installer/macos/kentta.icns). The ICO
and ICNS files hold PNG images, which every supported Windows and macOS version reads, so no
image library beyond Qt is needed. Run it after the SVG changes and commit what it writes:

    QT_QPA_PLATFORM=offscreen python installer/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "kentta.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
MACOS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
               1024: b"ic10"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG elements (macOS 10.7 and later)."""
    body = b"".join(MACOS_TYPES[size] + struct.pack(">I", len(png) + 8) + png
                    for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage/QPainter need it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    sizes = set(LINUX_SIZES) | set(WINDOWS_SIZES) | set(MACOS_TYPES)
    pngs = {size: render_png(renderer, size) for size in sorted(sizes)}
    linux = ROOT / "installer" / "linux" / "icons"
    linux.mkdir(parents=True, exist_ok=True)
    for size in LINUX_SIZES:
        (linux / f"kentta-{size}.png").write_bytes(pngs[size])
    (ROOT / "installer" / "windows").mkdir(exist_ok=True)
    (ROOT / "installer" / "windows" / "kentta.ico").write_bytes(ico({s: pngs[s] for s in WINDOWS_SIZES}))
    (ROOT / "installer" / "macos").mkdir(exist_ok=True)
    (ROOT / "installer" / "macos" / "kentta.icns").write_bytes(icns({s: pngs[s] for s in MACOS_TYPES}))
    print(f"icons written under {ROOT / 'installer'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
