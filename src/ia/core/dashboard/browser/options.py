"""The options of the dashboard's filters, computed for the active list.

Mixed into the dashboard views (``view.py``, ``folder.py``): they need
``self.active``, ``self.userid`` and ``self.request``.
"""

from ia.core.dashboard import facets
from ia.core.dashboard import principal
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.vocabularies import READER_ROLES
from plone import api
from zope.i18n import translate


class FilterOptions:
    def filter_value(self, name):
        value = self.request.form.get(name) or ""
        return value if isinstance(value, str) else ""

    def _base_query(self):
        return self.active.query(self.userid) if self.active is not None else None

    def list_types(self):
        """The dashboard types that the active list holds (one count each):
        the type filter offers only these (no items on a mail-only list)."""
        if getattr(self, "_list_types", None) is None:
            query = self._base_query()
            self._list_types = []
            if query is not None:
                catalog = api.portal.get_tool("portal_catalog")
                wanted = query.get("portal_type")
                wanted = [wanted] if isinstance(wanted, str) else wanted
                for name in sorted(facets.dashboard_types()):
                    if wanted and name not in wanted:
                        continue
                    found = catalog.searchResults(**dict(query, portal_type=name))
                    if getattr(found, "actual_result_count", len(found)):
                        self._list_types.append(name)
        return self._list_types

    def type_options(self):
        types = api.portal.get_tool("portal_types")
        selected = self.filter_value("portal_type")
        return [
            {
                "value": name,
                "title": translate(
                    types[name].Title(),
                    domain=facets.product_of(types[name]),
                    context=self.request,
                ),
                "selected": name == selected,
            }
            for name in self.list_types()
        ]

    def product_options(self):
        types = facets.dashboard_types()
        present = {facets.product_of(types[name]) for name in self.list_types()}
        selected = self.filter_value("product")
        return [
            {"value": name, "title": title, "selected": name == selected}
            for name, title in facets.products(self.request)
            if name in present or name == selected
        ]

    def state_groups(self):
        """The states of the workflows of the list's types, one group per
        workflow, each state with its own workflow's title."""
        selected = set(self.request.form.get("state") or ())
        if isinstance(self.request.form.get("state"), str):
            selected = {self.request.form["state"]}
        types = self.list_types()
        wanted_type = self.filter_value("portal_type")
        if wanted_type in types:
            types = [wanted_type]
        groups = facets.state_groups(types, self.request)
        for group in groups:
            group["options"] = [
                {"value": value, "title": title, "selected": value in selected}
                for value, title in group["states"]
            ]
        return groups

    def service_options(self):
        selected = self.filter_value("service")
        builder = self._row_builder()
        if getattr(getattr(self, "active", None), "all_services", False):
            # a list over the whole municipality (e.g. every PST action)
            uids = [row.uid for row in orgchart.get_services(active_only=True)]
        else:
            uids = principal.services_of_user(self.userid)
        return [
            {
                "value": uid,
                "title": builder.service_title(uid),
                "selected": uid == selected,
            }
            for uid in uids
        ]

    def agent_options(self):
        """The people of my services who may hold a document (not readers)."""
        readers = {f.id for f in orgchart.get_functions() if f.role in READER_ROLES}
        userids = set()
        for uid in principal.services_of_user(self.userid):
            for function_id, members in orgchart.members(uid).items():
                if function_id not in readers:
                    userids.update(members)
        selected = self.filter_value("agent")
        builder = self._row_builder()
        options = [
            {
                "value": userid,
                "title": builder.agent_name(userid),
                "selected": userid == selected,
            }
            for userid in userids
        ]
        return sorted(options, key=lambda option: option["title"].lower())

    def _row_builder(self):
        from ia.core.dashboard.rows import RowBuilder

        if getattr(self, "_builder", None) is None:
            self._builder = RowBuilder(self.request)
        return self._builder
