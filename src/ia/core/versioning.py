"""Creating content in bulk without its initial version.

plone.app.versioningbehavior saves an initial version of every new object
of a type versioned on edit. For CMFEditions that is a clone of the object,
a savepoint and the TALES conditions of some thirty modifiers: about a
third of the time of creating an incoming mail from a scan. A document
made from an external record (a scan and its sidecar, an e-mail) gains
nothing from it at creation: nobody has changed it yet.

:func:`create_without_initial_version` creates such a document with
versioning switched off on the object (``versioning_enabled``, the
per-object switch CMFEditions honours), then switches it back on: its first
change saves its first version, as for content created before versioning
was enabled. So that the values the first change replaces stay known, the
values as created are kept on the object (``ia_created_as``, plain data)
and the audit trail labels that first version "Edited", not "Created".
"""

from datetime import date
from datetime import datetime
from plone.dexterity.utils import addContentToContainer
from plone.dexterity.utils import createContent


CREATED_AS = "ia_created_as"


def _plain(value):
    """A JSON-like copy of a field value (files by name and size)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if hasattr(value, "filename") and hasattr(value, "getSize"):
        return {"filename": value.filename, "size": value.getSize()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def created_as(obj) -> dict | None:
    """The field values ``obj`` was created with, when it was created here."""
    return getattr(obj, CREATED_AS, None)


def create_without_initial_version(container, portal_type, **fields):
    """Add a ``portal_type`` with ``fields`` to ``container`` (no constraint
    check: callers check who may add), without an initial version."""
    content = createContent(portal_type, **fields)
    content.versioning_enabled = False
    content = addContentToContainer(container, content, checkConstraints=False)
    del content.versioning_enabled
    setattr(
        content, CREATED_AS, {name: _plain(value) for name, value in fields.items()}
    )
    return content
