"""Categorised attachments (annexes).

* ``IAttachments`` is the ``ia.attachments`` behavior: a marker for the
  containers that accept ``IaAttachment`` items (and show them below their
  body, see ``browser/attachments_viewlet.py``).
* ``IaAttachment`` is a file with a category, a confidential flag and the
  optional ``to_print`` / ``to_sign`` flags. It has no workflow: it follows
  its document's security, except that a confidential attachment is
  restricted further (``attachments_security``).
"""

from ia.core import _
from ia.core.behaviors.attachments_validation import check_attachment_file
from ia.core.behaviors.attachments_vocabulary import default_category
from plone.app.contenttypes.content import File
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from plone.supermodel.directives import primary
from zope import schema
from zope.interface import Interface
from zope.interface import implementer


CATEGORIES_VOCABULARY = "ia.core.attachment_categories"
FLAGS = ("confidential", "to_print", "to_sign")


class IAttachments(Interface):
    """Marker of the containers that accept categorised attachments."""


class IIaAttachment(model.Schema):
    """A categorised attachment."""

    primary("file")
    file = NamedBlobFile(
        title=_("File"),
        required=True,
        constraint=check_attachment_file,
    )

    title = schema.TextLine(
        title=_("Title"),
        description=_("Leave empty to use the file name."),
        required=False,
    )

    description = schema.Text(title=_("Description"), required=False)

    category = schema.Choice(
        title=_("Category"),
        vocabulary=CATEGORIES_VOCABULARY,
        required=True,
        defaultFactory=default_category,
    )

    confidential = schema.Bool(
        title=_("Confidential"),
        description=_(
            "Hidden from copy services and from the public: only the people "
            "who may read the internal notes of the document see it."
        ),
        required=False,
        default=False,
    )

    to_print = schema.Bool(title=_("To print"), required=False, default=False)

    to_sign = schema.Bool(title=_("To sign"), required=False, default=False)


@implementer(IIaAttachment)
class IaAttachment(File):
    """Content class of ``IaAttachment``.

    A plone.app.contenttypes ``File`` (``IFile``): the standard file view,
    size, MIME type and full-text indexers apply to it.
    """

    # Annexes never appear in the navigation.
    exclude_from_nav = True

    def Title(self):
        title = getattr(self, "title", None)
        if title:
            return title
        file = getattr(self, "file", None)
        return getattr(file, "filename", None) or self.getId() or ""

    def flags(self):
        """The flags that are set, e.g. ``("confidential", "to_sign")``."""
        return tuple(flag for flag in FLAGS if getattr(self, flag, False))
