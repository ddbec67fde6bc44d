"""Dashboard rows built from catalog brains only (no object is woken up).

A ``RowBuilder`` lives for one request and caches what many rows share:
titles of UIDs (services, and what the columns look up: one catalog query
for all the UIDs of a page), agent full names, type and state titles.
``rows(brains, columns)`` adds to each row the ``cells`` of the list's
columns (``ia.core.dashboard.columns``), computed column by column over the
whole page.
"""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from ia.core.times import to_local
from plone import api
from zope.i18n import translate


def _missing(value):
    return value is None or value == "" or type(value).__name__ == "Missing"


def as_date(value):
    """A ``datetime.date`` from a metadata value (DateTime, datetime, date, text)."""
    if _missing(value):
        return None
    if isinstance(value, DateTime):
        return value.asdatetime().date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return DateTime(str(value)).asdatetime().date()
    except Exception:
        return None


def as_datetime(value):
    """An aware datetime in the site's zone (Europe/Brussels), as every page
    of the suite shows times (``ia.core.times``)."""
    if _missing(value):
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        return value  # a wall-clock time already (e.g. a meeting's start)
    if isinstance(value, (DateTime, datetime)):
        return to_local(value)
    return None


def _list(value):
    if _missing(value):
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


class RowBuilder:
    def __init__(self, request):
        self.request = request
        self.portal = api.portal.get()
        self.catalog = api.portal.get_tool("portal_catalog")
        self.workflow = api.portal.get_tool("portal_workflow")
        self.types = api.portal.get_tool("portal_types")
        self._services = {}
        self._agents = {}
        self._types = {}
        self._states = {}
        self.today = date.today()

    def _translate(self, msgid, domain="plone"):
        return translate(msgid, domain=domain, context=self.request)

    def titles(self, uids):
        """{uid: title} of ``uids``: the ones not looked up yet in ONE catalog
        query (unknown UIDs keep the UID as title)."""
        uids = set(uids)
        wanted = uids - set(self._services)
        if wanted:
            for brain in self.catalog.unrestrictedSearchResults(UID=sorted(wanted)):
                self._services[brain.UID] = brain.Title
            for uid in wanted:
                self._services.setdefault(uid, uid)
        return {uid: self._services[uid] for uid in uids}

    def prefetch_services(self, brains):
        """Load the titles of every service of a page with one catalog query."""
        wanted = set()
        for brain in brains:
            wanted.update(_list(getattr(brain, "ia_responsible_services", None)))
            wanted.update(_list(getattr(brain, "ia_copy_services", None)))
        self.titles(wanted)

    def service_title(self, uid):
        if uid not in self._services:
            brains = self.catalog.unrestrictedSearchResults(UID=uid)
            self._services[uid] = brains[0].Title if brains else uid
        return self._services[uid]

    def agent_name(self, userid):
        if not userid:
            return ""
        if userid not in self._agents:
            user = api.user.get(userid=userid)
            fullname = user.getProperty("fullname", "") if user is not None else ""
            self._agents[userid] = fullname or userid
        return self._agents[userid]

    def type_title(self, portal_type):
        if portal_type not in self._types:
            fti = self.types.getTypeInfo(portal_type)
            title = fti.Title() if fti is not None else portal_type
            self._types[portal_type] = self._translate(
                title, getattr(fti, "i18n_domain", "plone") or "plone"
            )
        return self._types[portal_type]

    def state_title(self, state, portal_type):
        key = (state, portal_type)
        if key not in self._states:
            title = (
                self.workflow.getTitleForStateOnType(state, portal_type)
                if state
                else ""
            )
            self._states[key] = self._translate(title) if title else ""
        return self._states[key]

    def row(self, brain):
        due = as_date(getattr(brain, "ia_due_date", None))
        state = getattr(brain, "review_state", "") or ""
        services = _list(getattr(brain, "ia_responsible_services", None))
        agent = getattr(brain, "ia_assigned_agent", None)
        agent = "" if _missing(agent) else agent
        reference = getattr(brain, "ia_reference", None)
        return {
            "uid": brain.UID,
            "url": brain.getURL(),
            "title": brain.Title or brain.getId,
            "description": brain.Description or "",
            "reference": "" if _missing(reference) else reference,
            "portal_type": brain.portal_type,
            "type_title": self.type_title(brain.portal_type),
            "review_state": state,
            "state_title": self.state_title(state, brain.portal_type),
            "services": [
                {"uid": uid, "title": self.service_title(uid)} for uid in services
            ],
            "agent": agent,
            "agent_fullname": self.agent_name(agent),
            "due_date": due,
            "overdue": bool(
                due and due < self.today and getattr(brain, "ia_final", None) is False
            ),
            "modified": as_datetime(brain.modified),
        }

    def rows(self, brains, columns=()):
        """The rows of a page; ``columns`` (IDashboardColumn) fill each
        row's ``cells`` ({column id: display value})."""
        brains = list(brains)
        self.prefetch_services(brains)
        rows = [self.row(brain) for brain in brains]
        for row in rows:
            row["cells"] = {}
        for column in columns:
            for row, cell in zip(rows, column.cells(brains, self), strict=True):
                row["cells"][column.id] = cell
        return rows
