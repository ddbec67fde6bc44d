"""``@@ia-dashboard``: the landing page of a civil servant."""

from ia.core import _
from ia.core.dashboard import query as dashboard_query
from ia.core.dashboard.browser.options import FilterOptions
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.lists import CORE_LISTS
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.registry import group_of
from ia.core.dashboard.registry import lists_for_user
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.transitions import apply_transition
from ia.core.dashboard.transitions import check_uids
from ia.core.dashboard.transitions import common_transitions
from ia.core.views.batch import report
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
    "state",
    "service",
    "agent",
    "product",
    "created_from",
    "created_to",
    "sort_on",
    "sort_order",
    "b_size",
)


class DashboardView(FilterOptions, BrowserView):
    """One dashboard across products: one tab per core list (to treat, to
    validate, of my services, in copy, overdue, recent), the products' own
    lists as sub-lists of their tab, faceted filters (product, type, state
    of each workflow, service, agent, dates), a sortable, batched table with
    select-all and a batch-action bar (two-step batch transition, the
    list's own batch actions)."""

    error = None
    results = None
    selected = ()
    transitions = ()
    show_tabs = True

    def __call__(self):
        self.userid = api.user.get_current().getId()
        self._setup_lists()
        form = self.request.form
        if form.get("form.buttons.prepare") or form.get("form.buttons.apply"):
            self._handle_batch(form)
        self._load_rows()
        return self.index()

    # lists and rows

    def _setup_lists(self):
        self.lists = lists_for_user(self.userid)
        self.by_id = {dlist.id: dlist for dlist, _query in self.lists}
        self.active = self._active_list()

    def _active_list(self):
        form = self.request.form
        wanted = self.by_id.get(form.get("list"))
        if wanted is not None:
            target = self.by_id.get(getattr(wanted, "alias_of", None) or "")
            if target is None:
                return wanted
            # A deprecated near-duplicate: its core list, on its product.
            if wanted.product and not form.get("product"):
                form["product"] = wanted.product
            form["list"] = target.id
            return target
        for dlist, _query in self.lists:
            if getattr(dlist, "landing", False):
                return dlist
        tabs = self._tab_lists()
        return tabs[0][1][0] if tabs else None

    def _tab_lists(self):
        """[(core list id, [lists of the tab, the core one first])]."""
        groups = {}
        for dlist, _query in self.lists:
            if getattr(dlist, "alias_of", None) in self.by_id:
                continue
            groups.setdefault(group_of(dlist), []).append(dlist)
        result = []
        for core_id in CORE_LISTS:
            members = groups.get(core_id)
            if members:
                members.sort(key=lambda d: (d.id != core_id, d.order, d.id))
                result.append((core_id, members))
        return result

    def _count(self, dlist):
        if dlist.id not in self._counts:
            self._counts[dlist.id] = dashboard_query.count(dlist, self.userid)
        return self._counts[dlist.id]

    def tabs(self):
        self._counts = getattr(self, "_counts", {})
        active_group = group_of(self.active) if self.active is not None else None
        result = []
        for core_id, members in self._tab_lists():
            head = members[0]
            result.append(
                {
                    "id": core_id,
                    "title": head.title,
                    "count": self._count(head),
                    "url": self.url(list=head.id, keep=False),
                    "active": core_id == active_group,
                }
            )
        return result

    def sublists(self):
        """The lists of the active tab (shown when it has more than one)."""
        self._counts = getattr(self, "_counts", {})
        if self.active is None:
            return []
        active_group = group_of(self.active)
        for core_id, members in self._tab_lists():
            if core_id != active_group or len(members) < 2:
                continue
            return [
                {
                    "id": dlist.id,
                    "title": dlist.title,
                    "count": self._count(dlist),
                    "url": self.url(list=dlist.id, keep=False),
                    "active": dlist is self.active,
                    "all": dlist.id == core_id,
                }
                for dlist in members
            ]
        return []

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
        report(results, self.request)
