"""Contact fields for any product's schema (sender, recipient, applicant, signatory...).

    from ia.core.directory.fields import ContactField, ContactListField

    class IIncomingMail(model.Schema):
        sender = ContactField(title=_("Sender"))
        recipients = ContactListField(title=_("Recipients"), required=False)
        signatory = ContactField(title=_("Signatory"), vocabulary="ia.core.signatories")

Values are contact UIDs. The edit widget is the searchable AjaxSelect of
Plone (registered in ``configure.zcml`` for these field classes), so no
``directives.widget`` hint is needed; labels come from ``api.contact_label``.
"""

from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IFormLayer
from zope import schema
from zope.component import adapter
from zope.interface import implementer
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import IList


VOCABULARIES = (
    "ia.core.contacts",
    "ia.core.persons",
    "ia.core.organisations",
    "ia.core.held_positions",
    "ia.core.signatories",
)


class IContactField(IChoice):
    """A single contact (UID) from one of the directory vocabularies."""


class IContactListField(IList):
    """Several contacts (UIDs)."""


@implementer(IContactField)
class ContactField(schema.Choice):
    def __init__(self, vocabulary: str = "ia.core.contacts", **kw):
        if vocabulary not in VOCABULARIES:
            raise ValueError(
                f"Unknown contact vocabulary {vocabulary!r}; use one of {VOCABULARIES}"
            )
        kw.setdefault("required", False)
        super().__init__(vocabulary=vocabulary, **kw)


@implementer(IContactListField)
class ContactListField(schema.List):
    def __init__(self, vocabulary: str = "ia.core.contacts", **kw):
        kw.setdefault("value_type", ContactField(vocabulary=vocabulary))
        kw.setdefault("required", False)
        kw.setdefault("default", [])
        kw.setdefault("missing_value", [])
        super().__init__(**kw)


@adapter(IContactField, IFormLayer)
@implementer(IFieldWidget)
def contact_field_widget(field, request):
    return AjaxSelectFieldWidget(field, request)


@adapter(IContactListField, IFormLayer)
@implementer(IFieldWidget)
def contact_list_field_widget(field, request):
    return AjaxSelectFieldWidget(field, request)
