"""Scenarios of iA.PST: a programme of N actions (default 200), built by the
product's demo builder, against a plain Plone Folder of as many Documents.

- the programme page (``@@pst-programme``: the whole tree, progress, health,
  budget, as the general director) vs the Folder in ``tabular_view``;
- the public page (``@@pst-public``, anonymous: published part and charts)
  vs the same Folder listing;
- the programme document (ODT, ``pst-programme``) and the eComptes export
  (XML validated against the schema), against the same listing.

Environment: ``IA_BENCH_PST_ACTIONS`` (N, default 200). It works at small N
(e.g. 20).
"""

from bench.helpers import as_manager
from bench.registry import scenario
from plone import api
from plone.app.testing import logout
import os
import transaction


N_ACTIONS = int(os.environ.get("IA_BENCH_PST_ACTIONS", "200"))
BASELINE = "Folder tabular_view, N Documents (Plone, pst)"


def pst_dataset(portal, n):
    """The demo programme with N actions in ``/pst`` and a plain Folder."""
    from ia.core.settings.api import get_settings
    from ia.pst import demo

    as_manager(portal)
    chart = portal["organisation"]
    for service_id in ("travaux", "culture"):
        if service_id not in chart:
            api.content.create(
                container=chart,
                type="IaService",
                id=service_id,
                title=service_id.title(),
            )
    get_settings().ins_code = "99999"
    demo.populate(portal, None, actions=n)
    folder = api.content.create(
        container=portal, type="Folder", id="pst-plain", title="Dossier"
    )
    for index in range(n):
        api.content.create(
            container=folder, type="Document", id=f"page-{index}", title=f"Page {index}"
        )
    transaction.commit()


def _layer(portal):
    from ia.pst.interfaces import IIaPstLayer
    from zope.interface import alsoProvides

    alsoProvides(portal.REQUEST, IIaPstLayer)


@scenario(
    BASELINE, n=N_ACTIONS, repeat=10, fresh=False, dataset=pst_dataset, is_baseline=True
)
def baseline_folder(portal, n):
    as_manager(portal)
    folder = portal["pst-plain"]

    def action():
        portal.REQUEST.set("b_size", n)
        assert "Page " in folder.restrictedTraverse("tabular_view")()

    return action


@scenario(
    "pst programme page, N actions",
    n=N_ACTIONS,
    repeat=10,
    fresh=False,
    dataset=pst_dataset,
    baseline=BASELINE,
)
def programme_page(portal, n):
    as_manager(portal)
    _layer(portal)
    pst = portal["pst"]

    def action():
        html = pst.restrictedTraverse("@@pst-programme")()
        assert html.count('class="ia-pst-depth-2"') >= n, "the tree is short"

    return action


@scenario(
    "pst public page, N actions (anonymous)",
    n=N_ACTIONS,
    repeat=10,
    fresh=False,
    dataset=pst_dataset,
    baseline=BASELINE,
)
def public_page(portal, n):
    _layer(portal)
    pst = portal["pst"]
    logout()

    def action():
        html = api.content.get_view("pst-public", pst, portal.REQUEST)()
        assert 'id="pst-chart-health"' in html

    return action


@scenario(
    "pst programme document (ODT), N actions",
    n=N_ACTIONS,
    repeat=3,
    fresh=False,
    dataset=pst_dataset,
    baseline=BASELINE,
)
def programme_document(portal, n):
    from ia.core.docgen import api as docgen

    as_manager(portal)
    _layer(portal)
    pst = portal["pst"]

    def action():
        data, _filename, _mimetype = docgen.generate(pst, "pst-programme", "odt")
        assert len(data) > 2000

    return action


@scenario(
    "pst eComptes export, N actions",
    n=N_ACTIONS,
    repeat=5,
    fresh=False,
    dataset=pst_dataset,
    baseline=BASELINE,
)
def ecomptes_export(portal, n):
    from ia.pst.ecomptes.export import export

    as_manager(portal)
    pst = portal["pst"]

    def action():
        assert b"201805V1" in export(pst, exercise=2026)

    return action
