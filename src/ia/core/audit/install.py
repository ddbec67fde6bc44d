"""Install step of the audit concern: the "Historique" object tab."""

from plone import api
from Products.CMFCore.ActionInformation import Action


ACTION_ID = "ia_history"
CATEGORY = "object"


def install(portal):
    category = api.portal.get_tool("portal_actions").get(CATEGORY)
    if category is None or ACTION_ID in category.objectIds():
        return
    action = Action(
        ACTION_ID,
        title="History",
        i18n_domain="ia.core",
        url_expr="string:${object_url}/@@ia-history",
        available_expr="not:object/@@plone_context_state/is_portal_root",
        permissions=("ia.core: View internal notes",),
        visible=True,
    )
    category._setObject(ACTION_ID, action)


def uninstall(portal):
    category = api.portal.get_tool("portal_actions").get(CATEGORY)
    if category is not None and ACTION_ID in category.objectIds():
        category._delObject(ACTION_ID)
