"""Anonymous reads no vocabulary of the suite.

``@vocabularies/<name>`` (plone.restapi) and ``@@getVocabulary`` (the
widgets) check the permission that ``plone.app.content``'s ``PERMISSIONS``
names for the vocabulary, else *View*, which anonymous has on the site:
``@vocabularies/ia.core.services`` listed the services and their UIDs to
anyone. Every vocabulary named ``ia.*`` now needs *Set own properties*,
the permission of any logged-in user (Authenticated), unless it is listed
here as public or has its own entry.
"""

from plone.app.content.browser import vocabulary as widgets_vocabulary


PREFIX = "ia."
LOGGED_IN = "Set own properties"
PUBLIC = frozenset()
# Plone's vocabularies found by the anonymous walk: the group ids (the
# organisation chart's are ``<service UID>_<function>``) were listed; the
# addable types answered 500.
PLONE_NEEDS = {
    "plone.app.users.group_ids": "List portal members",
    "plone.app.content.ValidAddableTypes": LOGGED_IN,
}


class SuitePermissions(dict):
    """``PERMISSIONS`` with a default for the suite's vocabularies."""

    def get(self, name, default=None):
        if name in self:
            return self[name]
        if isinstance(name, str) and name.startswith(PREFIX) and name not in PUBLIC:
            return LOGGED_IN
        return default


def install():
    """Put :class:`SuitePermissions` where both checks read it (once)."""
    from plone.restapi.services.vocabularies import get as restapi_vocabularies

    current = widgets_vocabulary.PERMISSIONS
    if not isinstance(current, SuitePermissions):
        current = SuitePermissions(current)
        current.update(PLONE_NEEDS)
        widgets_vocabulary.PERMISSIONS = current
    restapi_vocabularies.PERMISSIONS = current


install()
