"""Import of budget articles into the actions' budget lines.

The accounting exports its budget articles as a CSV file (semicolon or comma
separated, UTF-8) with a header line and the columns::

    reference;article;type;year;amount
    A.3;879/725-60;extraordinary_expense;2026;125000,00

``reference`` is the action's (or sub-action's) PST reference, ``type`` a
budget type id (``ia.pst.budget_types``). A line whose (article, year) the
action already has updates its amount and type; otherwise it is added.
Every line is checked before anything is written: one bad line refuses the
whole file with the line number and the reason (``EcomptesError``).
"""

from ia.core.registrylines import registry_pairs
from ia.pst import _
from ia.pst.content import WORK
from ia.pst.ecomptes.errors import EcomptesError
from plone import api
from zope.event import notify
from zope.i18nmessageid import Message
from zope.lifecycleevent import ObjectModifiedEvent
import csv
import io


COLUMNS = ("reference", "article", "type", "year", "amount")


REASONS = {
    "reference": _(
        "Budget articles, line ${line}: ${value} is not an action of this programme."
    ),
    "type": _("Budget articles, line ${line}: ${value} is not a known budget type."),
    "number": _(
        "Budget articles, line ${line}: the year and the amount must be numbers."
    ),
    "range": _("Budget articles, line ${line}: year out of range or negative amount."),
    "article": _("Budget articles, line ${line}: the budget article is missing."),
    "permission": _(
        "Budget articles, line ${line}: you may not change the budget of ${value}."
    ),
}


def _refuse(line, reason, value=""):
    mapping = {"line": line, "value": value}
    raise EcomptesError(Message(REASONS[reason], mapping=mapping))


def _rows(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EcomptesError(_("The budget articles file must be UTF-8 text.")) from None
    delimiter = ";" if ";" in text.split("\n", 1)[0] else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    fields = [name.strip().lower() for name in reader.fieldnames or ()]
    if tuple(fields) != COLUMNS:
        raise EcomptesError(
            _(
                "The first line must name the columns: ${columns}.",
                mapping={"columns": ";".join(COLUMNS)},
            )
        )
    reader.fieldnames = fields
    return list(reader)


def _items_by_reference(programme) -> dict:
    path = "/".join(programme.getPhysicalPath())
    catalog = api.portal.get_tool("portal_catalog")
    return {
        brain.ia_pst_reference: brain.getObject()
        for brain in catalog.searchResults(portal_type=list(WORK), path=path)
    }


def _amount(text):
    return float(text.strip().replace(" ", "").replace("\u202f", "").replace(",", "."))


def _check_row(number, row, items, types):
    reference = (row["reference"] or "").strip()
    if reference not in items:
        _refuse(number, "reference", reference)
    budget_type = (row["type"] or "").strip()
    if budget_type not in types:
        _refuse(number, "type", budget_type)
    try:
        year = int(row["year"])
        amount = _amount(row["amount"])
    except (TypeError, ValueError, AttributeError):
        _refuse(number, "number")
    if not 1990 <= year <= 2100 or amount < 0:
        _refuse(number, "range")
    article = (row["article"] or "").strip()
    if not article:
        _refuse(number, "article")
    if not api.user.has_permission("Modify portal content", obj=items[reference]):
        _refuse(number, "permission", reference)
    return reference, article, budget_type, year, amount


def _check(rows, items, types):
    return [
        _check_row(number, row, items, types)
        for number, row in enumerate(rows, start=2)
    ]


def _merge(lines, article, budget_type, year, amount):
    for line in lines:
        if line.get("article") == article and line.get("year") == year:
            line.update(budget_type=budget_type, amount=amount)
            return
    lines.append(
        {"budget_type": budget_type, "year": year, "amount": amount, "article": article}
    )


def import_articles(programme, data: bytes) -> int:
    """Merge the file's articles into the actions; returns how many lines."""
    rows = _rows(data)
    items = _items_by_reference(programme)
    types = {key for key, _title in registry_pairs("ia.pst.budget_types")}
    checked = _check(rows, items, types)
    changed = {}
    for reference, article, budget_type, year, amount in checked:
        item = items[reference]
        if reference not in changed:
            item.budget_lines = [dict(line) for line in item.budget_lines or ()]
            changed[reference] = item
        _merge(item.budget_lines, article, budget_type, year, amount)
    for item in changed.values():
        notify(ObjectModifiedEvent(item))
    return len(checked)
