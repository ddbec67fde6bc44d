"""``@@ia-dashboard``: the landing page of a civil servant."""

from ia.core import _
from ia.core.dashboard import principal
from ia.core.dashboard import query as dashboard_query
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.registry import lists_for_user
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.transitions import apply_transition
from ia.core.dashboard.transitions import check_uids
from ia.core.dashboard.transitions import common_transitions
from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from plone.protect import PostOnly
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate


KEPT_PARAMS = (
    "list",
    "SearchableText",
    "portal_type",
    "review_state",
    "service",
    "sort_on",
    "sort_order",
    "b_size",
)


class DashboardView(BrowserView):
    """Tabs (one per list, with counts), a filterable, sortable, batched table
    and a two-step batch transition form (choose rows, then a transition)."""

    error = None
    results = None
    selected = ()
    transitions = ()

    def __call__(self):
        self.userid = api.user.get_current().getId()
        self.lists = lists_for_user(self.userid)
        self.active = self._active_list()
        form = self.request.form
        if form.get("form.buttons.prepare") or form.get("form.buttons.apply"):
            self._handle_batch(form)
        self._load_rows()
        return self.index()

    # lists and rows

    def _active_list(self):
        wanted = self.request.form.get("list")
        for dlist, _query in self.lists:
            if dlist.id == wanted:
                return dlist
        return self.lists[0][0] if self.lists else None

    def tabs(self):
        return [
            {
                "id": dlist.id,
                "title": dlist.title,
                "count": dashboard_query.count(dlist, self.userid),
                "url": self.url(list=dlist.id, keep=False),
                "active": dlist is self.active,
            }
            for dlist, _query in self.lists
        ]

    def _load_rows(self):
        self.rows = []
        self.batch = None
        self.active_columns = []
        if self.active is None:
            return
        # An unknown column id of the list raises UnknownColumn here.
        self.active_columns = columns_of(self.active)
        try:
            self.params = dashboard_query.ListParams.from_form(
                self.request.form, self.active
            )
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)
            self.params = dashboard_query.ListParams.from_form({}, self.active)
        results = dashboard_query.search(self.active, self.userid, self.params)
        self.batch = Batch(results, self.params.b_size, self.params.b_start)
        self.rows = RowBuilder(self.request).rows(self.batch, self.active_columns)

    # URLs

    def base_url(self):
        return f"{self.context.absolute_url()}/@@ia-dashboard"

    def url(self, keep=True, **changes):
        params = {}
        if keep:
            for name in KEPT_PARAMS:
                value = self.request.form.get(name)
                if value not in (None, "", []):
                    params[name] = value
        params.update(
            {key: value for key, value in changes.items() if value is not None}
        )
        return f"{self.base_url()}?{urlencode(params, doseq=True)}"

    def columns(self):
        """Header cells of the active list's columns (computed once)."""
        if getattr(self, "_columns", None) is None:
            self._columns = self._header()
        return self._columns

    def _header(self):
        sort_on, sort_order = dashboard_query.effective_sort(self.active, self.params)
        result = []
        for column in self.active_columns:
            index = column.sort_index
            current = column.id == sort_on
            next_order = (
                "descending" if current and sort_order == "ascending" else "ascending"
            )
            result.append(
                {
                    "id": column.id,
                    "title": translate(column.title, context=self.request),
                    "widget": column.widget,
                    "sortable": bool(index),
                    "sort_url": self.url(
                        sort_on=column.id, sort_order=next_order, b_start=0
                    )
                    if index
                    else None,
                    "aria_sort": (sort_order if current else "none"),
                    "current": current,
                }
            )
        return result

    def batch_actions(self):
        """The active list's own batch actions: ``batch_actions`` is a sequence
        of (path from the site root, title); the selection is posted there."""
        portal_url = api.portal.get().absolute_url()
        return [
            {
                "url": f"{portal_url}/{path}",
                "title": translate(title, context=self.request),
            }
            for path, title in getattr(self.active, "batch_actions", ())
        ]

    def page_url(self, start):
        return self.url(b_start=start)

    def pages(self):
        if self.batch is None or self.batch.lastpage <= 1:
            return []
        size = self.params.b_size
        return [
            {
                "number": number,
                "url": self.page_url((number - 1) * size),
                "current": number == self.batch.pagenumber,
            }
            for number in self.batch.navlist
        ]

    # filters

    def filter_value(self, name):
        value = self.request.form.get(name) or ""
        return value if isinstance(value, str) else ""

    def type_options(self):
        types = api.portal.get_tool("portal_types")
        selected = self.filter_value("portal_type")
        catalog = api.portal.get_tool("portal_catalog")
        used = catalog.uniqueValuesFor("portal_type")
        return [
            {
                "value": name,
                "title": translate(types[name].Title(), context=self.request),
                "selected": name == selected,
            }
            for name in sorted(used)
            # Only the types whose documents can be on a dashboard.
            if name in types
            and "ia.responsible" in getattr(types[name], "behaviors", ())
        ]

    def state_options(self):
        workflow = api.portal.get_tool("portal_workflow")
        selected = self.filter_value("review_state")
        catalog = api.portal.get_tool("portal_catalog")
        titles = {}
        for wf in workflow.objectValues():
            states = getattr(wf, "states", None)
            for state in states.objectValues() if states is not None else ():
                titles.setdefault(state.getId(), state.title or state.getId())
        used = set(catalog.uniqueValuesFor("review_state"))
        return [
            {
                "value": state,
                "title": translate(
                    titles.get(state, state), domain="plone", context=self.request
                ),
                "selected": state == selected,
            }
            for state in sorted(used)
        ]

    def service_options(self):
        selected = self.filter_value("service")
        builder = RowBuilder(self.request)
        return [
            {
                "value": uid,
                "title": builder.service_title(uid),
                "selected": uid == selected,
            }
            for uid in principal.services_of_user(self.userid)
        ]

    # batch transitions

    def _handle_batch(self, form):
        PostOnly(self.request)
        CheckAuthenticator(self.request)
        uids = form.get("uids") or []
        try:
            if form.get("form.buttons.apply"):
                self.results = apply_transition(
                    uids,
                    form.get("transition") or "",
                    form.get("comment") or "",
                    request=self.request,
                )
                self._report(self.results)
            else:
                self.selected = self._selected_brains(uids)
                self.transitions = common_transitions(uids, request=self.request)
                if not self.transitions:
                    self.error = translate(
                        _("No transition is allowed on all the selected documents."),
                        context=self.request,
                    )
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)

    def _selected_brains(self, uids):
        """Brains of the selected documents, recalled on the confirmation step."""
        catalog = api.portal.get_tool("portal_catalog")
        return list(catalog.searchResults(UID=check_uids(uids)))

    def _report(self, results):
        done = sum(1 for result in results if result.success)
        refused = len(results) - done
        api.portal.show_message(
            _(
                "${done} document(s) changed, ${refused} refused.",
                mapping={"done": done, "refused": refused},
            ),
            request=self.request,
            type="info" if not refused else "warning",
        )
