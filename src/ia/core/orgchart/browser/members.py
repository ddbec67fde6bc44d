"""``@@ia-service-members``: who holds which function in a service."""

from ia.core import _
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import OrgChartError
from ia.core.orgchart.newuser import create_member
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zExceptions import Forbidden
import transaction


class ServiceMembersView(BrowserView):
    """List each function with its members; add and remove users (POST + CSRF token)."""

    def __call__(self):
        if self.request.method == "POST":
            self.handle_post()
            self.request.response.redirect(
                f"{self.context.absolute_url()}/@@ia-service-members"
            )
            return ""
        return self.index()

    def handle_post(self):
        CheckAuthenticator(self.request)
        form = self.request.form
        function = form.get("function", "")
        userid = form.get("userid", "")
        try:
            if "form.buttons.add" in form:
                orgchart.add_member(self.context, function, userid)
                message = _(
                    "${user} added to ${function}.",
                    mapping=self._names(function, userid),
                )
            elif "form.buttons.create" in form:
                create_member(
                    self.context,
                    function,
                    userid=form.get("new_userid", ""),
                    fullname=form.get("fullname", ""),
                    email=form.get("email", ""),
                    password=form.get("password", ""),
                    confirm=form.get("password_confirm", ""),
                )
                userid = form.get("new_userid", "").strip()
                message = _(
                    "${user} created and added to ${function}.",
                    mapping=self._names(function, userid),
                )
            elif "form.buttons.remove" in form:
                orgchart.remove_member(self.context, function, userid)
                message = _(
                    "${user} removed from ${function}.",
                    mapping=self._names(function, userid),
                )
            else:
                raise Forbidden("No action")
        except OrgChartError as error:
            transaction.doom()
            api.portal.show_message(error.message, request=self.request, type="error")
            return
        api.portal.show_message(message, request=self.request, type="info")

    def _names(self, function_id, userid):
        titles = {f.id: f.title for f in orgchart.get_functions()}
        return {
            "user": self.fullname(userid),
            "function": titles.get(function_id, function_id),
        }

    def fullname(self, userid):
        user = api.user.get(userid=userid)
        if user is None:
            return userid
        return user.getProperty("fullname") or userid

    def functions(self):
        members = orgchart.members(self.context)
        rows = []
        for function in orgchart.get_functions():
            userids = members.get(function.id, [])
            rows.append(
                {
                    "id": function.id,
                    "title": function.title,
                    "group_id": orgchart.group_id(self.context, function.id),
                    "members": sorted(
                        ({"id": u, "fullname": self.fullname(u)} for u in userids),
                        key=lambda m: m["fullname"].lower(),
                    ),
                }
            )
        return rows

    def users(self):
        users = [
            {
                "id": user.getId(),
                "fullname": user.getProperty("fullname") or user.getId(),
            }
            for user in api.user.get_users()
        ]
        return sorted(users, key=lambda u: u["fullname"].lower())
