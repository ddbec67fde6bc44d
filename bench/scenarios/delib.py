"""Scenarios of iA.Delib: a council meeting of N items (default 200), each
with an advice and an annex, against plain Plone doing the nearest thing.

- the meeting page (its default view, full HTML, as a meeting manager)
  vs a Folder of N Documents in ``tabular_view`` (every row on one page);
- the agenda ODT (the convocation template: every item, in order) and its
  PDF when LibreOffice is configured (``IA_BENCH_LIBREOFFICE`` =
  ``host:port:/path/to/uno-python``), else a row saying it was skipped;
- freezing the meeting (its N items frozen with it, commit included) vs
  ``api.content.transition`` of N Documents (``simple_publication_workflow``);
- moving the last item to the top (``ia.delib.api.move_item``, commit
  included) vs ``moveObjectsToTop`` of the last Document of the Folder.

Environment: ``IA_BENCH_DELIB_ITEMS`` (N, default 200).
"""

from bench.helpers import as_manager
from bench.registry import scenario
from plone import api
from plone.app.testing import login
from plone.app.textfield.value import RichTextValue
import os
import time
import transaction


N_ITEMS = int(os.environ.get("IA_BENCH_DELIB_ITEMS", "200"))
LIBREOFFICE = os.environ.get("IA_BENCH_LIBREOFFICE", "")
SECRETARY = "bench-secretaire"
AGENDA_TEMPLATE = "ia-delib-convocation"


def _service(portal, id, title):
    chart = portal["organisation"]
    if id not in chart:
        api.content.create(container=chart, type="IaService", id=id, title=title)
    return chart[id].UID()


def _text(value):
    return RichTextValue(f"<p>{value}</p>", "text/html", "text/x-html-safe")


def build_meeting(portal, n):
    """Council ``bench-conseil``, meeting ``seance`` with N items presented.

    Each item is created by the proposing service's request for the
    financial advice, proposed (the advice is asked: ``avis-finance``),
    validated, given an annex (a small PDF) and presented. The items are
    presented in bulk (one renumbering) as the dataset is not timed.
    """
    from ia.core.behaviors.attachments_testing import add_attachment
    from ia.core.workflows.testing import set_state
    from ia.delib import agenda
    from ia.delib.testing import create_body
    from ia.delib.testing import create_meeting

    as_manager(portal)
    travaux = _service(portal, "travaux", "Travaux")
    _service(portal, "finances", "Finances")  # of the advice type "finance"
    if api.user.get(userid=SECRETARY) is None:
        api.user.create(
            email="secretaire@example.org",
            username=SECRETARY,
            password="bench-password-1234",
        )
    body = create_body(portal, "Conseil communal", id="bench-conseil")
    api.group.add_user(groupname="bench-conseil_meeting_managers", username=SECRETARY)
    meeting = create_meeting(
        body, "Séance du 14 décembre", id="seance", place="Salle du conseil"
    )
    meeting_uid = api.content.get_uuid(meeting)
    for index in range(n):
        item = api.content.create(
            container=body,
            type="IaDelibItem",
            id=f"point-{index}",
            title=f"Point {index} : marché de travaux",
            responsible_services=[travaux],
            advices_requested=["finance"],
            motivation=_text(f"Vu le dossier {index}"),
            decision=_text(f"Le marché {index} est attribué"),
        )
        api.content.transition(obj=item, transition="propose")
        add_attachment(item, id="annexe.pdf", title="Annexe")
        set_state(item, "presented")
        meeting.agenda_uids().append(api.content.get_uuid(item))
        item.meeting_uid = meeting_uid
        if (index + 1) % 50 == 0:
            transaction.commit()
    agenda.renumber(meeting)
    transaction.commit()
    assert len(agenda.items(meeting)) == n
    assert all("avis-finance" in item for item in agenda.items(meeting))
    return meeting


def build_plain_folder(portal, n, workflow=None):
    """Folder ``plain-folder`` of N Documents (chain ``workflow`` if given)."""
    as_manager(portal)
    if workflow:
        api.portal.get_tool("portal_workflow").setChainForPortalTypes(
            ["Document"], workflow
        )
    folder = api.content.create(
        container=portal, type="Folder", id="plain-folder", title="Dossier"
    )
    for index in range(n):
        api.content.create(
            container=folder,
            type="Document",
            id=f"page-{index}",
            title=f"Page {index}",
            text=_text(f"Texte {index}"),
        )
        if (index + 1) % 100 == 0:
            transaction.commit()
    transaction.commit()
    return folder


def delib_dataset(portal, n):
    """What the shared scenarios read: the meeting and the plain Folder."""
    build_meeting(portal, n)
    build_plain_folder(portal, n)


def _meeting(portal):
    return portal["bench-conseil"]["seance"]


# (a) The meeting page


@scenario(
    "Folder tabular_view, N Documents (Plone)",
    n=N_ITEMS,
    repeat=10,
    fresh=False,
    dataset=delib_dataset,
    is_baseline=True,
)
def baseline_folder_view(portal, n):
    as_manager(portal)
    folder = portal["plain-folder"]
    request = portal.REQUEST

    def action():
        request.set("b_size", n)
        html = folder.restrictedTraverse("tabular_view")()
        assert html.count("Page ") >= n, "the listing is short"

    return action


@scenario(
    "delib meeting page, N items (meeting manager)",
    n=N_ITEMS,
    repeat=10,
    fresh=False,
    dataset=delib_dataset,
    baseline="Folder tabular_view, N Documents (Plone)",
)
def meeting_page(portal, n):
    from ia.delib.interfaces import IIaDelibLayer
    from zope.interface import alsoProvides

    login(portal, SECRETARY)
    meeting = _meeting(portal)
    request = portal.REQUEST
    alsoProvides(request, IIaDelibLayer)
    assert api.user.has_permission("Modify portal content", obj=meeting)

    def action():
        html = meeting.restrictedTraverse(meeting.getLayout())()
        assert html.count('class="ia-agenda-row"') == n, "the agenda is short"
        assert "</html>" in html

    return action


# (b) The agenda document


def _generate(portal, output_format):
    from ia.core.docgen import api as docgen

    login(portal, SECRETARY)
    meeting = _meeting(portal)

    def action():
        data, _filename, _mimetype = docgen.generate(
            meeting, AGENDA_TEMPLATE, output_format
        )
        assert len(data) > 1000

    return action


@scenario(
    "delib agenda ODT (convocation), N items",
    n=N_ITEMS,
    repeat=3,
    fresh=False,
    dataset=delib_dataset,
)
def agenda_odt(portal, n):
    return _generate(portal, "odt")


def _register_pdf():
    if not LIBREOFFICE:
        scenario(
            "delib agenda PDF: skipped, LibreOffice not configured "
            "(IA_BENCH_LIBREOFFICE=host:port:uno-python)",
            n=N_ITEMS,
            repeat=1,
            fresh=False,
            dataset=delib_dataset,
        )(lambda portal, n: lambda: None)
        return

    def agenda_pdf(portal, n):
        from ia.core.docgen import settings

        server, port, uno_path = LIBREOFFICE.split(":", 2)
        as_manager(portal)
        settings.set_libreoffice(server=server, port=port, uno_path=uno_path)
        transaction.commit()
        return _generate(portal, "pdf")

    scenario(
        "delib agenda PDF (convocation, LibreOffice), N items",
        n=N_ITEMS,
        repeat=3,
        fresh=False,
        dataset=delib_dataset,
    )(agenda_pdf)


_register_pdf()


# (d) Moving the last item to the top (commit included: the renumbered
# items are reindexed)


@scenario(
    "Folder moveObjectsToTop, last of N Documents (Plone)",
    n=N_ITEMS,
    repeat=10,
    fresh=False,
    dataset=delib_dataset,
    is_baseline=True,
)
def baseline_move(portal, n):
    as_manager(portal)
    folder = portal["plain-folder"]

    def action():
        folder.moveObjectsToTop([folder.objectIds()[-1]])
        transaction.commit()

    return action


@scenario(
    "delib move last item to the top, N items",
    n=N_ITEMS,
    repeat=10,
    fresh=False,
    dataset=delib_dataset,
    baseline="Folder moveObjectsToTop, last of N Documents (Plone)",
)
def move_to_top(portal, n):
    from ia.delib import api as delib

    login(portal, SECRETARY)
    meeting = _meeting(portal)

    def action():
        last = api.content.get(UID=meeting.agenda_uids()[-1])
        delib.move_item(meeting, last, 1)
        transaction.commit()
        assert last.item_number == 1

    return action


# (c) Freezing: a fresh sandbox each time (commit included)


@scenario(
    "transition N Documents, simple_publication_workflow (Plone)",
    n=N_ITEMS,
    repeat=2,
    is_baseline=True,
)
def baseline_publish(portal, n):
    folder = build_plain_folder(portal, n, workflow="simple_publication_workflow")
    documents = list(folder.objectValues())

    def action():
        for document in documents:
            api.content.transition(obj=document, transition="publish")
        transaction.commit()

    return action


@scenario(
    "delib freeze the meeting, N items",
    n=N_ITEMS,
    repeat=2,
    baseline="transition N Documents, simple_publication_workflow (Plone)",
)
def freeze_meeting(portal, n):
    from ia.delib import api as delib

    meeting = build_meeting(portal, n)
    login(portal, SECRETARY)

    def action():
        started = time.perf_counter()
        api.content.transition(obj=meeting, transition="freeze")
        transaction.commit()
        elapsed = time.perf_counter() - started
        states = {api.content.get_state(item) for item in delib.agenda(meeting)}
        assert states == {"frozen"}, states
        return [elapsed]

    return action
