"""From request parameters to one catalog query.

``ListParams.from_form`` checks what a user (or a REST client) sends and
raises ``InvalidParameter`` with a translatable message; ``search`` runs the
list's query narrowed by the filters, sorted and batched by the catalog.
"""

from dataclasses import dataclass
from dataclasses import field
from DateTime import DateTime
from datetime import date
from ia.core import _
from ia.core.dashboard import columns
from ia.core.dashboard import facets
from ia.core.dashboard.sorting import sorted_search
from plone import api


class InvalidParameter(ValueError):
    """A parameter is malformed; ``message`` is a message id of ia.core."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


SORT_ORDERS = {
    "ascending": "ascending",
    "descending": "descending",
    "reverse": "descending",
}
# A value no document is indexed under: an empty intersection of filters.
NOTHING = "\x00"
FILTERS = {
    "portal_type": "portal_type",
    "review_state": "review_state",
    "service": "ia_responsible_services",
    "agent": "ia_assigned_agent",
}
# Filters that are not one index each (facets.py): the product (its types),
# a workflow's state ("<workflow>:<state>": the state and the workflow's
# types) and a range of creation dates (YYYY-MM-DD, both ends included).
DATE_FILTERS = ("created_from", "created_to")


def _setting(name, default):
    return api.portal.get_registry_record(f"ia.core.dashboard.{name}", default=default)


def _int(form, name, default, minimum, maximum):
    raw = form.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise InvalidParameter(
            _("Parameter ${name} must be a whole number.", mapping={"name": name})
        ) from None
    if not minimum <= value <= maximum:
        raise InvalidParameter(
            _(
                "Parameter ${name} must be between ${min} and ${max}.",
                mapping={"name": name, "min": minimum, "max": maximum},
            )
        )
    return value


def _values(form, name):
    raw = form.get(name)
    if raw in (None, "", []):
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, (list, tuple)) or not all(
        isinstance(value, str) for value in raw
    ):
        raise InvalidParameter(
            _("Parameter ${name} must be text.", mapping={"name": name})
        )
    return [value for value in raw if value]


@dataclass
class ListParams:
    b_start: int = 0
    b_size: int = 50
    sort_on: str = ""
    sort_order: str = ""
    text: str = ""
    filters: dict = field(default_factory=dict)
    product: str = ""
    states: list = field(default_factory=list)
    dates: dict = field(default_factory=dict)

    @classmethod
    def from_form(cls, form, dlist=None):
        """Checked parameters; with ``dlist``, ``sort_on`` must be one of its
        sortable columns (else any registered sortable column)."""
        max_size = int(_setting("max_page_size", 200) or 200)
        params = cls(
            b_start=_int(form, "b_start", 0, 0, 10**9),
            b_size=_int(
                form, "b_size", int(_setting("page_size", 50) or 50), 1, max_size
            ),
        )
        sort_on = form.get("sort_on") or ""
        choices = columns.sortable_columns(dlist)
        if sort_on and (not isinstance(sort_on, str) or sort_on not in choices):
            raise InvalidParameter(
                _(
                    "Cannot sort on ${name}: choose one of ${choices}.",
                    mapping={"name": str(sort_on), "choices": ", ".join(choices)},
                )
            )
        params.sort_on = sort_on
        sort_order = form.get("sort_order") or ""
        if sort_order and sort_order not in SORT_ORDERS:
            raise InvalidParameter(
                _("Parameter sort_order must be ascending or descending.")
            )
        params.sort_order = SORT_ORDERS.get(sort_order, "")
        text = form.get("SearchableText") or ""
        if not isinstance(text, str):
            raise InvalidParameter(
                _("Parameter ${name} must be text.", mapping={"name": "SearchableText"})
            )
        params.text = text.strip()
        for name in FILTERS:
            values = _values(form, name)
            if values:
                params.filters[name] = values
        product = _values(form, "product")
        params.product = product[0] if product else ""
        params.states = _values(form, "state")
        for name in DATE_FILTERS:
            values = _values(form, name)
            if values:
                params.dates[name] = _date(name, values[0])
        return params


def _date(name, value):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidParameter(
            _(
                "Parameter ${name} must be a date (YYYY-MM-DD).",
                mapping={"name": name},
            )
        ) from None


def _narrow(query, index, values):
    """Add ``index in values`` to a query that may already constrain it."""
    current = query.get(index)
    if current is None:
        query[index] = values
        return
    if isinstance(current, dict) and set(current) == {"not"}:
        query[index] = [value for value in values if value not in current["not"]]
    elif isinstance(current, dict):
        # A range or an operator we do not combine: filter on top by intersection.
        query[index] = dict(current, query=values)
    else:
        current = [current] if isinstance(current, str) else list(current)
        query[index] = [value for value in values if value in current]
    if query[index] == []:
        query[index] = [NOTHING]


def _searchable(text):
    words = [word for word in text.split() if word]
    # A prefix search on the last word, as Plone's live search does.
    return " ".join(words[:-1] + [words[-1] + "*"]) if words else ""


def _narrow_facets(query, params):
    """Product, workflow states and creation dates (see ``facets``)."""
    if params.product:
        _narrow(query, "portal_type", facets.types_of_product(params.product))
    if params.states:
        states, types = [], set()
        for value in params.states:
            workflow_id, state = facets.parse_state(value)
            states.append(state)
            if workflow_id:
                types.update(facets.types_of_workflow(workflow_id))
        _narrow(query, "review_state", states)
        if types:
            _narrow(query, "portal_type", sorted(types))
    if params.dates:
        query["created"] = _created_range(params.dates)


def _created_range(dates):
    start, end = dates.get("created_from"), dates.get("created_to")
    low = DateTime(f"{start.isoformat()} 00:00:00") if start else None
    high = DateTime(f"{end.isoformat()} 23:59:59") if end else None
    if low is not None and high is not None:
        return {"query": [low, high], "range": "min:max"}
    if low is not None:
        return {"query": low, "range": "min"}
    return {"query": high, "range": "max"}


def build_query(dlist, userid, params):
    """The full catalog query of a list for a user, or None if it does not apply."""
    base = dlist.query(userid)
    if base is None:
        return None
    query = dict(base)
    for name, values in params.filters.items():
        _narrow(query, FILTERS[name], values)
    _narrow_facets(query, params)
    if params.text:
        query["SearchableText"] = _searchable(params.text)
    return query


def search(dlist, userid, params):
    """A batch of brains (a lazy sequence knowing ``actual_result_count``)."""
    query = build_query(dlist, userid, params)
    if query is None:
        return []
    sort_on, sort_order = effective_sort(dlist, params)
    return sorted_search(
        query, columns.sort_index(sort_on), sort_order, params.b_start, params.b_size
    )


def count(dlist, userid):
    """How many documents the list holds for this user (no sort, no batch)."""
    query = dlist.query(userid)
    if query is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    results = catalog.searchResults(**query)
    return getattr(results, "actual_result_count", len(results))


def effective_sort(dlist, params):
    """(column, order): the asked column (ascending unless told), else the default."""
    if params.sort_on:
        return params.sort_on, params.sort_order or "ascending"
    return dlist.default_sort[0], params.sort_order or dlist.default_sort[1]
