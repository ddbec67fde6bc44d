"""Test hand-overs between IaTestDocuments, registered for one test."""

from ia.core.errors import IaError
from ia.core.handovers.base import Handover
from ia.core.handovers.errors import HandoverForbidden
from ia.core.handovers.interfaces import IHandover
from ia.core.testing import create_document
from plone import api
from zope.component import getGlobalSiteManager
import pytest


PRIORITIES = [("high", "Haute"), ("low", "Basse")]


class FollowUp(Handover):
    """Makes a follow-up document, linked source -> target, once."""

    id = "test.follow_up"
    title = "Make a follow-up"
    description = "A new document follows this one."
    profile = "ia.core:default"
    link_kind = "ia.gave_rise_to"
    once = True
    option_titles = {"priority": "Priority"}

    def applies_to(self, source):
        return source.portal_type == "IaTestDocument"

    def check(self, source, **options):
        if not api.user.has_permission("Modify portal content", obj=source):
            raise HandoverForbidden("You may not hand this document over.")
        priority = options.get("priority")
        if priority is not None and priority not in dict(PRIORITIES):
            raise IaError("Unknown priority.")

    def choices(self, source):
        return {"priority": list(PRIORITIES)}

    def perform(self, source, **options):
        with api.env.adopt_roles(["Manager"]):
            return create_document(
                source.aq_parent,
                title=f"Suite de {source.title}",
                description=options.get("priority", ""),
            )


class Reply(FollowUp):
    """A reply, linked target -> source, as many as wanted."""

    id = "test.reply"
    title = "Reply"
    link_kind = "ia.reply_to"
    link_from_target = True
    once = False

    def choices(self, source):
        return {}

    def perform(self, source, **options):
        with api.env.adopt_roles(["Manager"]):
            return create_document(source.aq_parent, title=f"Réponse à {source.title}")


class NotInstalled(FollowUp):
    id = "test.not_installed"
    profile = "ia.nothing:default"


class NotApplicable(FollowUp):
    id = "test.not_applicable"

    def applies_to(self, source):
        return False


class Failing(FollowUp):
    """Creates its document, then fails: nothing must be left."""

    id = "test.failing"
    once = False

    def perform(self, source, **options):
        target = super().perform(source, **options)
        target.title = "Orphelin"
        raise IaError("The college is closed.")


HANDOVERS = (FollowUp(), Reply(), NotInstalled(), NotApplicable(), Failing())


@pytest.fixture()
def registered_handovers():
    gsm = getGlobalSiteManager()
    for handover in HANDOVERS:
        gsm.registerUtility(handover, IHandover, name=handover.id)
    yield {handover.id: handover for handover in HANDOVERS}
    for handover in HANDOVERS:
        gsm.unregisterUtility(handover, IHandover, name=handover.id)
