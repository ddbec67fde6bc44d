"""The OpenAPI 3 document of the suite's REST endpoints, built from the
registry: every ``plone:service`` whose class lives in ``ia.*`` is one
operation, so a new endpoint is in the document without anyone writing it.

An endpoint registered for a content interface is described on the site
root's path when the site provides it, else under ``/{path}`` (the
content's path, a parameter). Every operation may answer the suite's
error shape (``{"error": {"type", "message"}}``) with 400, 401, 403, 404
or 409; a 5xx is never a documented answer. Request bodies are typed by
:mod:`ia.core.openapi.bodies`.
"""

from ia.core.openapi.bodies import body_schema
from plone.base.interfaces import IPloneSiteRoot
from zope.component import getGlobalSiteManager
from zope.interface import Interface


OPENAPI = "3.0.3"
WRITE = frozenset({"POST", "PATCH", "PUT", "DELETE"})


def _registrations(registry, seen=None):
    """The adapter registrations of ``registry`` and of its bases (test
    layers stack registries: each layer's ZCML is in its own)."""
    seen = set() if seen is None else seen
    if id(registry) in seen:
        return
    seen.add(id(registry))
    yield from registry.registeredAdapters()
    for base in getattr(registry, "__bases__", ()):
        yield from _registrations(base, seen)


def suite_services(factories=None):
    """``(method, name, for_)`` of every REST service of the suite, sorted;
    ``factories`` (a dict) receives each one's service class."""
    found = set()
    for registration in _registrations(getGlobalSiteManager()):
        factory = registration.factory
        method = getattr(factory, "method", None)
        # plone.rest registers a class made from the service's: look at its bases
        modules = {
            getattr(k, "__module__", "") or "" for k in getattr(factory, "__mro__", ())
        }
        if not method or not any(m.startswith("ia.") for m in modules):
            continue
        # A suite class mending one of plone.restapi's own endpoints (e.g.
        # ia.core.rest_users for PATCH @users) is plone.restapi's endpoint,
        # documented there: not one the suite adds.
        if any(m.startswith("plone.restapi.services.") for m in modules):
            continue
        view_name = registration.name
        if "@" not in view_name:
            continue
        name = view_name[view_name.index("@") :]
        for_ = registration.required[0] if registration.required else Interface
        found.add((method, name, for_))
        if factories is not None:
            factories.setdefault((method, name, for_), factory)
    return sorted(found, key=lambda row: (row[1], row[0], row[2].__identifier__))


ERROR = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def _responses(method):
    answers = {"200": {"description": "The answer (JSON)."}}
    if method in WRITE:
        answers["201"] = {"description": "Created."}
        answers["204"] = {"description": "Done, no content."}
    for status, text in (
        ("400", "Bad input: a translated message."),
        ("401", "Log in first."),
        ("403", "Not allowed (or a cross-site request)."),
        ("404", "Not found, or not visible."),
        ("409", "Conflict."),
    ):
        answers[status] = {
            "description": text,
            "content": {"application/json": {"schema": ERROR}},
        }
    return answers


def _operation(method, name, for_, factory=None):
    operation = {
        "operationId": f"{method.lower()}_{name[1:].replace('-', '_')}_{for_.__name__}",
        "summary": f"{method} {name} on {for_.__identifier__}",
        "tags": [name],
        "responses": _responses(method),
    }
    if method in ("POST", "PATCH", "PUT"):
        operation["requestBody"] = {
            "required": False,
            "content": {"application/json": {"schema": body_schema(factory)}},
        }
    return operation


def document(site) -> dict:
    """The OpenAPI document for ``site`` (its URL is the server)."""
    paths, factories = {}, {}
    for method, name, for_ in suite_services(factories):
        on_site = for_.providedBy(site) or for_ in (Interface, IPloneSiteRoot)
        path = f"/{name}" if on_site else "/{path}/" + name
        item = paths.setdefault(path, {})
        if not on_site:
            item["parameters"] = [
                {
                    "name": "path",
                    "in": "path",
                    "required": True,
                    "description": f"path of a content providing {for_.__identifier__}",
                    "schema": {"type": "string", "pattern": "^[a-z0-9/_-]+$"},
                }
            ]
        key = method.lower()
        if key in item:  # the same name for two interfaces: keep the first
            continue
        item[key] = _operation(method, name, for_, factories.get((method, name, for_)))
    return {
        "openapi": OPENAPI,
        "info": {
            "title": "iA suite REST API",
            "version": "1.0",
            "description": "The endpoints the iA suite adds to plone.restapi. "
            "Send JSON with Accept: application/json; writes need "
            "Content-Type: application/json or an Authorization header (CSRF).",
        },
        "servers": [{"url": site.absolute_url()}],
        "paths": dict(sorted(paths.items())),
    }
