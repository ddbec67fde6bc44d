"""Who may export or import a programme's budget data over REST: the
programme's editors (as ``@@pst-ecomptes`` and ``@@pst-budget-import``)."""

from ia.core.errors import Forbidden
from ia.core.errors import LoginRequired
from ia.pst import _
from plone import api


def check_editor(programme):
    if api.user.is_anonymous():
        raise LoginRequired(_("Log in to export or import the programme's budget."))
    if not api.user.has_permission("Modify portal content", obj=programme):
        raise Forbidden(_("You may not export or import the budget of this programme."))
