"""What the dashboards need to know about a user and the workflows.

Thin, request-cached access to the organisation chart
(``ia.core.orgchart.api``) and to the shared workflows
(``ia.core.workflows``): a landing page asks the same questions for each
of its lists, they are answered once per request.
"""

from ia.core.orgchart.functions import get_functions
from ia.core.requestcache import cached
from ia.core.requestcache import clear_cache  # noqa: F401 - principal.clear_cache()


def function_roles():
    """{function id: local role} of the configured functions."""

    def compute():
        return {function.id: function.role for function in get_functions()}

    return cached("function_roles", compute)


def functions_of_user(userid):
    """{service uid: [function ids]} of a user."""

    def compute():
        from ia.core.orgchart.api import functions_of_user as orgchart_functions

        return {
            uid: list(functions)
            for uid, functions in (orgchart_functions(userid) or {}).items()
        }

    return cached(("functions", userid), compute)


def services_of_user(userid):
    """Sorted uids of the services where the user holds any function."""
    return sorted(functions_of_user(userid))


def roles_by_service(userid):
    """{service uid: {local roles}} the user holds through his functions."""
    roles = function_roles()
    return {
        uid: {roles[function] for function in functions if function in roles}
        for uid, functions in functions_of_user(userid).items()
    }
