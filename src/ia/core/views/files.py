"""Files as a French reader reads them: "PDF, 12,3 Ko", not
"application/pdf, 12.3 KB" (plone.namedfile's display widget and catalog
sizes are English and technical)."""

from plone.base.utils import human_readable_size
from zope.component.hooks import getSite
import os


TYPE_LABELS = {
    "application/pdf": "PDF",
    "application/vnd.oasis.opendocument.text": "Texte ODF",
    "application/vnd.oasis.opendocument.spreadsheet": "Tableur ODF",
    "application/msword": "Word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.ms-excel": "Excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "message/rfc822": "Courriel",
    "text/plain": "Texte",
    "text/html": "Page web",
    "image/jpeg": "Image JPEG",
    "image/png": "Image PNG",
    "image/tiff": "Image TIFF",
}
UNITS = {"B": "o", "KB": "Ko", "MB": "Mo", "GB": "Go", "TB": "To"}


def type_label(content_type, filename=""):
    """A short French label of a file's type (never a MIME type)."""
    label = TYPE_LABELS.get((content_type or "").split(";")[0].strip())
    if label:
        return label
    extension = os.path.splitext(filename or "")[1].lstrip(".")
    return extension.upper() if extension else "Fichier"


def french_size(text):
    """``"12.3 KB"`` (Plone's size text) → ``"12,3 Ko"``."""
    if not text:
        return ""
    number, _sep, unit = str(text).strip().partition(" ")
    return f"{number.replace('.', ',')} {UNITS.get(unit, unit)}".strip()


def human_size(size):
    """A byte count as ``"12,3 Ko"``."""
    return french_size(human_readable_size(size or 0))


def file_summary(value):
    """``(filename, "PDF, 12,3 Ko")`` of a NamedFile value."""
    filename = getattr(value, "filename", "") or ""
    content_type = getattr(value, "contentType", "") or ""
    size = value.getSize() if hasattr(value, "getSize") else 0
    return filename, f"{type_label(content_type, filename)}, {human_size(size)}"


def site_url():
    site = getSite()
    return site.absolute_url() if site is not None else ""
