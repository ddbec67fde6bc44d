"""Scenarios of iA.Docs: bulk ingestion and the mail dashboards.

- ingesting N incoming mails, each a ~100 KB PDF with its sidecar, through
  the real runner (``ia.docs.ingestion.run``, default batch size: one
  commit per 10 documents) from a drop folder written beforehand (not
  timed), vs creating N plain Plone ``File`` objects from the same PDFs
  with the same commit policy. Timed by chunks of 100 documents; the totals
  (documents/s, ratio, peak RSS) are printed on stderr;
- the dashboards "Mail to treat by me" (``mail_to_treat``) and "Of my
  services" (``my_services``), a page of 50 rows, over N mails built in
  bulk, vs a plain catalog query of the same page: as an agent of
  Urbanisme, whose mail grows with N (a third of all mail is his), and as
  the agent of a service whose mail does not (LIGHT_MAILS mails whatever N).

Environment: ``IA_BENCH_MAILS`` (N, default 10000) and
``IA_BENCH_MAIL_SIZES`` (dashboard sizes, default N). The large run:
``IA_BENCH_MAILS=100000 IA_BENCH_MAIL_SIZES=10000,100000``.
"""

from bench.helpers import as_manager
from bench.helpers import dashboard_page
from bench.helpers import ensure_user
from bench.helpers import plain_page
from bench.helpers import register_dashboards
from bench.helpers import sizes
from bench.registry import scenario
from datetime import date
from datetime import timedelta
from ia.core.testing_pdf import pdf_bytes
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import transaction


MAILS = int(os.environ.get("IA_BENCH_MAILS", "10000"))
PDF_BYTES = 100 * 1024
BATCH = 10  # the ingestion's default batch size: one commit per 10 documents
CHUNK = 100
PAGE = 50
REPEAT_QUERY = 20
AGENT = "bench-mail-agent"
OTHER_AGENT = "bench-mail-agent2"
# A service whose mail does not grow with the site (Travaux, LIGHT_MAILS
# mails, all assigned to LIGHT_AGENT): its dashboards measure what the size
# of everybody else's mail costs, not the growth of its own.
LIGHT_AGENT = "bench-mail-agent3"
LIGHT_MAILS = 300
INGEST = f"ingest {CHUNK} incoming mails (runner, 100 KB PDF)"
FILES = f"create {CHUNK} File (Plone, same PDFs)"
TOTALS = {}


def _service(portal, service_id, title, editors):
    """Service ``service_id`` of the org chart, with ``editors`` (created when missing)."""
    from ia.core.orgchart import api as orgchart

    chart = orgchart.get_orgchart(portal)
    if service_id not in chart:
        service = api.content.create(
            container=chart, type="IaService", id=service_id, title=title
        )
        for userid in editors:
            ensure_user(userid)
            orgchart.add_member(service, "editor", userid)
    return chart[service_id]


def _urbanisme(portal):
    """Service Urbanisme: AGENT and OTHER_AGENT editors."""
    return _service(portal, "urbanisme", "Urbanisme", (AGENT, OTHER_AGENT))


def pdf(index: int, size: int = PDF_BYTES) -> bytes:
    """A well-formed one-page PDF of about ``size`` bytes, unique per index
    (its content stream is padded with a comment)."""
    padding = os.urandom(max(0, size - 600) // 2).hex().encode("ascii")
    return pdf_bytes(f"Courrier {index}", padding)


def write_drop_folder(n: int) -> Path:
    """A drop folder with N scans (PDF + sidecar) for Urbanisme."""
    root = Path(tempfile.mkdtemp(prefix="ia-bench-ingest-"))
    scans = root / "scans"
    scans.mkdir()
    for index in range(n):
        name = f"scan-{index:06d}"
        sidecar = {
            "scan_id": f"BENCH-{index:06d}",
            "mail_type": "letter",
            "treating_services": ["urbanisme"],
            "subject": f"Courrier {index}",
        }
        (scans / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        (scans / f"{name}.pdf").write_bytes(pdf(index))
    return root


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _chunks(stamps, started):
    """Seconds per CHUNK documents from (done, time) stamps."""
    samples, last_time, next_mark = [], started, CHUNK
    for done, stamp in stamps:
        if done >= next_mark:
            samples.append(stamp - last_time)
            last_time = stamp
            next_mark = (done // CHUNK + 1) * CHUNK
    if stamps and stamps[-1][0] % CHUNK:
        samples.append(stamps[-1][1] - last_time)
    return samples


def _report(name, n, seconds):
    TOTALS[name] = seconds
    line = (
        f"  {name}: {n} in {seconds:.1f} s = {n / seconds:.1f} documents/s, "
        f"peak RSS {_peak_rss_mb():.0f} MB"
    )
    if name == INGEST and FILES in TOTALS:
        line += f", ratio to File {seconds / TOTALS[FILES]:.2f}"
    print(line, file=sys.stderr)


@scenario(FILES, n=MAILS, repeat=1, is_baseline=True)
def baseline_files(portal, n):
    from plone.namedfile.file import NamedBlobFile

    as_manager(portal)
    root = write_drop_folder(n)
    folder = api.content.create(container=portal, type="Folder", id="bench-files")
    transaction.commit()

    def action():
        stamps, created = [], []
        started = time.perf_counter()
        for path in sorted((root / "scans").glob("*.pdf")):
            data = path.read_bytes()
            json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            api.content.create(
                container=folder,
                type="File",
                id=path.stem,
                title=path.stem,
                file=NamedBlobFile(
                    data=data, filename=path.name, contentType="application/pdf"
                ),
            )
            created.append(path)
            if len(created) % BATCH == 0:
                transaction.commit()
                for done in created[-BATCH:]:
                    done.unlink()
                    done.with_suffix(".json").unlink()
                stamps.append((len(created), time.perf_counter()))
        transaction.commit()
        stamps.append((len(created), time.perf_counter()))
        _report(FILES, n, stamps[-1][1] - started)
        shutil.rmtree(root, ignore_errors=True)
        return _chunks(stamps, started)

    return action


@scenario(INGEST, n=MAILS, repeat=1, baseline=FILES)
def ingest(portal, n):
    from ia.docs.ingestion import run

    as_manager(portal)
    _urbanisme(portal)
    root = write_drop_folder(n)
    transaction.commit()

    def action():
        stamps = []
        started = time.perf_counter()
        summary = run(
            portal,
            folder=str(root),
            batch_size=BATCH,
            progress=lambda done, total, name: stamps.append(
                (done, time.perf_counter())
            ),
        )
        elapsed = time.perf_counter() - started
        assert summary.ingested == n and not summary.rejected, summary.as_dict()
        _report(INGEST, n, elapsed)
        shutil.rmtree(root, ignore_errors=True)
        return _chunks(stamps, started)

    return action


# Dashboards over N mails built in bulk (not timed).

STATES = ("created", "proposed_to_manager", "proposed_to_agent", "in_treatment")


def bulk_mails(portal, n):
    """N incoming mails, fast: created, put in their state and indexed
    without the other subscribers (versioning, numbering, due date,
    acknowledgement). LIGHT_MAILS of them, spread over the range, are of
    Travaux and assigned to LIGHT_AGENT; the others are of Urbanisme, one in
    three assigned to AGENT, the others to OTHER_AGENT. One in five is
    closed; half have a due date."""
    from ia.docs.area import get_mail_area
    from plone.dexterity.utils import createContent

    as_manager(portal)
    service_uid = _urbanisme(portal).UID()
    light_uid = _service(portal, "travaux", "Travaux", (LIGHT_AGENT,)).UID()
    # At least every third mail: the tiny smoke-test sizes keep mails for AGENT.
    light_every = max(3, n // LIGHT_MAILS)
    area = get_mail_area(portal)
    workflow_tool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = workflow_tool.getChainForPortalType("IaIncomingMail")
    workflow = workflow_tool[workflow_id]
    today = date.today()
    for i in range(n):
        mail = createContent(
            "IaIncomingMail", id=f"bench-mail-{i}", title=f"Courrier {i}"
        )
        mail.reference = f"E/2026/{i:06d}"
        mail.mail_type = "letter"
        mail.reception_date = today - timedelta(days=i % 90)
        # k: the mail's rank in its service (states and due dates spread
        # the same way in both).
        if i % light_every == light_every - 1:
            # from "proposed_to_agent": the first light mails are to treat
            k = i // light_every + 2
            mail.responsible_services = [light_uid]
            mail.assigned_agent = LIGHT_AGENT
        else:
            k = i
            mail.responsible_services = [service_uid]
            mail.assigned_agent = AGENT if i % 3 == 0 else OTHER_AGENT
        mail.due_date = today + timedelta(days=(k % 60) - 30) if k % 2 else None
        area._setObject(mail.id, mail, suppress_events=True)
        mail = area[mail.id]
        state = "closed" if k % 5 == 4 else STATES[k % len(STATES)]
        workflow_tool.setStatusOf(
            workflow_id,
            mail,
            {
                "review_state": state,
                "action": None,
                "actor": TEST_USER_ID,
                "time": mail.created(),
                "comments": "",
            },
        )
        workflow.updateRoleMappingsFor(mail)
        mail.indexObject()
        if (i + 1) % 1000 == 0:
            transaction.commit()
    transaction.commit()


def _register_sizes():
    for size in sizes("IA_BENCH_MAIL_SIZES", [MAILS]):
        register_dashboards(
            size,
            f"catalog query of mails, page of {PAGE} (Plone) @{size}",
            {
                f"dashboard mail_to_treat, page of {PAGE} @{size}": lambda portal: (
                    dashboard_page(portal, "mail_to_treat", AGENT, PAGE, not_empty=True)
                ),
                f"dashboard my_services (mails), page of {PAGE} @{size}": lambda portal: (
                    dashboard_page(portal, "my_services", AGENT, PAGE, not_empty=True)
                ),
                f"dashboard mail_to_treat, {LIGHT_MAILS}-mail service @{size}": (
                    lambda portal: dashboard_page(
                        portal, "mail_to_treat", LIGHT_AGENT, PAGE, not_empty=True
                    )
                ),
                f"dashboard my_services, {LIGHT_MAILS}-mail service @{size}": (
                    lambda portal: dashboard_page(
                        portal, "my_services", LIGHT_AGENT, PAGE, not_empty=True
                    )
                ),
            },
            dataset=bulk_mails,
            repeat=REPEAT_QUERY,
            plain=lambda portal: plain_page(portal, "IaIncomingMail", AGENT, PAGE),
        )


_register_sizes()
