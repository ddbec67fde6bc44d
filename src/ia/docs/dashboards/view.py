"""``@@ia-mail-assign``: the batch "Assigner à…" of the dashboard's mail lists.

Step 1 (from the dashboard's selection, ``uids:list``): choose an agent among
the members of the selected mails' treating services. Step 2 (*Assigner*):
assign, then show one result per mail. Both POST steps check the
``plone.protect`` authenticator.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import check_uids
from ia.docs.dashboards.assign import agent_choices
from ia.docs.dashboards.assign import assign
from ia.docs.dashboards.assign import selected_mails
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect import PostOnly
from Products.Five.browser import BrowserView
from zope.i18n import translate


class AssignView(BrowserView):
    error = None
    results = ()
    mails = ()
    choices = ()

    def __call__(self):
        form = self.request.form
        if form.get("form.buttons.assign") or form.get("form.buttons.batch_action"):
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
        self.uids = uids
        found = selected_mails(uids)
        self.mails = [found[uid] for uid in uids if uid in found]
        self.choices = agent_choices(self.mails)
        if not form.get("form.buttons.assign"):
            return
        try:
            self.results = assign(
                uids,
                form.get("agent"),
                form.get("comment") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            self.error = translate(exc.message, context=self.request)

    def dashboard_url(self):
        return f"{api.portal.get().absolute_url()}/@@ia-dashboard?list=mail_to_assign"
