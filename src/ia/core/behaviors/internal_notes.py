"""``ia.internal_notes``: notes the public and the copy services never see.

The field is guarded by ``ia.core.ViewInternalNotes`` (read) and
``ia.core.EditInternalNotes`` (write); the core's rolemap gives them to the
function roles of the responsible service and to the agent, never to
``IaCopyReader``, ``Reader`` nor ``Anonymous``. plone.autoform drops the
field from forms and views, and plone.restapi's serializer leaves it out,
for a user without the permission.
"""

from ia.core import _
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope.interface import provider


READ_PERMISSION = "ia.core.ViewInternalNotes"
WRITE_PERMISSION = "ia.core.EditInternalNotes"


@provider(IFormFieldProvider)
class IInternalNotes(model.Schema):
    """Internal notes of a document."""

    model.fieldset(
        "internal_notes",
        label=_("Internal notes"),
        fields=["internal_notes"],
    )

    directives.read_permission(internal_notes=READ_PERMISSION)
    directives.write_permission(internal_notes=WRITE_PERMISSION)
    internal_notes = RichText(
        title=_("Internal notes"),
        description=_(
            "Only for the services in charge: never shown to copy services "
            "nor to the public."
        ),
        required=False,
        default_mime_type="text/html",
        output_mime_type="text/x-html-safe",
        allowed_mime_types=("text/html", "text/plain"),
    )
