"""*Nouvel expéditeur* in the add and edit forms of an incoming mail.

The forms get a group of optional fields (name, first name, e-mail, postal
address, or an organisation's name). When no sender is chosen from the
directory and the group is filled in, saving finds the contact by e-mail or
creates it in ``/annuaire`` (:func:`ia.docs.senders.api.sender_from_data`,
the same rules as ``new_sender`` over REST) and the mail's sender points to
it, in the same transaction.

Refusals are form errors and change nothing: an e-mail that is not one
(the field's constraint), a sender chosen *and* new-sender fields, a new
sender without a name or without an e-mail or a postal address, a person's
name *and* an organisation's name.
"""

from ia.core.errors import IaError
from ia.docs import _
from ia.docs.senders.api import EMAIL
from ia.docs.senders.api import ORGANISATION
from ia.docs.senders.api import PERSON
from ia.docs.senders.api import SenderError
from ia.docs.senders.api import sender_from_data
from ia.docs.senders.api import validate
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.dexterity.browser.edit import DefaultEditForm
from plone.dexterity.interfaces import IDexterityEditForm
from plone.z3cform import layout
from plone.z3cform.fieldsets.group import GroupFactory
from z3c.form import field
from z3c.form.interfaces import ActionExecutionError
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import classImplements
import transaction


def valid_email(value):
    if value and not EMAIL.match(value.strip()):
        raise Invalid(
            _(
                "msg_new_sender_email",
                default="This is not an e-mail address (name@domain.be).",
            )
        )
    return True


class INewSender(Interface):
    """The fields of the *Nouvel expéditeur* group (not stored on the mail)."""

    new_sender_lastname = schema.TextLine(
        title=_("label_new_sender_lastname", default="Name"),
        description=_(
            "help_new_sender_lastname",
            default="A person's last name (leave empty for an organisation).",
        ),
        required=False,
    )
    new_sender_firstname = schema.TextLine(
        title=_("label_new_sender_firstname", default="First name"),
        required=False,
    )
    new_sender_organisation = schema.TextLine(
        title=_("label_new_sender_organisation", default="Organisation"),
        description=_(
            "help_new_sender_organisation",
            default="When the sender is an organisation: its name (no person's name).",
        ),
        required=False,
    )
    new_sender_email = schema.TextLine(
        title=_("label_new_sender_email", default="E-mail"),
        required=False,
        constraint=valid_email,
    )
    new_sender_street = schema.TextLine(
        title=_("label_new_sender_street", default="Street"), required=False
    )
    new_sender_number = schema.TextLine(
        title=_("label_new_sender_number", default="Number"), required=False
    )
    new_sender_zip_code = schema.TextLine(
        title=_("label_new_sender_zip_code", default="Zip code"), required=False
    )
    new_sender_city = schema.TextLine(
        title=_("label_new_sender_city", default="City"), required=False
    )


PREFIX = "new_sender_"
NAMES = tuple(schema.getFieldNamesInOrder(INewSender))

MSG_TWICE = _(
    "msg_sender_twice",
    default="Give either a sender from the directory or a new sender, not both.",
)
MSG_PERSON_AND_ORGANISATION = _(
    "msg_new_sender_person_or_organisation",
    default="A new sender is a person (name) or an organisation, not both.",
)


def new_sender_group():
    """The group factory of the form: its fields never read the mail."""
    fields = field.Fields(INewSender)
    for one in fields.values():
        one.ignoreContext = True
    return GroupFactory(
        "new_sender",
        fields,
        label=_("label_new_sender_group", default="New sender"),
        description=_(
            "help_new_sender_group",
            default="When the sender is not in the directory yet: leave the "
            "Sender field empty and fill these in; the contact is found by "
            "e-mail or created in the directory when the mail is saved.",
        ),
    )


def refuse(message):
    raise ActionExecutionError(Invalid(message))


def pop_new_sender(data: dict, chosen) -> dict | None:
    """Take the group's values out of ``data``; the new sender's data for
    :func:`sender_from_data` (checked), or None when the group is empty.
    ``chosen`` is the sender chosen in the form (a UID or None)."""
    given = {name[len(PREFIX) :]: data.pop(name, None) for name in NAMES}
    given = {
        key: value.strip() for key, value in given.items() if value and value.strip()
    }
    if not given:
        return None
    if chosen:
        refuse(MSG_TWICE)
    organisation = given.pop("organisation", None)
    if organisation and (given.get("lastname") or given.get("firstname")):
        refuse(MSG_PERSON_AND_ORGANISATION)
    if organisation:
        given.update(kind=ORGANISATION, name=organisation)
    else:
        given["kind"] = PERSON
    try:
        return validate(given)
    except SenderError as error:
        refuse(error.message)


def contact_uid(new_sender: dict) -> str:
    """The UID of the found or created contact; a refusal dooms the transaction
    (a contact may have been written before the error)."""
    try:
        return sender_from_data(new_sender).UID()
    except IaError as error:
        transaction.doom()
        refuse(error.message)


class NewSenderForm:
    """Mix-in of the add and edit forms: the group, the check, the contact."""

    def updateFields(self):
        super().updateFields()
        self.groups = [*self.groups, new_sender_group()]

    def current_sender(self, data):
        return data.get("sender")

    def resolve_sender(self, data):
        new_sender = pop_new_sender(data, self.current_sender(data))
        if new_sender is not None:
            data["sender"] = contact_uid(new_sender)


class IncomingMailAddForm(NewSenderForm, DefaultAddForm):
    def createAndAdd(self, data):
        self.resolve_sender(data)
        return super().createAndAdd(data)


class IncomingMailAddView(DefaultAddView):
    form = IncomingMailAddForm


class IncomingMailEditForm(NewSenderForm, DefaultEditForm):
    def current_sender(self, data):
        if "sender" in data:
            return data["sender"]
        return getattr(self.context, "sender", None)

    def applyChanges(self, data):
        self.resolve_sender(data)
        return super().applyChanges(data)


IncomingMailEditView = layout.wrap_form(IncomingMailEditForm)
classImplements(IncomingMailEditView, IDexterityEditForm)
