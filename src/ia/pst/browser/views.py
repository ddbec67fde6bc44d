"""The programme page (``@@pst-programme``) and the item page
(``@@pst-item``: objectives, actions, sub-actions)."""

from ia.core.directory.api import contact_label
from ia.core.links import api as links
from ia.core.registrylines import registry_pairs
from ia.pst import rollup
from ia.pst.content import ACTION
from ia.pst.content import OPERATIONAL
from ia.pst.content import STRATEGIC
from ia.pst.content import SUBACTION
from ia.pst.content import WORK
from ia.pst.formatting import date_fr
from ia.pst.formatting import money
from ia.pst.formatting import number
from ia.pst.links import KIND
from ia.pst.programme import limit
from ia.pst.references import label
from ia.pst.shared import actions_of
from ia.pst.tree import programme_tree
from ia.pst.tree import walk
from ia.pst.vocabularies import HEALTH_TITLES
from plone import api
from plone.app.uuid.utils import uuidToObject
from Products.Five.browser import BrowserView
from zope.i18n import translate


class PstView(BrowserView):
    money = staticmethod(money)
    number = staticmethod(number)
    date_fr = staticmethod(date_fr)

    def budget_type_title(self, key):
        """The title of a budget type (registry list), never its id."""
        titles = dict(registry_pairs("ia.pst.budget_types"))
        return titles.get(key) or ""

    def health_title(self, health):
        title = HEALTH_TITLES.get(health)
        return translate(title, context=self.request) if title else ""

    def state_title(self, state, portal_type):
        workflow = api.portal.get_tool("portal_workflow")
        title = workflow.getTitleForStateOnType(state, portal_type)
        return translate(title, domain="plone", context=self.request)

    def state(self):
        # the stored status, not getInfoFor: a reader without the right to
        # see the state variable got an empty "État"
        workflow = api.portal.get_tool("portal_workflow")
        (chain,) = workflow.getChainFor(self.context) or (None,)
        status = workflow.getStatusOf(chain, self.context) if chain else None
        state = (status or {}).get("review_state", "")
        return self.state_title(state, self.context.portal_type)

    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)


class ProgrammeView(PstView):
    def limit_message(self):
        result = limit(self.context)
        return {
            "status": result.status,
            "text": translate(result.message(self.context), context=self.request),
        }

    def rows(self):
        return list(walk(programme_tree(self.context)))

    def totals(self):
        rows = [node for node, depth in self.rows() if depth == 0]
        return {
            "objectives": len(rows),
            "budget": sum(node["budget"] for node in rows),
        }


# what an item page lists under it besides the actions of an operational
# objective (``actions``)
CHILD_TYPES = {STRATEGIC: OPERATIONAL, ACTION: SUBACTION}


class ItemView(PstView):
    def reference(self):
        return label(self.context)

    def is_work(self):
        return self.context.portal_type in WORK

    def summary(self):
        context = self.context
        if self.is_work():
            return {
                "progress": context.progress or 0,
                "health": context.health,
                "budget": rollup.budget_total(context),
            }
        return rollup.rollup(context)

    def people(self):
        context = self.context
        rows = [
            ("manager", [contact_label(uid) for uid in context.manager or ()]),
            ("political", [contact_label(context.political_responsible)]),
            ("administrative", [contact_label(context.administrative_responsible)]),
        ]
        rows = [(key, ", ".join(v for v in values if v)) for key, values in rows]
        return [(key, names) for key, names in rows if names]  # none: no line

    def services(self):
        found = (
            uuidToObject(uid, unrestricted=True)
            for uid in self.context.responsible_services or ()
        )
        return [service.Title() for service in found if service is not None]

    def dates(self):
        context = self.context
        rows = [
            (name, date_fr(getattr(context, name)))
            for name in (
                "planned_start",
                "planned_end",
                "effective_start",
                "effective_end",
            )
        ]
        return [(name, text) for name, text in rows if text]  # none: no line

    def served(self):
        """Shared action: the other objectives it serves and its share."""
        if self.context.portal_type != "IaPstAction":
            return []
        objectives = rollup.operational_objectives_of(self.context)
        share = rollup.budget_share(self.context)
        return [
            {"label": label(o), "url": o.absolute_url(), "share": share}
            for o in objectives
        ]

    def actions(self):
        if self.context.portal_type != OPERATIONAL:
            return []
        return [
            {
                "label": label(action),
                "url": action.absolute_url(),
                "shared": shared,
                "progress": action.progress or 0,
                "health": action.health,
            }
            for action, shared in actions_of(self.context)
        ]

    def children(self):
        """The operational objectives of a strategic objective, the
        sub-actions of an action (one catalog query; what the user may see)."""
        if self.context.portal_type not in CHILD_TYPES:
            return []
        brains = api.content.find(
            context=self.context,
            depth=1,
            portal_type=CHILD_TYPES[self.context.portal_type],
            sort_on="ia_pst_sortable",
        )
        return [
            {
                "label": f"{brain.ia_pst_reference} {brain.Title}".strip(),
                "url": brain.getURL(),
                "progress": brain.ia_pst_progress,
                "health": brain.ia_pst_health,
            }
            for brain in brains
        ]

    def decisions(self):
        """ "Décisions liées": what carries the action out (decisions, mails...)."""
        return [
            {
                "title": link.other.Title(),
                "url": link.other.absolute_url(),
                "type": link.other.portal_type,
            }
            for link in links.links(obj=self.context)
            if link.kind == KIND
        ]
