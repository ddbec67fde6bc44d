"""``@@ia-service-members``: who holds which function in a service."""

from ia.core import _
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.newuser import create_member
from ia.core.views.action_form import ActionFormView
from plone import api
from zExceptions import Forbidden


class ServiceMembersView(ActionFormView):
    """List each function with its members; add and remove users (POST + CSRF
    token, ``ia.core.views.action_form``): each form says what happened, or
    why not (nothing written), as a status message on this page again."""

    submit_field = None  # three forms, each told apart by its button
    refuse_as_message = True

    def next_url(self, result=None) -> str:
        return f"{self.context.absolute_url()}/@@ia-service-members"

    def message(self, result):
        return result  # who was added to, created in or removed from what

    def perform(self):
        form = self.request.form
        function = form.get("function", "")
        userid = form.get("userid", "")
        if "form.buttons.add" in form:
            orgchart.add_member(self.context, function, userid)
            return _(
                "${user} added to ${function}.",
                mapping=self._names(function, userid),
            )
        if "form.buttons.create" in form:
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
            return _(
                "${user} created and added to ${function}.",
                mapping=self._names(function, userid),
            )
        if "form.buttons.remove" in form:
            orgchart.remove_member(self.context, function, userid)
            return _(
                "${user} removed from ${function}.",
                mapping=self._names(function, userid),
            )
        raise Forbidden("No action")

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
