"""Scenarios of the content core, each with its vanilla-Plone baseline."""

from bench.helpers import as_manager
from bench.helpers import dashboard_page
from bench.helpers import ensure_user
from bench.helpers import plain_page
from bench.helpers import register_dashboards
from bench.helpers import sizes
from bench.registry import scenario
from datetime import date
from datetime import timedelta
from plone import api
import os
import time
import transaction


PAGE = 50
CREATE_N = int(os.environ.get("IA_BENCH_N", "1000"))
REPEAT_QUERY = 20
AGENT = "bench-agent"


def _folder(portal, id):
    if id not in portal:
        api.content.create(container=portal, type="Folder", id=id, title=id)
    return portal[id]


def _service(portal):
    from ia.core.orgchart import api as orgchart

    chart = orgchart.get_orgchart(portal)
    services = [obj for obj in chart.objectValues() if obj.portal_type == "IaService"]
    if services:
        return services[0]
    service = api.content.create(container=chart, type="IaService", title="Urbanisme")
    ensure_user(AGENT, email="agent@example.org")
    orgchart.add_member(service, "encoder", AGENT)
    return service


CHUNK = 100


def _chunked(create, portal, n):
    """Create N documents by chunks of CHUNK; one timing per chunk (commit included)."""
    timings = []
    done = 0
    while done < n:
        size = min(CHUNK, n - done)
        started = time.perf_counter()
        create(portal, size, commit_every=size)
        timings.append(time.perf_counter() - started)
        done += size
    return timings


def create_ia_documents(portal, n, folder_id="ia-docs", commit_every=500):
    """N IaTestDocument through plone.api: each takes a real number from its
    register at creation (ia.reference) and gets a responsible service, an
    agent for one in three and a due date for one in two."""
    as_manager(portal)
    service_uid = _service(portal).UID()
    folder = _folder(portal, folder_id)
    today = date.today()
    start = len(folder)
    for i in range(start, start + n):
        api.content.create(
            container=folder,
            type="IaTestDocument",
            id=f"doc-{i}",
            title=f"Dossier {i}",
            responsible_services=[service_uid],
            assigned_agent=AGENT if i % 3 == 0 else None,
            due_date=today + timedelta(days=(i % 60) - 30) if i % 2 else None,
        )
        if (i + 1) % commit_every == 0:
            transaction.commit()
    transaction.commit()


def create_plain_documents(portal, n, folder_id="plain-docs", commit_every=500):
    as_manager(portal)
    folder = _folder(portal, folder_id)
    start = len(folder)
    for i in range(start, start + n):
        api.content.create(
            container=folder, type="Document", id=f"doc-{i}", title=f"Page {i}"
        )
        if (i + 1) % commit_every == 0:
            transaction.commit()
    transaction.commit()


# Creation


# One run of N creations, timed by chunks of CHUNK documents: the median and
# p95 are those of a chunk of 100 (a run of N=1000 gives 10 samples).


@scenario(f"create {CHUNK} Document (Plone)", n=CREATE_N, repeat=1, is_baseline=True)
def baseline_create(portal, n):
    as_manager(portal)
    return lambda: _chunked(create_plain_documents, portal, n)


@scenario(
    f"create {CHUNK} IaTestDocument (reference + service)",
    n=CREATE_N,
    repeat=1,
    baseline=f"create {CHUNK} Document (Plone)",
)
def core_create(portal, n):
    as_manager(portal)
    _service(portal)
    transaction.commit()
    return lambda: _chunked(create_ia_documents, portal, n)


def bulk_ia_documents(portal, n, folder_id="ia-docs"):
    """The data of the query scenarios: N IaTestDocument, fast.

    Not timed, so it skips what the catalog does not need (versioning,
    link integrity, the other subscribers): create, start the workflow,
    index. The documents are the same as ``create_ia_documents`` makes.
    """
    from plone.dexterity.utils import createContent

    as_manager(portal)
    service_uid = _service(portal).UID()
    folder = _folder(portal, folder_id)
    workflow = api.portal.get_tool("portal_workflow")
    today = date.today()
    for i in range(n):
        obj = createContent("IaTestDocument", id=f"doc-{i}", title=f"Dossier {i}")
        obj.reference = f"E/2026/{i:06d}"
        obj.responsible_services = [service_uid]
        obj.assigned_agent = AGENT if i % 3 == 0 else None
        obj.due_date = today + timedelta(days=(i % 60) - 30) if i % 2 else None
        folder._setObject(obj.id, obj, suppress_events=True)
        obj = folder[obj.id]
        workflow.notifyCreated(obj)
        obj.indexObject()
        if (i + 1) % 1000 == 0:
            transaction.commit()
    transaction.commit()


# Dashboard page vs a plain catalog query over the same documents.
# The sizes come from IA_BENCH_SIZES (default "1000,10000").


def _register_sizes():
    for size in sizes("IA_BENCH_SIZES", [1000, 10000]):
        register_dashboards(
            size,
            f"catalog query, page of {PAGE} (Plone) @{size}",
            {
                f"dashboard my_services, page of {PAGE} @{size}": lambda portal: (
                    dashboard_page(portal, "my_services", AGENT, PAGE)
                ),
                f"dashboard to_treat, sorted on due date @{size}": lambda portal: (
                    dashboard_page(portal, "to_treat", AGENT, PAGE)
                ),
            },
            dataset=bulk_ia_documents,
            repeat=REPEAT_QUERY,
            plain=lambda portal: plain_page(portal, "IaTestDocument", AGENT, PAGE),
        )


_register_sizes()
