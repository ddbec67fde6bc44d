"""A new user created straight into a service's function (the *Nouvel
utilisateur dans ce service* form of ``@@ia-service-members``).

Everything is checked before anything is written: a bad value raises an
:class:`OrgChartError` with a French message and no user is created.
"""

from ia.core import _
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import OrgChartError
from plone import api
import re


LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 8


class NewUserRefused(OrgChartError):
    """A field of the new user is missing or wrong."""


def _check(userid, fullname, email, password, confirm):
    if not fullname.strip():
        raise NewUserRefused(_("msg_new_user_fullname", default="Give the full name."))
    if not LOGIN.match(userid):
        raise NewUserRefused(
            _(
                "msg_new_user_login",
                default="The user name is 2 to 60 lower-case letters, digits, "
                "dots, hyphens or underscores.",
            )
        )
    if api.user.get(userid=userid) is not None or api.group.get(groupname=userid):
        raise NewUserRefused(
            _(
                "msg_new_user_taken",
                default="The user name '${userid}' is already taken.",
                mapping={"userid": userid},
            )
        )
    if not EMAIL.match(email):
        raise NewUserRefused(
            _("msg_new_user_email", default="This is not a valid e-mail address.")
        )
    if len(password) < MIN_PASSWORD:
        raise NewUserRefused(
            _(
                "msg_new_user_password_short",
                default="The password has at least ${min} characters.",
                mapping={"min": MIN_PASSWORD},
            )
        )
    if password != confirm:
        raise NewUserRefused(
            _("msg_new_user_password_differ", default="The two passwords differ.")
        )


def create_member(service, function, *, userid, fullname, email, password, confirm):
    """Create the user ``userid`` and put her in ``function`` of ``service``.

    Raises :class:`NewUserRefused` (or the org chart's ``UnknownFunction``)
    before anything is created."""
    userid = (userid or "").strip()
    fullname = fullname or ""
    email = (email or "").strip()
    orgchart._require_service(service)
    orgchart._require_function(function)
    _check(userid, fullname, email, password or "", confirm or "")
    with api.env.adopt_roles(["Manager"]):
        user = api.user.create(
            email=email,
            username=userid,
            password=password,
            properties={"fullname": fullname.strip()},
        )
        orgchart.add_member(service, function, userid)
    return user
