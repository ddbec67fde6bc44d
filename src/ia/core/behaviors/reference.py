"""The ``ia.reference`` behavior: a read-only reference number.

The number comes from the document's register (``ia.core.numbering``), at
creation or at the transition configured for the register. It is shown on
the document, never edited in a form, indexed in ``ia_reference`` and added
to ``SearchableText``.
"""

from ia.core import _
from plone.app.dexterity.textindexer import IDynamicTextIndexExtender
from plone.app.dexterity.textindexer.behavior import IDexterityTextIndexer
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.indexer import indexer
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from z3c.form.interfaces import IEditForm
from zope import schema
from zope.component import adapter
from zope.interface import implementer
from zope.interface import provider


@provider(IFormFieldProvider)
class IReferenceNumber(model.Schema):
    """A document numbered in a register."""

    reference = schema.TextLine(
        title=_("label_reference", default="Reference"),
        description=_(
            "help_reference",
            default="Allocated from the register of the document; never reused.",
        ),
        required=False,
        readonly=True,
    )
    directives.omitted(IAddForm, "reference")
    directives.omitted(IEditForm, "reference")


def reference_of(obj):
    return getattr(obj, "reference", None) or None


@indexer(IReferenceNumber)
def ia_reference(obj):
    value = reference_of(obj)
    if value is None:
        raise AttributeError("ia_reference")
    return value


@implementer(IDynamicTextIndexExtender)
@adapter(IReferenceNumber)
class ReferenceTextExtender:
    """Adds the reference to SearchableText for types with ``plone.textindexer``."""

    def __init__(self, context):
        self.context = context

    def __call__(self):
        return reference_of(self.context) or ""


@indexer(IReferenceNumber)
def searchable_text(obj):
    """SearchableText of a numbered document.

    With ``plone.textindexer`` the dynamic indexer runs (it calls the
    extender above); otherwise the standard Dexterity text (id, title,
    description, text, tags) is completed with the reference.
    """
    if IDexterityTextIndexer.providedBy(obj):
        from plone.app.dexterity.textindexer.indexer import (
            dynamic_searchable_text_indexer,
        )

        return dynamic_searchable_text_indexer(obj)()
    from plone.app.contenttypes.indexers import SearchableText

    return " ".join(part for part in (SearchableText(obj), reference_of(obj)) if part)
