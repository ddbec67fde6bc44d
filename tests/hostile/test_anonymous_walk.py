"""Anonymous reads nothing unpublished (issue 11, point 8), every product
installed (SUITE functional layer).

The walk enumerates what is registered, not a list written here: every
REST service of the zope component registry (plone.rest's registrations,
plone.restapi's and the suite's), called anonymously with GET, POST, PATCH
and DELETE on the site root and on one document of every suite type
(``Ia*`` types, created without their container constraints, in their
initial workflow state); and every registered vocabulary. It asserts that

- no answer names an object anonymous may not View (its UID, its path);
- every vocabulary of the suite (``ia.*``) is refused (401/403);
- nothing answers a server error (5xx).

The public services (Open311, public agendas, PST public pages, inquiry
notices) answer published content only: the same invariant covers them.
"""

from AccessControl.PermissionRole import rolesForPermissionOn
from ia.core.openapi.document import _registrations
from plone import api
from plone.dexterity.utils import createContentInContainer
from tests.docs.delib_link_world import FUNCTIONAL_FIXTURES
from zope.component import getGlobalSiteManager
from zope.component import getUtilitiesFor
from zope.interface import Interface
from zope.schema.interfaces import IVocabularyFactory
import pytest
import requests
import transaction


pytestmark = pytest.mark.suite

globals().update(FUNCTIONAL_FIXTURES)

METHODS = ("GET", "POST", "PATCH", "DELETE")
HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


def rest_services():
    """``(method, name, for_)`` of every plone.rest service registered."""
    found = set()
    for registration in _registrations(getGlobalSiteManager()):
        method = getattr(registration.factory, "method", None)
        name = registration.name or ""
        if method not in METHODS or "@" not in name:
            continue
        for_ = registration.required[0] if registration.required else Interface
        found.add((method, name[name.index("@") :], for_))
    return sorted(found, key=lambda row: (row[1], row[0], repr(row[2])))


def suite_types(portal):
    return sorted(
        fti.getId()
        for fti in api.portal.get_tool("portal_types").listTypeInfo()
        if fti.getId().startswith("Ia")
    )


@pytest.fixture
def walk(functional):
    portal = functional["portal"]
    documents, failed = [], []
    with api.env.adopt_roles(["Manager"]):
        for portal_type in suite_types(portal):
            try:
                documents.append(
                    createContentInContainer(
                        portal,
                        portal_type,
                        checkConstraints=False,
                        id=f"walk-{portal_type.lower()}",
                        title=f"Secret {portal_type}",
                    )
                )
            except Exception as error:  # a type that needs its own world
                failed.append((portal_type, repr(error)[:200]))
    transaction.commit()
    hidden = {}
    for obj in [*documents, *portal.objectValues()]:
        if "Anonymous" not in rolesForPermissionOn("View", obj):
            hidden[api.content.get_uuid(obj)] = "/".join(obj.getPhysicalPath())
    return portal, documents, failed, hidden


def leaks(text, hidden):
    return [path for uid, path in hidden.items() if uid in text]


# Upstream 500s the suite has not mended yet (none: ``PATCH @users`` without
# a user id is refused with a 400 by ia.core.rest_users).
KNOWN_UPSTREAM = set()


def call_services(session, portal, documents, hidden):
    """Every service on the targets it is registered for: the problems."""
    found, calls = [], 0
    for method, name, for_ in rest_services():
        writes = method != "GET"
        targets = [portal, *(documents[:3] if writes else documents)]
        for target in (t for t in targets if for_.providedBy(t)):
            calls += 1
            response = session.request(
                method,
                f"{target.absolute_url()}/{name}",
                data="{}" if writes else None,
                headers=HEADERS,
                timeout=30,
            )
            if response.status_code >= 500 and (method, name) not in KNOWN_UPSTREAM:
                found.append((method, name, target.portal_type, response.text[:300]))
            if leaks(response.text, hidden):
                found.append(
                    (method, name, target.portal_type, leaks(response.text, hidden)[:2])
                )
    return found, calls


def call_vocabularies(session, portal, hidden):
    found = []
    names = sorted(n for n, _f in getUtilitiesFor(IVocabularyFactory))
    for name in names:
        response = session.get(
            f"{portal.absolute_url()}/@vocabularies/{name}", headers=HEADERS, timeout=30
        )
        status = response.status_code
        if name.startswith("ia.") and status not in (401, 403):
            found.append(("GET", name, status))
        elif status >= 500 or leaks(response.text, hidden):
            found.append(("GET", name, status, leaks(response.text, hidden)[:2]))
    return found, len(names)


def test_every_service_and_vocabulary_anonymously(walk):
    portal, documents, failed, hidden = walk
    # Most suite types are made; the others need a world of their own.
    assert len(documents) >= 20, failed
    assert len(hidden) >= 20
    assert len(rest_services()) > 100
    session = requests.Session()
    found, calls = call_services(session, portal, documents, hidden)
    transaction.begin()
    assert {d.getId() for d in documents} <= set(portal.objectIds())  # none deleted
    refused, vocabularies = call_vocabularies(session, portal, hidden)
    print(f"{calls} calls, {vocabularies} vocabularies, {len(documents)} documents")
    assert calls > 1000
    assert vocabularies > 50
    assert found + refused == []
