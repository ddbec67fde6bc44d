"""Confidential attachments.

An ``IaAttachment`` has no workflow: it acquires every permission from its
document. A *confidential* attachment gets explicit (non-acquired) settings
for ``View`` and ``Access contents information``: the roles that have that
permission on the document **and** may read its internal notes
(``ia.core: View internal notes``). With the rolemap of the core this drops
``IaCopyReader``, ``Reader``, ``Anonymous`` and ``Authenticated`` while the
responsible service, the agent and the managers keep their access in every
state of the document's workflow.

The settings are recomputed when the attachment is added, moved or edited
and after every workflow transition of its document. Code that changes the
document's permissions in another way (a workflow remapping in an upgrade
step) calls ``update_confidential_attachments(document)``.
"""

from AccessControl.Permission import pname
from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent


GUARDED_PERMISSIONS = ("View", "Access contents information")
INTERNAL_PERMISSION = "ia.core: View internal notes"
ALWAYS = ("Manager",)
PUBLIC = {"Anonymous", "Authenticated"}


def _effective_roles(permission, obj):
    roles = rolesForPermissionOn(permission, obj)
    if isinstance(roles, str):
        roles = (roles,)
    return set(roles or ())


def confidential_roles(permission, document):
    """Roles that may use ``permission`` on a confidential attachment.

    ``Anonymous`` (everybody) and ``Authenticated`` in the document's roles
    stand for every role: a published document keeps its confidential
    attachments readable by its service, never by the public.
    """
    internal = _effective_roles(INTERNAL_PERMISSION, document) - PUBLIC
    roles = _effective_roles(permission, document)
    if roles & PUBLIC:
        allowed = internal
    else:
        allowed = roles & internal
    return sorted(allowed | set(ALWAYS))


def _current_setting(obj, permission):
    acquired = bool(obj.acquiredRolesAreUsedBy(permission))
    roles = sorted(
        info["name"] for info in obj.rolesOfPermission(permission) if info["selected"]
    )
    return acquired, roles


def _has_own_setting(obj, permission):
    """True if ``obj`` itself stores roles for ``permission`` (acquiring
    ones included), instead of inheriting the attribute."""
    own = getattr(aq_base(obj), "__dict__", {}).get(pname(permission))
    return own not in ((), [], None)


def update_attachment_security(attachment):
    """Apply the confidentiality of ``attachment``; True if anything changed."""
    document = aq_parent(aq_inner(attachment))
    if document is None:
        return False
    confidential = bool(getattr(aq_base(attachment), "confidential", False))
    changed = False
    for permission in GUARDED_PERMISSIONS:
        acquired, roles = _current_setting(attachment, permission)
        if confidential:
            wanted = confidential_roles(permission, document)
            if acquired or roles != wanted:
                attachment.manage_permission(permission, roles=wanted, acquire=False)
                changed = True
        elif not acquired or _has_own_setting(attachment, permission):
            attachment.manage_permission(permission, roles=[], acquire=True)
            changed = True
    if changed:
        attachment.reindexObjectSecurity()
    return changed


def update_confidential_attachments(document):
    """Recompute the attachments of ``document``; return how many changed."""
    count = 0
    for attachment in document.objectValues():
        if getattr(aq_base(attachment), "portal_type", None) != "IaAttachment":
            continue
        if update_attachment_security(attachment):
            count += 1
    return count


def on_attachment_changed(obj, event):
    """Subscriber: added, moved, copied or edited attachment."""
    if getattr(event, "newParent", True) is None:
        return  # removed
    update_attachment_security(obj)


def on_document_transition(obj, event):
    """Subscriber: a workflow transition of a document with attachments."""
    update_confidential_attachments(obj)
