"""The QR code of the second factor's setup, drawn in memory: every module of segno's symbol
(quiet zone included) is dark or light where it should be, at the drawn scale."""

from __future__ import annotations

import segno

from desktop.ui.sync.second_factor import grouped, qr_image

URI = "otpauth://totp/Kentt%C3%A4:aino?secret=JBSWY3DPEHPK3PXP&issuer=Kentt%C3%A4"


def test_the_image_holds_the_symbol_module_by_module(qapp):
    scale, border = 5, 4
    image = qr_image(URI, scale=scale, border=border)
    rows = list(segno.make(URI, error="m", micro=False).matrix_iter(scale=1, border=border))
    assert image.width() == image.height() == len(rows) * scale
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            pixel = image.pixelColor(x * scale + scale // 2, y * scale + scale // 2)
            assert (pixel.lightness() < 128) == bool(dark), (x, y)


def test_the_key_is_shown_in_groups_of_four():
    assert grouped("JBSWY3DPEHPK3PXP") == "JBSW Y3DP EHPK 3PXP"
