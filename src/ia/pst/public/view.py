"""``@@pst-public``: the published part of a programme, for citizens.

What the college chose to publish (the programme's and each item's
*Publié pour les citoyens*), with a progress bar per objective and action
and three charts (progress by strategic objective, health of the actions,
budget per year), each with a table of the same figures. One catalog query
builds the page (``tree.programme_tree``); it is cacheable by proxies
(``Cache-Control: public``) for ``MAX_AGE`` seconds.
"""

from ia.pst import _
from ia.pst.content import WORK
from ia.pst.formatting import money
from ia.pst.public.charts import HEALTH_COLOURS
from ia.pst.public.charts import bar_chart
from ia.pst.tree import programme_tree
from ia.pst.tree import walk
from ia.pst.vocabularies import HEALTH_TITLES
from plone import api
from Products.Five.browser import BrowserView
from zExceptions import NotFound
from zope.i18n import translate


MAX_AGE = 300


class PublicView(BrowserView):
    money = staticmethod(money)

    def __call__(self):
        if not self.context.public:
            raise NotFound(self.context.getId())
        self.tree = programme_tree(self.context, public_only=True)
        response = self.request.response
        response.setHeader("Cache-Control", f"public, max-age={MAX_AGE}")
        response.setHeader("Vary", "Accept-Language")
        return self.index()

    def own_title(self):
        """The page's ``<title>`` when Plone's title viewlet does not render
        it (a citizen may not View the programme itself: WCAG 2.4.2)."""
        if api.user.has_permission("View", obj=self.context):
            return None
        site = api.portal.get_registry_record("plone.site_title", default="")
        return " — ".join(t for t in (self.context.Title(), site) if t)

    def t(self, message):
        return translate(message, context=self.request)

    def rows(self):
        return list(walk(self.tree))

    def work_items(self):
        return [
            node
            for node, _depth in walk(self.tree)
            if node["portal_type"] in WORK and not node["shared"]
        ]

    def health_title(self, health):
        return self.t(HEALTH_TITLES[health]) if health in HEALTH_TITLES else ""

    def progress_data(self):
        return [
            (f"{n['reference']} {n['title']}", n["progress"] or 0) for n in self.tree
        ]

    def health_data(self):
        counts = {health: 0 for health in HEALTH_TITLES}
        for node in self.work_items():
            if node["health"] in counts:
                counts[node["health"]] += 1
        return [
            (health, self.health_title(health), count)
            for health, count in counts.items()
        ]

    def budget_data(self):
        years = {}
        for node in self.work_items():
            for year, amount in (node["budget_years"] or {}).items():
                years[year] = years.get(year, 0.0) + amount
        return sorted(years.items())

    def progress_chart(self):
        rows = [
            (label, value, f"{value} %", None) for label, value in self.progress_data()
        ]
        return bar_chart(
            "pst-chart-progress",
            self.t(_("Progress by strategic objective")),
            self.t(
                _(
                    "Mean progress of the published actions of each strategic objective, from 0 to 100 %."
                )
            ),
            rows,
            maximum=100,
        )

    def health_chart(self):
        rows = [
            (title, count, str(count), HEALTH_COLOURS[health])
            for health, title, count in self.health_data()
        ]
        return bar_chart(
            "pst-chart-health",
            self.t(_("Health of the actions")),
            self.t(
                _(
                    "Number of published actions on track, needing attention and in trouble."
                )
            ),
            rows,
        )

    def budget_chart(self):
        rows = [
            (str(year), amount, money(amount), None)
            for year, amount in self.budget_data()
        ]
        return bar_chart(
            "pst-chart-budget",
            self.t(_("Budget per year")),
            self.t(_("Budget of the published actions, per year, in euros.")),
            rows,
        )
