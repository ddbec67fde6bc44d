"""GET ``@ia-dashboard`` and ``@ia-dashboard/<list id>``."""

from ia.core.dashboard import query as dashboard_query
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.registry import group_of
from ia.core.dashboard.registry import lists_for_user
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.services.dashboard.base import DashboardService
from ia.core.dashboard.services.dashboard.base import columns_to_json
from ia.core.dashboard.services.dashboard.base import row_to_json
from ia.core.rest import BadRequestBody
from plone.batching import Batch
from plone.restapi.batching import HypermediaBatch
from zope.i18n import translate


class DashboardGet(DashboardService):
    def answer(self):
        if not self.params:
            return self.reply_lists()
        if len(self.params) == 1:
            return self.reply_items(self.params[0])
        raise self.not_found("/".join(self.params))

    def reply_lists(self):
        userid = self.userid
        items = []
        for dlist, _query in lists_for_user(userid):
            items.append(
                {
                    "@id": f"{self.endpoint_url}/{dlist.id}",
                    "id": dlist.id,
                    "title": translate(dlist.title, context=self.request),
                    "order": dlist.order,
                    # The core list (tab) it sits under; deprecated aliases
                    # name the core list that replaces them.
                    "group": group_of(dlist),
                    "alias_of": getattr(dlist, "alias_of", None),
                    "product": getattr(dlist, "product", None),
                    "columns": columns_to_json(dlist, self.request),
                    "items_total": dashboard_query.count(dlist, userid),
                }
            )
        return {"@id": self.endpoint_url, "items": items, "items_total": len(items)}

    def reply_items(self, list_id):
        dlist = self.get_list(list_id)
        try:
            params = dashboard_query.ListParams.from_form(self.request.form, dlist)
        except dashboard_query.InvalidParameter as exc:
            raise BadRequestBody(exc.message) from None
        userid = self.userid
        applies = dlist.query(userid) is not None
        results = dashboard_query.search(dlist, userid, params)
        batch = HypermediaBatch(self.request, results)
        # HypermediaBatch reads b_start/b_size from the form too; keep ours.
        batch.b_start, batch.b_size = params.b_start, params.b_size
        batch.batch = Batch(results, params.b_size, params.b_start)
        columns = columns_of(dlist)
        rows = RowBuilder(self.request).rows(batch.batch, columns)
        sort_on, sort_order = dashboard_query.effective_sort(dlist, params)
        data = {
            "@id": batch.canonical_url,
            "id": dlist.id,
            "title": translate(dlist.title, context=self.request),
            "applies": applies,
            "columns": columns_to_json(dlist, self.request),
            "sort_on": sort_on,
            "sort_order": sort_order,
            "items_total": batch.items_total,
            "items": [row_to_json(row) for row in rows],
        }
        links = batch.links
        if links:
            data["batching"] = links
        return data
