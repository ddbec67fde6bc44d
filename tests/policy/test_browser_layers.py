"""Every browser view, viewlet and resource of the suite is registered for
a suite browser layer, so that it exists only on sites where its product is
installed (and is gone after an uninstall)."""

from ia.core.interfaces import IIaCoreLayer
from ia.delib.interfaces import IIaDelibLayer
from ia.docs.interfaces import IIaDocsLayer
from ia.policy.interfaces import IIaPolicyLayer
from ia.pst.interfaces import IIaPstLayer
from ia.tech.interfaces import IIaTechLayer
from ia.urban.interfaces import IIaUrbanLayer
from plone.rest.interfaces import IAPIRequest
from plone.rest.service import Service
from zope.component import getGlobalSiteManager
from zope.interface import Interface
from zope.publisher.interfaces.browser import IBrowserPage
from zope.publisher.interfaces.browser import IDefaultBrowserLayer
from zope.viewlet.interfaces import IViewlet
from zope.viewlet.interfaces import IViewletManager


SUITE_LAYERS = {
    IIaCoreLayer,
    IIaDocsLayer,
    IIaDelibLayer,
    IIaPolicyLayer,
    IIaPstLayer,
    IIaTechLayer,
    IIaUrbanLayer,
}

# Registrations that may stay on the default layer, each with its reason.
ALLOWED = {
    # Called by the guard expressions of the shared workflows
    # (here/@@ia-workflow-guards/...), which also run outside a published
    # request: command-line scripts (ia-site, ia-ingest) and profile imports,
    # where no browser layer is marked on the request.
    "ia-workflow-guards",
    # The meeting workflow's guard (college meetings are never published).
    "ia-delib-guards",
    # The load balancer's health check (HAProxy): answers whatever layer the
    # request has, also on the Zope root.
    "ia-health",
}

VIEW_PROVIDES = (Interface, IBrowserPage, IViewlet, IViewletManager)


def _registrations():
    """The adapter registrations of the global registry and its bases (the
    test layers stack registries)."""
    seen, todo = set(), [getGlobalSiteManager()]
    while todo:
        registry = todo.pop()
        if id(registry) in seen:
            continue
        seen.add(id(registry))
        yield from registry.registeredAdapters()
        todo.extend(getattr(registry, "__bases__", ()))


def _from_suite(registration):
    mro = getattr(registration.factory, "__mro__", ())
    return any(cls.__module__.startswith("ia.") for cls in mro)


def _suite_file(registration):
    path = getattr(registration.info, "file", "") or ""
    return "/ia/" in path.replace("\\", "/")


def suite_views():
    """(name, layer) of every view, viewlet and add view of an ia package:
    adapters of (context, request, ...) made from an ia class. REST is left
    out: services (plone:service) and error views of API requests."""
    for reg in _registrations():
        if len(reg.required) < 2 or reg.provided not in VIEW_PROVIDES:
            continue
        if not _from_suite(reg) or issubclass(reg.factory, Service):
            continue
        if reg.required[1].isOrExtends(IAPIRequest):
            continue
        yield reg.name, reg.required[1]


def suite_resources():
    """(name, layer) of every resource registered by an ia ZCML file."""
    for reg in _registrations():
        if len(reg.required) == 1 and reg.provided is Interface and _suite_file(reg):
            yield reg.name, reg.required[0]


def test_the_walk_finds_the_views(portal):
    names = {name for name, layer in suite_views()}
    assert {"ia-dashboard", "ia-view", "ia-meeting-view", "ia-mail-assign"} <= names
    assert {"ia.docs.mail-page", "ia.delib.advices", "ia.tasks"} <= names
    assert {"ia.delib", "ia.delib.session"} <= {n for n, _ in suite_resources()}


def test_every_view_is_on_a_suite_layer(portal):
    wrong = sorted(
        (name, layer.__identifier__)
        for name, layer in [*suite_views(), *suite_resources()]
        if layer not in SUITE_LAYERS and name not in ALLOWED
    )
    assert wrong == []


def test_allowed_entries_are_still_needed(portal):
    """An allowed name that is on a layer now comes out of ALLOWED."""
    on_default = {
        name
        for name, layer in [*suite_views(), *suite_resources()]
        if layer is IDefaultBrowserLayer
    }
    assert ALLOWED <= on_default
