"""What POST and DELETE share: only who may modify the file writes."""

from ia.urban import _
from ia.urban.errors import UrbanForbidden
from plone import api


def check_modify(context):
    if not api.user.has_permission("Modify portal content", obj=context):
        raise UrbanForbidden(
            _(
                "msg_urban_events_forbidden",
                default="You may not record events on this file.",
            )
        )
