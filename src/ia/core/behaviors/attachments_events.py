"""Event handlers of ``IaAttachment``: title default and file checks."""

from ia.core.behaviors.attachments_validation import check_attachment_file


def fill_title(obj, event=None):
    """Default the title to the file name when it was left empty."""
    if getattr(obj, "title", None):
        return
    filename = getattr(getattr(obj, "file", None), "filename", None)
    if filename:
        obj.title = filename


def check_file(obj, event=None):
    """Refuse a file that the form or REST validation would have refused.

    Content created from Python (``plone.api``, imports) skips field
    validation; raising here aborts the whole transaction, so nothing is
    half-written.
    """
    check_attachment_file(getattr(obj, "file", None))


def on_added(obj, event):
    check_file(obj)
    fill_title(obj)


def _file_changed(event):
    for description in getattr(event, "descriptions", ()) or ():
        for name in getattr(description, "attributes", ()) or ():
            if name.split(".")[-1] == "file":
                return True
    return False


def on_modified(obj, event):
    # An attachment stored before a stricter setting stays editable: only a
    # new file is checked.
    if _file_changed(event):
        check_file(obj)
    fill_title(obj)
