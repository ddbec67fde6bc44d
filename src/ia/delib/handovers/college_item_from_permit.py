"""*Préparer un point du collège* from a permit: iA.Delib's hand-over for
the documents the college decides (``ia.core.decisions.IDecidedByCollege``,
e.g. iA.Urban's licence files; iA.Delib does not import iA.Urban).

The item goes to a college the user may add items to (state ``created``),
for the permit's first responsible service; its title and motivation come
from the permit's ``ICollegeSummary`` adapter, its annexes are copies of
the permit's. Link: ``ia.gave_rise_to`` permit → item, once. When the
college decides the item, :mod:`.college_item_from_permit_decision`
notifies the core's ``DecisionTaken`` event, which brings the decision back
onto the permit.
"""

from html import escape
from ia.core.decisions import ICollegeSummary
from ia.core.decisions import IDecidedByCollege
from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.orgchart.storage import stored_value
from ia.core.workflows import is_final
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.handovers import bodies
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile


ITEM_TYPE = "IaDelibItem"
MODIFY = "Modify portal content"


def _colleges():
    return [body for body in bodies.addable_bodies() if body.body_kind == "college"]


def _first(choices):
    return choices[0]


def _motivation(summary: str) -> RichTextValue:
    paragraphs = "".join(
        f"<p>{escape(line)}</p>" for line in summary.splitlines() if line.strip()
    )
    return RichTextValue(paragraphs, "text/html", "text/x-html-safe")


def _copy_annexes(annexes, item) -> None:
    with api.env.adopt_roles(["Manager"]):
        for annex in annexes:
            file = getattr(annex, "file", None)
            if file is None:
                continue
            api.content.create(
                container=item,
                type="IaAttachment",
                title=annex.Title(),
                file=NamedBlobFile(
                    data=file.data, filename=file.filename, contentType=file.contentType
                ),
            )


class CollegeItemFromPermit(Handover):
    id = "ia.delib.college_item_from_permit"
    title = _("Prepare a college item from this permit")
    description = _(
        "A draft item of the college with the permit's summary and annexes; "
        "the college's decision comes back onto the permit."
    )
    profile = "ia.delib:default"
    link_kind = "ia.gave_rise_to"
    link_from_target = False
    once = True
    option_titles = {"body": _("College")}

    def applies_to(self, source) -> bool:
        return IDecidedByCollege.providedBy(source) and bool(
            stored_value(source, "responsible_services")
        )

    def check(self, source, body=None, **options) -> None:
        if is_final(source):
            raise DelibError(_("A permit in a final state may not go to the college."))
        if not api.user.has_permission(MODIFY, obj=source):
            raise HandoverForbidden(
                _("Only who may modify this permit may prepare its college item.")
            )
        if not _colleges():
            raise DelibError(_("There is no college you may add items to."))
        if body is not None and not isinstance(body, str):
            raise DelibError(_("The body must be given by its UID."))

    def choices(self, source) -> dict:
        return {"body": bodies.as_choices(_colleges())}

    def perform(self, source, body=None, **options):
        target = bodies.pick(_colleges(), body, default=_first)
        summary = ICollegeSummary(source)
        services = list(stored_value(source, "responsible_services") or ())
        item = api.content.create(
            container=target,
            type=ITEM_TYPE,
            title=summary.title()[:250],
            responsible_services=services[:1],
            motivation=_motivation(summary.summary()),
        )
        _copy_annexes(summary.annexes(), item)
        return item


HANDOVER = CollegeItemFromPermit()
