"""Acting with full rights on behalf of the current user.

``plone.api.env.adopt_roles(["Manager"])`` changes the roles that
permission checks see, but DCWorkflow's guards ask the user for his roles
*in context* (``getRolesInContext``), which that wrapper does not change: a
transition guarded by roles is still refused. ``as_manager()`` acts as an
unrestricted Manager carrying the current user's id, so that the history
still names who caused the step.
"""

from AccessControl.users import UnrestrictedUser
from contextlib import contextmanager
from ia.core.naming import new_id
from plone import api


@contextmanager
def as_manager():
    """Run the block as a Manager that passes every guard, under the current id."""
    portal = api.portal.get()
    userid = api.user.get_current().getId() or "system"
    manager = UnrestrictedUser(userid, "", ["Manager"], []).__of__(portal.acl_users)
    with api.env.adopt_user(user=manager):
        yield manager


def create_for_user(*, container, type, **fields):
    """Create ``type`` in ``container`` on behalf of the current user.

    For a hand-over whose target lives where the user may not add content
    (a reply in the mail area, a request of another product): the checks
    are the hand-over's, the creation runs under :func:`as_manager`, and
    the user is then the new document's creator and owner (local role
    ``Owner``), as if he had added it himself.
    """
    user = api.user.get_current()
    with as_manager():
        fields.setdefault("id", new_id(container, fields.get("title")))
        obj = api.content.create(container=container, type=type, **fields)
        obj.changeOwnership(user)
        obj.manage_setLocalRoles(user.getId(), ["Owner"])
        obj.setCreators([user.getId()])
        name_the_actor(obj, user.getId())
        obj.reindexObjectSecurity()
    return obj


def name_the_actor(obj, userid):
    """Put ``userid`` on the last record of each workflow history of ``obj``
    that names nobody: under :func:`as_manager` Zope's unrestricted user has
    no id, so DCWorkflow recorded none (an empty "Par" in the history)."""
    history = getattr(obj, "workflow_history", None)
    if not history or not userid:
        return
    for workflow_id, records in list(history.items()):
        if records and not records[-1].get("actor"):
            history[workflow_id] = tuple(records[:-1]) + (
                dict(records[-1], actor=userid),
            )
