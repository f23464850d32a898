"""A sync that met a server restored from a backup says so in plain Finnish: how many of the
person's changes were sent again, and how many colleagues' records the server lacks."""

from __future__ import annotations

from sync.client.receipt import Receipt


def _shown(qtbot, receipt: Receipt) -> str:
    from desktop.ui.sync.receipt_view import ReceiptView

    view = ReceiptView()
    qtbot.addWidget(view)
    view.show_receipt(receipt)
    return view.summary.text()


def test_the_restore_and_what_was_sent_again_are_told_in_finnish(qtbot, finnish):
    receipt = Receipt.start().finish("ok")
    receipt.server_restored_at, receipt.resent, receipt.not_on_server = 41, 3, 2
    text = _shown(qtbot, receipt)
    assert "Palvelin palautettiin varmuuskopiosta; 3 sen jälkeen tekemääsi muutosta lähetettiin " \
           "uudelleen." in text
    assert "2 tietuetta, joita kollegat tekivät tai muuttivat varmuuskopion jälkeen" in text


def test_an_ordinary_sync_says_nothing_of_a_restore(qtbot, finnish):
    text = _shown(qtbot, Receipt.start().finish("ok"))
    assert "varmuuskopio" not in text


def test_one_change_and_none_are_told_in_good_finnish(qtbot, finnish):
    receipt = Receipt.start().finish("ok")
    receipt.server_restored_at, receipt.resent, receipt.not_on_server = 41, 1, 1
    text = _shown(qtbot, receipt)
    assert "1 sen jälkeen tekemäsi muutos lähetettiin uudelleen." in text
    assert "1 tietue, jonka kollegat tekivät tai muuttivat varmuuskopion jälkeen" in text
    receipt.resent, receipt.not_on_server = 0, 0
    text = _shown(qtbot, receipt)
    assert "yhtään muutostasi ei tarvinnut lähettää uudelleen" in text
    assert "tietue" not in text
