"""Vocabularies of the organisation chart.

- ``ia.core.services``: active services, indented titles showing the nesting
  in the forms' lists (plain titles on REST requests: a client gets
  "Propreté (PRO)", not non-breaking spaces);
- ``ia.core.functions``: the configured functions;
- ``ia.core.agents``: users who can be assigned a document (members of the
  document's responsible services except its readers; all users when it has none yet).
"""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.storage import stored_value
from plone import api
from plone.rest.interfaces import IAPIRequest
from zope.globalrequest import getRequest
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


READER_ROLES = ("IaReader",)
INDENT = "\u00a0\u00a0\u00a0\u00a0"


def service_label(info, indent=True):
    label = info.title
    if info.acronym:
        label = f"{label} ({info.acronym})"
    return f"{INDENT * info.depth}{label}" if indent else label


def _document(context):
    """The content object a vocabulary is asked for (skipping views and forms)."""
    while context is not None and not hasattr(context, "portal_type"):
        context = getattr(context, "context", None)
    return context


def _extra_terms(context, names, known):
    """Stored values no longer offered (inactive service): edits still validate."""
    document = _document(context)
    extra = []
    if document is None:
        return extra
    for name in names:
        for uid in stored_value(document, name) or ():
            if uid not in known:
                service = orgchart.get_service(uid)
                if service is not None:
                    known.add(uid)
                    extra.append(SimpleTerm(uid, uid, service.title))
    return extra


@provider(IVocabularyFactory)
def services_vocabulary(context):
    infos = orgchart.get_services(active_only=True)
    indent = not IAPIRequest.providedBy(getRequest())
    terms = [
        SimpleTerm(info.uid, info.uid, service_label(info, indent)) for info in infos
    ]
    known = {info.uid for info in infos}
    terms.extend(
        _extra_terms(context, ("responsible_services", "copy_services"), known)
    )
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def functions_vocabulary(context):
    return SimpleVocabulary(
        [SimpleTerm(f.id, f.id, f.title) for f in orgchart.get_functions()]
    )


def _user_term(userid):
    user = api.user.get(userid=userid)
    if user is None:
        return None
    fullname = user.getProperty("fullname") or ""
    return SimpleTerm(userid, userid, fullname or userid)


def _sorted_terms(terms):
    return sorted((t for t in terms if t is not None), key=lambda t: t.title.lower())


@provider(IVocabularyFactory)
def agents_vocabulary(context):
    document = _document(context)
    services = (
        (stored_value(document, "responsible_services") or ()) if document else ()
    )
    userids = set()
    # Readers only read the service's documents: they are not agents.
    readers = {f.id for f in orgchart.get_functions() if f.role in READER_ROLES}
    for uid in services:
        if orgchart.get_service(uid) is None:
            continue
        for function_id, function_members in orgchart.members(uid).items():
            if function_id not in readers:
                userids.update(function_members)
    if not services or not userids:
        userids = {user.getId() for user in api.user.get_users()}
    current = stored_value(document, "assigned_agent") if document else None
    if current:
        userids.add(current)
    return SimpleVocabulary(_sorted_terms(_user_term(userid) for userid in userids))
