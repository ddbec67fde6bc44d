"""``@@ia-pst-health``: the batch "Changer la santé…" of the PST lists.

Step 1 (from the dashboard's selection, ``uids:list``): choose the health
and its details. Step 2 (*Appliquer*): change, then one result per item.
Both POST steps check the ``plone.protect`` authenticator.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import check_uids
from ia.pst.dashboards.health import selected
from ia.pst.dashboards.health import set_health
from ia.pst.vocabularies import HEALTH_TITLES
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect import PostOnly
from Products.Five.browser import BrowserView
from zope.i18n import translate


class HealthView(BrowserView):
    error = None
    results = ()
    items = ()

    def __call__(self):
        form = self.request.form
        if form.get("form.buttons.apply") or form.get("form.buttons.batch_action"):
            PostOnly(self.request)
            CheckAuthenticator(self.request)
            self._handle(form)
        return self.index()

    def _handle(self, form):
        try:
            uids = check_uids(form.get("uids") or [])
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)
            return
        found = selected(uids)
        self.items = [found[uid] for uid in uids if uid in found]
        if not form.get("form.buttons.apply"):
            return
        try:
            self.results = set_health(
                uids,
                form.get("health"),
                form.get("details") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)

    def choices(self):
        return [
            (key, translate(title, context=self.request))
            for key, title in HEALTH_TITLES.items()
        ]

    def dashboard_url(self):
        return f"{api.portal.get().absolute_url()}/@@ia-dashboard?list=pst_at_risk"
