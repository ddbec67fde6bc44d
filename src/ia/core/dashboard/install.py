"""Install-time code of the dashboards: the "My dashboard" user action."""

from plone import api
from Products.CMFCore.ActionInformation import Action


ACTION_ID = "ia-dashboard"


def install(portal):
    category = api.portal.get_tool("portal_actions").get("user")
    if category is None or ACTION_ID in category.objectIds():
        return
    action = Action(
        ACTION_ID,
        title="My dashboard",
        description="The lists of documents that concern you.",
        i18n_domain="ia.core",
        url_expr="string:${portal_url}/@@ia-dashboard",
        available_expr="python:member is not None",
        permissions=("ia.core: View dashboard",),
        visible=True,
    )
    category._setObject(ACTION_ID, action)
    # First entry of the user menu.
    category.moveObjectsToTop([ACTION_ID])


def uninstall(portal):
    category = api.portal.get_tool("portal_actions").get("user")
    if category is not None and ACTION_ID in category.objectIds():
        category.manage_delObjects([ACTION_ID])
