"""What the letters' browser views and REST services share."""

MODIFY = "Modify portal content"


def download_url(attachment) -> str:
    return f"{attachment.absolute_url()}/@@download/file"


def describe(attachment) -> dict:
    """A stored letter or acknowledgement, JSON-ready."""
    return {
        "@id": attachment.absolute_url(),
        "title": attachment.title,
        "filename": attachment.file.filename,
        "content_type": attachment.file.contentType,
        "download": download_url(attachment),
    }
