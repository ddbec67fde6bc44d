"""Scenarios of iA.Docs: bulk ingestion and the mail dashboards.

- ingesting N incoming mails, each a ~100 KB PDF with its sidecar, through
  the real runner (``ia.docs.ingestion.run``, default batch size: one
  commit per 10 documents) from a drop folder written beforehand (not
  timed), vs creating N plain Plone ``File`` objects from the same PDFs
  with the same commit policy. Timed by chunks of 100 documents; the totals
  (documents/s, ratio, peak RSS) are printed on stderr;
- the dashboards "Mail to treat by me" (``mail_to_treat``) and "Of my
  services" (``my_services``), a page of 50 rows as the agent, over N mails
  built in bulk, vs a plain catalog query of the same page.

Environment: ``IA_BENCH_MAILS`` (N, default 10000) and
``IA_BENCH_MAIL_SIZES`` (dashboard sizes, default N). The large run:
``IA_BENCH_MAILS=100000 IA_BENCH_MAIL_SIZES=10000,100000``.
"""

from bench.registry import scenario
from datetime import date
from datetime import timedelta
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
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
INGEST = f"ingest {CHUNK} incoming mails (runner, 100 KB PDF)"
FILES = f"create {CHUNK} File (Plone, same PDFs)"
TOTALS = {}


def _as_manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)


def _user(userid):
    if api.user.get(userid=userid) is None:
        api.user.create(
            email=f"{userid}@example.org",
            username=userid,
            password="bench-password-1234",
        )


def _urbanisme(portal):
    """Service Urbanisme (id ``urbanisme``): AGENT and OTHER_AGENT editors."""
    from ia.core.orgchart import api as orgchart

    chart = orgchart.get_orgchart(portal)
    if "urbanisme" not in chart:
        service = api.content.create(
            container=chart, type="IaService", id="urbanisme", title="Urbanisme"
        )
        for userid in (AGENT, OTHER_AGENT):
            _user(userid)
            orgchart.add_member(service, "editor", userid)
    return chart["urbanisme"]


def pdf(index: int, size: int = PDF_BYTES) -> bytes:
    """A well-formed one-page PDF of about ``size`` bytes, unique per index
    (its content stream is padded with a comment)."""
    text = f"BT /F1 12 Tf 72 720 Td (Courrier {index}) Tj ET\n".encode("latin-1")
    padding = os.urandom(max(0, size - 600) // 2).hex().encode("ascii")
    stream = text + b"% " + padding + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


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

    _as_manager(portal)
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

    _as_manager(portal)
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
    """N incoming mails of Urbanisme, fast: created, put in their state and
    indexed without the other subscribers (versioning, numbering, due date,
    acknowledgement). One in three is assigned to AGENT, the others to
    OTHER_AGENT; one in five is closed; half have a due date."""
    from ia.docs.area import get_mail_area
    from plone.dexterity.utils import createContent

    _as_manager(portal)
    service_uid = _urbanisme(portal).UID()
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
        mail.responsible_services = [service_uid]
        mail.assigned_agent = AGENT if i % 3 == 0 else OTHER_AGENT
        mail.due_date = today + timedelta(days=(i % 60) - 30) if i % 2 else None
        area._setObject(mail.id, mail, suppress_events=True)
        mail = area[mail.id]
        state = "closed" if i % 5 == 4 else STATES[i % len(STATES)]
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


def _dashboard_page(portal, list_id):
    from ia.core.dashboard import principal
    from ia.core.dashboard import query as dq
    from ia.core.dashboard.registry import get_list
    from ia.core.dashboard.rows import RowBuilder
    from plone.batching import Batch

    login(portal, AGENT)
    dlist = get_list(list_id)

    def action():
        principal.clear_cache()
        params = dq.ListParams.from_form({"b_size": str(PAGE)})
        results = dq.search(dlist, AGENT, params)
        rows = RowBuilder(portal.REQUEST).rows(Batch(results, PAGE, 0))
        assert len(rows) == min(PAGE, len(results)), "dashboard page is short"
        assert rows, f"{list_id} is empty"

    return action


def _plain_page(portal):
    login(portal, AGENT)
    catalog = api.portal.get_tool("portal_catalog")

    def action():
        results = catalog.searchResults(
            portal_type="IaIncomingMail",
            sort_on="modified",
            sort_order="descending",
            b_start=0,
            b_size=PAGE,
        )
        rows = [
            (brain.Title, brain.getURL(), brain.review_state)
            for brain in results[:PAGE]
        ]
        assert rows

    return action


def _sizes():
    raw = os.environ.get("IA_BENCH_MAIL_SIZES", "")
    return [int(v) for v in raw.split(",") if v.strip()] if raw else [MAILS]


def _register_sizes():
    for size in _sizes():
        baseline = f"catalog query of mails, page of {PAGE} (Plone) @{size}"
        common = {
            "n": size,
            "repeat": REPEAT_QUERY,
            "fresh": False,
            "dataset": bulk_mails,
        }
        scenario(baseline, is_baseline=True, **common)(
            lambda portal, n: _plain_page(portal)
        )
        scenario(
            f"dashboard mail_to_treat, page of {PAGE} @{size}",
            baseline=baseline,
            **common,
        )(lambda portal, n: _dashboard_page(portal, "mail_to_treat"))
        scenario(
            f"dashboard my_services (mails), page of {PAGE} @{size}",
            baseline=baseline,
            **common,
        )(lambda portal, n: _dashboard_page(portal, "my_services"))


_register_sizes()
