"""Apply a CSV file to the directory, row by row, all or nothing per row.

Organisations are imported first (a parent before its sub-organisations,
whatever the order in the file), then persons, then positions. A row whose
``ref`` is already in the directory (same kind) updates that contact: a
re-import never duplicates. Only the columns present in the file are
written; an empty cell empties the field.
"""

from ia.core import _
from ia.core.directory.api import create_contact
from ia.core.directory.csvimport.reader import KINDS
from ia.core.directory.csvimport.reader import CsvFileError
from ia.core.directory.csvimport.reader import read_rows
from ia.core.directory.csvimport.report import ImportReport
from ia.core.directory.csvimport.report import RowResult
from ia.core.directory.csvimport.report import tr
from ia.core.directory.csvimport.rows import RowError
from ia.core.directory.csvimport.rows import check_period
from ia.core.directory.csvimport.rows import parse_row
from ia.core.directory.sources import ORGANISATION
from ia.core.directory.sources import PERSON
from ia.core.directory.sources import POSITION
from plone import api
from Products.CMFCore.indexing import processQueue
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import logging
import re
import transaction


logger = logging.getLogger(__name__)
PORTAL_TYPES = {"organisation": ORGANISATION, "person": PERSON, "position": POSITION}
UID_RE = re.compile(r"^[0-9a-f]{32}$")


def find_by_ref(kind: str, ref: str):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=PORTAL_TYPES[kind], ia_external_id=ref
    )
    return brains[0]._unrestrictedGetObject() if brains else None


def _reference(kind: str, ref: str, column: str):
    """The contact named in a reference column (its ref, or the UID of an existing contact)."""
    obj = find_by_ref(kind, ref)
    if obj is None and UID_RE.match(ref):
        obj = api.content.get(UID=ref)
        if obj is not None and obj.portal_type != PORTAL_TYPES[kind]:
            obj = None
    if obj is None:
        raise RowError(
            _(
                "error_csv_unknown_ref",
                default="Unknown ${kind} '${ref}' in column ${column}.",
                mapping={"kind": kind, "ref": ref, "column": column},
            )
        )
    return obj


def _apply(obj, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)
            changed = True
    return changed


class Importer:
    def __init__(self, directory, report: ImportReport):
        self.directory = directory
        self.report = report

    def container_for(self, kind: str, row: dict, existing):
        """Where the contact goes; for an update, its current place unless the row says otherwise."""
        if kind == "person":
            return self.directory
        if kind == "position":
            if existing is not None and not row.get("person"):
                return existing.aq_parent
            return _reference("person", row["person"], "person")
        if row.get("parent"):
            return _reference("organisation", row["parent"], "parent")
        if existing is not None and "parent" not in row:
            return existing.aq_parent
        return self.directory

    def values_for(self, kind: str, row: dict, existing) -> dict:
        values = parse_row(kind, row, creating=existing is None)
        if kind == "position":
            if "organisation" in row:
                values["organisation"] = (
                    _reference(
                        "organisation", row["organisation"], "organisation"
                    ).UID()
                    if row["organisation"]
                    else None
                )
            start = values.get("start_date", getattr(existing, "start_date", None))
            end = values.get("end_date", getattr(existing, "end_date", None))
            check_period(start, end)
        return values

    def import_row(self, line: int, kind: str, row: dict) -> None:
        ref = row["ref"]
        existing = find_by_ref(kind, ref)
        container = self.container_for(kind, row, existing)
        values = self.values_for(kind, row, existing)
        if existing is None:
            obj = create_contact(
                container, PORTAL_TYPES[kind], external_id=ref, **values
            )
            self.report.created.append(
                RowResult(line, kind, ref, obj.UID(), obj.Title())
            )
            return
        changed = _apply(existing, values)
        obj = existing
        if kind != "person" and obj.aq_parent.UID() != container.UID():
            obj = api.content.move(source=obj, target=container)
            changed = True
        if not changed:
            self.report.unchanged.append(
                RowResult(line, kind, ref, obj.UID(), obj.Title())
            )
            return
        notify(ObjectModifiedEvent(obj))
        obj.reindexObject()
        self.report.updated.append(RowResult(line, kind, ref, obj.UID(), obj.Title()))

    def safe_import_row(self, line: int, kind: str, row: dict) -> None:
        """Import a row; on any error, undo what it did and record the reason."""
        processQueue()  # index the previous rows: this one may refer to them
        savepoint = transaction.savepoint()
        try:
            self.import_row(line, kind, row)
        except RowError as exc:
            savepoint.rollback()
            self.report.reject(line, kind, row.get("ref", ""), exc.args[0])
        except Exception as exc:  # noqa: BLE001 - one bad row must not stop the import
            savepoint.rollback()
            logger.warning("Directory import: line %s rejected: %r", line, exc)
            self.report.reject(
                line,
                kind,
                row.get("ref", ""),
                _(
                    "error_csv_row",
                    default="Row not imported: ${error}",
                    mapping={"error": str(exc) or exc.__class__.__name__},
                ),
            )


def _classify(rows, report: ImportReport) -> dict:
    """Rows by kind, rejecting unknown kinds, missing or duplicate refs."""
    by_kind = {"organisation": [], "person": [], "position": []}
    seen = {}
    for line, row in rows:
        kind = KINDS.get(row.get("kind", "").lower())
        ref = row.get("ref", "")
        if kind is None:
            report.reject(
                line,
                row.get("kind", ""),
                ref,
                _(
                    "error_csv_kind",
                    default="Unknown kind '${kind}': use organisation, person or position.",
                    mapping={"kind": row.get("kind", "")},
                ),
            )
        elif not ref:
            report.reject(
                line,
                kind,
                ref,
                _(
                    "error_csv_ref",
                    default="The column ref is required: it identifies the contact for later re-imports.",
                ),
            )
        elif (kind, ref) in seen:
            report.reject(
                line,
                kind,
                ref,
                _(
                    "error_csv_duplicate",
                    default="Duplicate reference '${ref}' (already on line ${line}).",
                    mapping={"ref": ref, "line": seen[(kind, ref)]},
                ),
            )
        elif row.pop("__extra__", False):
            report.reject(
                line,
                kind,
                ref,
                _(
                    "error_csv_extra_cells",
                    default="More cells than columns: check the separator and the quotes.",
                ),
            )
        else:
            seen[(kind, ref)] = line
            by_kind[kind].append((line, row))
    return by_kind


def _organisations_in_order(rows):
    """Parents first: a row whose parent is another row of the file waits for it."""
    pending = list(rows)
    refs_in_file = {row["ref"] for _line, row in rows}
    done = set()
    while pending:
        ready = [
            item
            for item in pending
            if item[1].get("parent") not in refs_in_file or item[1]["parent"] in done
        ]
        if not ready:
            ready = (
                pending  # a cycle: import anyway, the unknown parent rejects the rows
            )
        for item in ready:
            done.add(item[1]["ref"])
            yield item
        pending = [item for item in pending if item not in ready]


def import_csv(directory, fileobj, dry_run: bool = False) -> ImportReport:
    """Import organisations, persons and held positions from a CSV file (bytes or binary file).

    With ``dry_run``, every row is checked and reported but nothing is kept.
    """
    report = ImportReport(dry_run=dry_run)
    data = fileobj if isinstance(fileobj, bytes) else fileobj.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        report.encoding, report.delimiter, _columns, rows, ignored = read_rows(data)
    except CsvFileError as exc:
        report.errors.append(tr(exc.args[0]))
        return report
    if ignored:
        report.warnings.append(
            tr(
                _(
                    "warning_csv_ignored",
                    default="Ignored columns: ${columns}.",
                    mapping={"columns": ", ".join(ignored)},
                )
            )
        )
    start = transaction.savepoint() if dry_run else None
    importer = Importer(directory, report)
    by_kind = _classify(rows, report)
    for line, row in _organisations_in_order(by_kind["organisation"]):
        importer.safe_import_row(line, "organisation", row)
    for kind in ("person", "position"):
        for line, row in by_kind[kind]:
            importer.safe_import_row(line, kind, row)
    if start is not None:
        start.rollback()
    report.sort()
    return report
