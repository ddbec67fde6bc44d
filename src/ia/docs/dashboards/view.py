"""``@@ia-mail-assign``: the batch "Assigner à…" of the dashboard's mail lists.

Step 1 (from the dashboard's selection, ``uids:list``): choose an agent among
the members of the selected mails' treating services. Step 2 (*Assigner*):
assign, then show one result per mail. The steps, CSRF and reporting are
the core's ``BatchActionView``.
"""

from ia.core.views.batch import BatchActionView
from ia.docs.dashboards.assign import agent_choices
from ia.docs.dashboards.assign import assign


class AssignView(BatchActionView):
    apply_button = "form.buttons.assign"
    dashboard_list = "mail_to_assign"
    choices = ()

    @property
    def mails(self):
        return self.items

    def prepare(self, items):
        self.choices = agent_choices(items)

    def apply(self, uids, form):
        return assign(
            uids,
            form.get("agent"),
            form.get("comment") or "",
            request=self.request,
        )
