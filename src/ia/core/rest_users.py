"""``PATCH @users`` without exactly one user id answers 400, not 500.

plone.restapi's ``UsersPatch`` raises a bare ``Exception("Must supply
exactly one parameter (user id)")`` for ``PATCH /@users`` or
``/@users/a/b``: a server error for anyone, found by the anonymous walk of
every service (issue 11). This subclass, registered on the suite's browser
layer, refuses it as bad input with the core's translated error, and so a
body that is empty or not a JSON object (``json.loads`` on the raw body,
another 500 upstream).
"""

from ia.core import _
from ia.core.validation import InvalidValue
from plone.restapi.services.users.update import UsersPatch
import json


class IaUsersPatch(UsersPatch):
    @property
    def _get_user_id(self):
        if len(self.params) != 1:
            raise InvalidValue(
                _(
                    "msg_users_patch_one_id",
                    default="Give exactly one user id in the address: @users/<id>.",
                )
            )
        return self.params[0]

    def reply(self):
        self._get_user_id  # noqa: B018 - refuses a wrong address before the body
        try:
            data = json.loads(self.request.get("BODY") or b"")
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise InvalidValue(
                _(
                    "msg_users_patch_body",
                    default="Send the user's fields to change as a JSON object.",
                )
            )
        return super().reply()
