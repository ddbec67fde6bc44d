"""Plone's user screens without raw ids: group labels, role titles.

- ``group_ids_vocabulary`` replaces ``plone.app.users.group_ids`` (the
  groups of the add-user form): Plone labels a group "<title> (<id>)", and a
  function group's id holds its service's UID; here a group is labelled
  by its title only ("Urbanisme (Agent)"), sorted by title.
- The site's roles (a profile's ``rolemap.xml``) are copied into PlonePAS's
  role manager after each profile import (``roles_to_role_manager``):
  otherwise the users panel adds the missing ones on every display, a write
  on a GET that plone.protect answers with "Confirmation de l'action".
- The users panel shows role ids translated in the ``plone`` domain: the
  suite's roles (``IaAgent``, ``IaReviewer1``...) have their French titles in
  ``locales/fr/LC_MESSAGES/plone.po`` (``ROLE_TITLES`` below lists them for
  the tests).
"""

from AccessControl import getSecurityManager
from plone import api
from plone.base.utils import safe_text
from Products.CMFCore.permissions import ManagePortal
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


ROLE_TITLES = {
    "IaEncoder": "Encodeur",
    "IaEditor": "Rédacteur",
    "IaReviewer1": "Validateur (niveau 1)",
    "IaReviewer2": "Validateur (niveau 2)",
    "IaReviewer3": "Validateur (niveau 3)",
    "IaReader": "Lecteur",
    "IaServiceManager": "Chef de service",
    "IaAgent": "Agent traitant",
    "IaCopyReader": "Lecteur en copie",
}


@provider(IVocabularyFactory)
def group_ids_vocabulary(context):
    """The groups a user may be put in, labelled by their titles."""
    is_zope_manager = getSecurityManager().checkPermission(ManagePortal, context)
    terms = []
    for group in api.portal.get_tool("portal_groups").listGroups():
        if group.id == "AuthenticatedUsers":
            continue
        if "Manager" in group.getRoles() and not is_zope_manager:
            continue
        title = safe_text(group.getGroupTitleOrName()) or group.id
        terms.append(SimpleTerm(group.id, group.id, title))
    terms.sort(key=lambda term: term.title.lower())
    return SimpleVocabulary(terms)


def sync_role_manager(portal=None) -> None:
    """Copy the site's roles into the role manager of ``acl_users``."""
    portal = portal if portal is not None else api.portal.get()
    manager = getattr(portal.acl_users, "portal_role_manager", None)
    if manager is not None and hasattr(manager, "updateRolesList"):
        manager.updateRolesList()


def roles_to_role_manager(event) -> None:
    """After a profile import (a product's rolemap adds roles)."""
    context = getattr(event, "tool", None)
    portal = api.portal.get() if context is None else context.aq_parent
    if getattr(portal, "acl_users", None) is not None:
        sync_role_manager(portal)
