"""The actions panel of a suite document: its state and what the user may
do with it, in the page body (issue 12: transitions were only in the
toolbar's "État" submenu, hand-overs and letters in "Actions").

- the state, as its workflow titles it;
- one button per workflow transition the user may take (Plone's
  ``content_status_modify``, with the authenticator; or the transition's
  own page when its workflow action URL names one, as Plone's state menu
  does: iA.Tech's ``plan`` opens ``@@tech-plan``);
- the document's ``object_buttons`` actions the user may use (hand-over
  "Transmettre…", "Répondre", "Générer la lettre"…), translated as Plone's
  menus translate them.

Document generation has its own block below the title (``ia.core.docgen``).
"""

from ia.core.workflows.titles import state_title
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate
from zope.i18nmessageid import Message


# Plone's own buttons that are not about the document's work.
SKIPPED_BUTTONS = frozenset(
    {"cut", "copy", "paste", "delete", "rename", "ical_import_enable"}
)


def own_page(transition) -> str | None:
    """The transition's own page (its workflow action URL), when it is not
    Plone's ``content_status_modify``: a form that asks what the transition
    needs before firing it."""
    url = transition.get("url") or ""
    return url if url and "content_status_modify" not in url else None


class ActionsPanel(ViewletBase):
    index = ViewPageTemplateFile("templates/actions.pt")

    def update(self):
        super().update()
        self.token = self.context.restrictedTraverse("@@authenticator").token()

    def available(self):
        # A document in a final state has no action left, but its state is
        # still said in the page (e.g. « Envoyé » on a sent reply).
        return bool(self.state() or self.transitions() or self.buttons())

    def state(self):
        return state_title(self.context, self.request)

    def transitions(self):
        if getattr(self, "_transitions", None) is None:
            wtool = api.portal.get_tool("portal_workflow")
            url = self.context.absolute_url()
            self._transitions = [
                {
                    "id": item["id"],
                    "title": translate(
                        item.get("title") or item["id"],
                        domain="plone",
                        context=self.request,
                    ),
                    "url": own_page(item)
                    or f"{url}/content_status_modify?workflow_action="
                    f"{item['id']}&_authenticator={self.token}",
                }
                for item in wtool.getTransitionsFor(self.context)
            ]
        return self._transitions

    def buttons(self):
        if getattr(self, "_buttons", None) is None:
            context_state = api.content.get_view(
                "plone_context_state", self.context, self.request
            )
            self._buttons = []
            for action in context_state.actions("object_buttons"):
                if action.get("id") in SKIPPED_BUTTONS or not action.get("url"):
                    continue
                title = action.get("title") or action.get("id")
                if not isinstance(title, Message):
                    title = Message(title, domain="plone")
                self._buttons.append(
                    {
                        "id": action["id"],
                        "title": translate(title, context=self.request),
                        "url": action["url"],
                    }
                )
        return self._buttons
