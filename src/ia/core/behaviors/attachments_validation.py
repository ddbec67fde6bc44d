"""Size and MIME type checks of attachment files.

Registry records: ``ia.core.attachment_max_size_mb`` (integer, megabytes)
and ``ia.core.attachment_allowed_mime_types`` (``application/pdf``,
``image/*``...; an empty list allows every type).
"""

from ia.core import _
from plone import api
from zope.schema import ValidationError


MAX_SIZE_RECORD = "ia.core.attachment_max_size_mb"
MIME_TYPES_RECORD = "ia.core.attachment_allowed_mime_types"
DEFAULT_MAX_SIZE_MB = 50
MEGABYTE = 1024 * 1024


class AttachmentTooLarge(ValidationError):
    """The file is larger than the configured maximum."""

    def __init__(self, size, max_mb):
        super().__init__(size, max_mb)
        self.size = size
        self.max_mb = max_mb

    def doc(self):
        return _(
            "The file weighs ${size} MB, more than the maximum of ${max} MB.",
            mapping={"size": f"{self.size / MEGABYTE:.1f}", "max": self.max_mb},
        )


class AttachmentTypeNotAllowed(ValidationError):
    """The MIME type of the file is not in the allowed list."""

    def __init__(self, mime_type):
        super().__init__(mime_type)
        self.mime_type = mime_type

    def doc(self):
        return _(
            "Files of type ${type} are not accepted as attachments.",
            mapping={"type": self.mime_type or "?"},
        )


def max_size_mb():
    value = api.portal.get_registry_record(MAX_SIZE_RECORD, default=None)
    return value if value else DEFAULT_MAX_SIZE_MB


def allowed_mime_types():
    return [
        line.strip().lower()
        for line in api.portal.get_registry_record(MIME_TYPES_RECORD, default=None)
        or ()
        if line and line.strip()
    ]


def mime_type_allowed(mime_type, allowed=None):
    """True if ``mime_type`` matches one of the allowed types or families."""
    allowed = allowed_mime_types() if allowed is None else allowed
    if not allowed:
        return True
    mime_type = (mime_type or "").split(";")[0].strip().lower()
    for pattern in allowed:
        if pattern.endswith("/*") or pattern.endswith(".*"):
            if mime_type.startswith(pattern[:-1]):
                return True
        elif mime_type == pattern:
            return True
    return False


def check_attachment_file(value):
    """Field constraint of ``IIaAttachment.file``: raise on a refused file."""
    if value is None:
        return True
    max_mb = max_size_mb()
    size = value.getSize()
    if size > max_mb * MEGABYTE:
        raise AttachmentTooLarge(size, max_mb)
    if not mime_type_allowed(getattr(value, "contentType", None)):
        raise AttachmentTypeNotAllowed(value.contentType)
    return True
