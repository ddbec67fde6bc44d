"""What the PST templates read as ``view`` on a programme (``pod/``).

``view.pst_rows()``: every objective and action in tree order (a shared
action under each objective it serves), with state, progress, health and
budget; ``view.pst_indicators()``: the result indicators; ``view.
pst_evaluation_rows('midterm' | 'final')``: progress, indicators reached and
the comment of each objective and action (evaluation reports); ``view.pst_service_rows()``: the actions
grouped by service in charge (extract per service).
"""

from ia.core.docgen.helper import IaDocumentGenerationHelperView
from ia.pst.content import SUBACTION
from ia.pst.content import WORK
from ia.pst.formatting import date_fr
from ia.pst.formatting import money
from ia.pst.formatting import number
from ia.pst.programme import limit
from ia.pst.tree import programme_tree
from ia.pst.tree import walk
from ia.pst.vocabularies import HEALTH_TITLES
from plone import api
from plone.app.uuid.utils import uuidToObject
from zope.i18n import translate


# evaluation -> the field of its comment (content.IPstItem, fieldset evaluation)
EVALUATION_FIELDS = {"midterm": "evaluation_midterm", "final": "evaluation_final"}


class PstHelperView(IaDocumentGenerationHelperView):
    def _nodes(self):
        return list(walk(programme_tree(self.real_context)))

    def _state(self, node):
        workflow = api.portal.get_tool("portal_workflow")
        title = workflow.getTitleForStateOnType(node["state"], node["portal_type"])
        return translate(title, domain="plone", target_language="fr")

    def _health(self, health):
        title = HEALTH_TITLES.get(health)
        return translate(title, target_language="fr") if title else ""

    def legislature(self):
        context = self.real_context
        return (
            f"{date_fr(context.legislature_start)} – {date_fr(context.legislature_end)}"
        )

    def legal_limit(self):
        context = self.real_context
        return translate(limit(context).message(context), target_language="fr")

    def pst_rows(self):
        return [
            {
                "reference": node["reference"]
                + (" (partagée)" if node["shared"] else ""),
                "title": node["title"],
                "state": self._state(node),
                "progress": "" if node["progress"] is None else f"{node['progress']} %",
                "health": self._health(node["health"]),
                "budget": money(node["budget"]) if node["budget"] else "",
            }
            for node, _depth in self._nodes()
        ]

    def _items(self):
        for node, _depth in self._nodes():
            if not node["shared"]:
                obj = uuidToObject(node["uid"])
                if obj is not None:
                    yield node, obj

    def pst_indicators(self):
        rows = []
        for node, obj in self._items():
            for indicator in obj.indicators or ():
                rows.append(
                    {
                        "reference": node["reference"],
                        "label": indicator.get("label") or "",
                        "target": number(indicator.get("target")),
                        "reached": number(indicator.get("reached")),
                        "year": indicator.get("year") or "",
                    }
                )
        return rows

    def pst_evaluation_rows(self, evaluation="midterm"):
        """Every objective and action (not sub-actions) with its progress,
        indicators reached and the comment of ``evaluation`` (``midterm`` or
        ``final``); an action without one shows its health details or
        observations (what the reports showed before)."""
        field = EVALUATION_FIELDS[evaluation]
        rows = []
        for node, obj in self._items():
            if node["portal_type"] == SUBACTION:
                continue
            indicators = obj.indicators or ()
            reached = sum(
                1
                for i in indicators
                if i.get("reached") is not None
                and i["reached"] >= (i.get("target") or 0)
            )
            comment = getattr(obj, field, None) or ""
            if not comment and node["portal_type"] in WORK:
                comment = obj.health_details or obj.observations or ""
            rows.append(
                {
                    "reference": node["reference"],
                    "title": node["title"],
                    "progress": f"{node['progress'] or 0} %",
                    "indicators": f"{reached}/{len(indicators)}" if indicators else "—",
                    "comment": comment,
                }
            )
        return rows

    def pst_service_rows(self):
        by_service = {}
        for node, obj in self._items():
            if node["portal_type"] not in WORK:
                continue
            for uid in obj.responsible_services or ():
                by_service.setdefault(uid, []).append(node)
        rows = []
        for uid, nodes in by_service.items():
            service = uuidToObject(uid, unrestricted=True)
            name = service.Title() if service is not None else ""
            for node in nodes:
                rows.append(
                    {
                        "service": name,
                        "reference": node["reference"],
                        "title": node["title"],
                        "state": self._state(node),
                        "progress": f"{node['progress'] or 0} %",
                        "health": self._health(node["health"]),
                    }
                )
        return sorted(rows, key=lambda row: row["service"].lower())
