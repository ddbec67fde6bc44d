"""Test layers of the content core.

Every product layer builds on ``CORE_FIXTURE``::

    class DelibLayer(PloneSandboxLayer):
        defaultBases = (CORE_FIXTURE,)
"""

from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing
import os


class IaCoreLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        # Compile the .po catalogs when ZCML registers them, as a Plone
        # instance does (zope_i18n_compile_mo_files), so tests see French.
        os.environ.setdefault("zope_i18n_compile_mo_files", "true")
        import collective.documentgenerator
        import ia.core
        import plone.app.versioningbehavior
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=plone.app.versioningbehavior)
        self.loadZCML(package=collective.documentgenerator)
        self.loadZCML(package=ia.core)
        # An instance loads it through ia.policy's overrides.zcml.
        import ia.core.orgchart

        self.loadZCML("overrides.zcml", package=ia.core.orgchart)
        zope_testing.installProduct(app, "collective.documentgenerator")

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.core:default")
        applyProfile(portal, "ia.core:testing")


CORE_FIXTURE = IaCoreLayer()
FIXTURE = CORE_FIXTURE

INTEGRATION_TESTING = IntegrationTesting(
    bases=(CORE_FIXTURE,), name="IaCoreLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(CORE_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaCoreLayer:FunctionalTesting",
)


# Shared test helpers: users, services and documents. The core's testing
# modules (orgchart, dashboard, workflows, attachments) and the products build
# their small worlds with them.

TEST_TYPE = "IaTestDocument"
PASSWORD = "secret-Passw0rd-1234"


def create_user(userid, fullname=None, **kwargs):
    """A member ``userid`` (password ``PASSWORD``, fullname defaults to the id)."""
    from plone import api

    return api.user.create(
        email=f"{userid}@example.org",
        username=userid,
        password=PASSWORD,
        properties={"fullname": fullname or userid},
        **kwargs,
    )


def create_service(container, title, members=(), **fields):
    """An ``IaService`` in ``container``; ``members`` are (function, userid) pairs."""
    from ia.core.orgchart import api as orgchart
    from plone import api

    service = api.content.create(
        container=container, type="IaService", title=title, **fields
    )
    for function, userid in members:
        orgchart.add_member(service, function, userid)
    return service


def grant_local(obj, userid, *roles):
    """Give ``userid`` the local ``roles`` on ``obj`` (and reindex its security)."""
    from plone import api

    api.user.grant_roles(username=userid, obj=obj, roles=list(roles))
    obj.reindexObjectSecurity()


def create_document(
    container,
    portal_type=TEST_TYPE,
    *,
    services=(),
    state=None,
    reference=None,
    **fields,
):
    """A test document whose responsible services are ``services`` (UIDs).

    ``responsible_services`` is always stored: its default (the services of
    the current user) is empty and invalid for a user outside the chart.
    ``reference`` is set after the creation, which would allocate a number;
    ``state`` is set without a transition (``workflows.testing.set_state``).
    """
    from ia.core.workflows.testing import set_state
    from plone import api

    fields.setdefault("title", "Dossier de test")
    obj = api.content.create(
        container=container,
        type=portal_type,
        responsible_services=list(services),
        **fields,
    )
    if reference is not None:
        obj.reference = reference
    if state is not None:
        set_state(obj, state)  # reindexes the whole object
    elif reference is not None:
        obj.reindexObject()
    return obj


def record_calls(monkeypatch, cls, name):
    """The calls of method ``name`` of ``cls`` from now on, as ``(self,
    args, kwargs)`` tuples in a list; the method still runs. For tests that
    count catalog queries or object wake-ups."""
    calls = []
    original = getattr(cls, name)

    def recording(self, *args, **kwargs):
        calls.append((self, args, kwargs))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, recording)
    return calls
