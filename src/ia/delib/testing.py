"""Test layers of iA.Delib: the core fixture plus ``ia.delib:default``.

Helpers build a small world: a body with its meeting managers group, two
services, items and meetings in given states.
"""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


class IaDelibLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.delib

        self.loadZCML(package=ia.delib)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.delib:default")


FIXTURE = IaDelibLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="IaDelibLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaDelibLayer:FunctionalTesting",
)


def create_body(container, title="Conseil communal", **fields):
    """A body (as the current user, who must be allowed to add one)."""
    from plone import api

    fields.setdefault("body_kind", "council")
    return api.content.create(
        container=container, type="IaDelibBody", title=title, **fields
    )


def create_meeting(body, title="Séance", state=None, **fields):
    """A meeting of ``body`` starting 2026-12-14 20:00 unless told."""
    from datetime import datetime
    from ia.delib.workflows import MEETING_WORKFLOW
    from plone import api

    fields.setdefault("start", datetime(2026, 12, 14, 20, 0))
    meeting = api.content.create(
        container=body, type="IaDelibMeeting", title=title, **fields
    )
    if state is not None:
        _set_state(meeting, MEETING_WORKFLOW, state)
    return meeting


def create_item(body, title="Point", state=None, services=(), **fields):
    """An item of ``body`` for ``services`` (UIDs), put in ``state`` directly."""
    from ia.delib.workflows import ITEM_WORKFLOW
    from plone import api

    item = api.content.create(
        container=body,
        type="IaDelibItem",
        title=title,
        responsible_services=list(services),
        **fields,
    )
    if state is not None:
        _set_state(item, ITEM_WORKFLOW, state)
    return item


def _set_state(obj, workflow_id, state):
    from ia.core.workflows.testing import set_state

    set_state(obj, state)
