"""An attachment shown in the app: a PDF in QtPdf's view from a buffer in memory, an image
scaled to the window. Nothing is written to disk (the bytes came from the encrypted store)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from desktop.ui.handover.preview import PdfPreview
from desktop.ui.qt import QDialog, QLabel, Qt, QVBoxLayout, QWidget
from sync.attachments import IMAGE_TYPES, PDF


class PreviewDialog(QDialog):
    def __init__(self, file_name: str, media_type: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_preview")
        self.setWindowTitle(self.tr("%1 – Kenttä").replace("%1", file_name))
        self.media_type = media_type
        self.pdf: PdfPreview | None = None
        self.image: QLabel | None = None
        self._pixmap: QPixmap | None = None
        layout = QVBoxLayout(self)
        if media_type == PDF:
            self.pdf = PdfPreview(self)
            self.pdf.show_pdf(data)
            layout.addWidget(self.pdf, 1)
        elif media_type in IMAGE_TYPES:
            image = QImage.fromData(data)
            self._pixmap = QPixmap.fromImage(image)
            self.image = QLabel()
            self.image.setObjectName("image_view")
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll = QScrollArea()
            self.scroll.setWidgetResizable(True)
            self.scroll.setWidget(self.image)
            layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 900 if media_type == PDF else 640)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scale()

    def _scale(self) -> None:
        """The image fits the window (never enlarged past its own size)."""
        if self.image is None or self._pixmap is None or self._pixmap.isNull():
            return
        room = self.scroll.viewport().size()
        if self._pixmap.width() <= room.width() and self._pixmap.height() <= room.height():
            self.image.setPixmap(self._pixmap)
        else:
            self.image.setPixmap(self._pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))

    @property
    def shown_size(self):
        pixmap = self.image.pixmap() if self.image is not None else None
        return pixmap.size() if pixmap is not None else None
