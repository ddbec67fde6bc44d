"""The ``ia_ball`` index: who has the ball on a document, in one keyword index.

A document in state S of workflow W, with responsible services s1, s2, gets
the keys ``"<s>:<role>"`` for each responsible service s and each function
role that has the ball in (W, S) according to W's XML (state variable
``ia_ball``, read by ``ia.core.workflows.facts``). "To validate by me" is then ONE
query: the keys of the user's (service, reviewer role) pairs.

A workflow transition only reindexes the workflow variables; the subscriber
below reindexes ``ia_ball`` too.
"""

from ia.core.orgchart.storage import stored_value
from ia.core.workflows.facts import BALL
from ia.core.workflows.facts import current_states
from plone import api
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer


INDEX = "ia_ball"


def ball_key(service_uid, role):
    return f"{service_uid}:{role}"


def _ball_roles(obj):
    for workflow, state in current_states(obj):
        definition = workflow.states.get(state)
        value = getattr(definition, "var_values", None) or {}
        yield from (value.get(BALL) or "").split()


def responsible_services(obj):
    """The stored services (never the field default, which is the current user's)."""
    return stored_value(obj, "responsible_services") or ()


def ball_keys(obj):
    services = responsible_services(obj)
    keys = set()
    if not services:
        return keys
    for role in _ball_roles(obj):
        keys.update(ball_key(uid, role) for uid in services)
    return keys


@indexer(IDexterityContent)
def ia_ball(obj):
    keys = ball_keys(obj)
    if not keys:
        # No value: the document is not in the index at all.
        raise AttributeError(INDEX)
    return sorted(keys)


def reindex_ball(obj, event):
    """After a transition, the ball may have changed hands."""
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX in catalog.indexes() and responsible_services(obj):
        obj.reindexObject(idxs=[INDEX])
