"""*Préparer un point de délibération*: a draft item made from any suite
document that has responsible services (an incoming mail, a permit...).

Offered on a document that is not iA.Delib content, not in a final state
and that the user may modify, when he may add items to some body. The item
(state ``created``, made with the user's rights) gets the document's title,
its first responsible service as proposing service, a motivation naming the
document (reference, reception date and sender when it has them) and its
main file (``main_file``) as an annex. Link: ``ia.gave_rise_to`` document →
item, once.
"""

from html import escape
from ia.core.directory.api import contact_label
from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.naming import new_id
from ia.core.orgchart.behavior import IResponsible
from ia.core.orgchart.storage import stored_value
from ia.core.workflows import is_final
from ia.delib import _
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from ia.delib.handovers import bodies
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from zope.i18n import translate


ITEM_TYPE = "IaDelibItem"
MODIFY = "Modify portal content"


def _first_college(choices):
    colleges = [body for body in choices if body.body_kind == "college"]
    if colleges:
        return colleges[0]
    if len(choices) == 1:
        return choices[0]
    raise DelibError(_("There are several bodies: choose one."))


def _type_title(source) -> str:
    fti = api.portal.get_tool("portal_types").get(source.portal_type)
    if fti is None:
        return ""
    title = fti.Title()
    return translate(title, domain=fti.i18n_domain, target_language="fr").lower()


def motivation(source) -> RichTextValue:
    """ "Vu le document E/2026/00042 (courrier entrant) reçu le 20/11/2026
    de Dupont Jean : Demande de subside." from the attributes the document
    has ("le document": the type's title may be feminine)."""
    received = getattr(source, "reception_date", None)
    sender = contact_label(getattr(source, "sender", None) or None)
    mapping = {
        "type": _type_title(source),
        "reference": getattr(source, "reference", None) or source.getId(),
        "subject": source.Title(),
    }
    if received and sender:
        mapping.update(date=received.strftime("%d/%m/%Y"), sender=sender)
        message = _(
            "text_item_motivation_received",
            default="Considering the document ${reference} (${type}) received "
            "on ${date} from ${sender}: ${subject}.",
            mapping=mapping,
        )
    else:
        message = _(
            "text_item_motivation",
            default="Considering the document ${reference} (${type}): ${subject}.",
            mapping=mapping,
        )
    text = translate(message, target_language="fr")
    return RichTextValue(f"<p>{escape(text)}</p>", "text/html", "text/x-html-safe")


def _copy_main_file(source, item) -> None:
    main = getattr(source, "main_file", None)
    if main is None:
        return
    blob = NamedBlobFile(
        data=main.data, filename=main.filename, contentType=main.contentType
    )
    reference = getattr(source, "reference", None) or source.getId()
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=item,
            type="IaAttachment",
            id="document-" + reference.replace("/", "-").lower(),
            title=f"{source.Title()} ({reference})",
            file=blob,
        )


class ItemFromDocument(Handover):
    id = "ia.delib.item_from_document"
    title = _("Prepare a deliberation item")
    description = _(
        "A draft item in the chosen body for the document's first service, "
        "with its title, a motivation naming it and its main file as an annex."
    )
    profile = "ia.delib:default"
    link_kind = "ia.gave_rise_to"
    link_from_target = False
    once = True
    option_titles = {"body": _("Deliberative body")}

    def applies_to(self, source) -> bool:
        return (
            IResponsible.providedBy(source)
            and body_of(source) is None
            and bool(stored_value(source, "responsible_services"))
        )

    def check(self, source, body=None, **options) -> None:
        if is_final(source):
            raise DelibError(
                _("A document in a final state may not become a deliberation item.")
            )
        if not api.user.has_permission(MODIFY, obj=source):
            raise HandoverForbidden(
                _(
                    "Only who may modify this document may make a deliberation item of it."
                )
            )
        if not bodies.addable_bodies():
            raise DelibError(_("There is no deliberative body you may add items to."))
        if body is not None and not isinstance(body, str):
            raise DelibError(_("The body must be given by its UID."))

    def choices(self, source) -> dict:
        return {"body": bodies.as_choices(bodies.addable_bodies())}

    def perform(self, source, body=None, **options):
        target = bodies.pick(bodies.addable_bodies(), body, default=_first_college)
        services = list(stored_value(source, "responsible_services") or ())
        item = api.content.create(
            container=target,
            type=ITEM_TYPE,
            id=new_id(target, source.Title(), "point"),
            title=source.Title(),
            responsible_services=services[:1],
            motivation=motivation(source),
        )
        _copy_main_file(source, item)
        return item


HANDOVER = ItemFromDocument()
