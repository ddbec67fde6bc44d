"""``@@ia-pst-health``: the batch "Changer la santé…" of the PST lists.

Step 1 (from the dashboard's selection, ``uids:list``): choose the health
and its details. Step 2 (*Appliquer*): change, then one result per item.
The steps, CSRF and reporting are the core's ``BatchActionView``.
"""

from ia.core.views.batch import BatchActionView
from ia.pst.dashboards.health import set_health
from ia.pst.vocabularies import HEALTH_TITLES
from zope.i18n import translate


class HealthView(BatchActionView):
    apply_button = "form.buttons.apply"
    dashboard_list = "pst_at_risk"

    def apply(self, uids, form):
        return set_health(
            uids,
            form.get("health"),
            form.get("details") or "",
            request=self.request,
        )

    def choices(self):
        return [
            (key, translate(title, context=self.request))
            for key, title in HEALTH_TITLES.items()
        ]
