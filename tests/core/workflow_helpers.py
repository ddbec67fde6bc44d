"""What the permission tests of the core's workflows share (case, publication,
validation): the matrix, a fixture creating content in a state, the REST
world, and the refusal checks (in Python and over REST).

Each test module keeps its expected tables written out: they are the
specification.
"""

from ia.core.workflows.testing import ROLES
from ia.core.workflows.testing import PermissionMatrix
from ia.core.workflows.testing import act_as
from ia.core.workflows.testing import assert_refused
from ia.core.workflows.testing import create_in_state
from ia.core.workflows.testing import rest_world
from plone import api
import pytest
import transaction


def matrix(portal_type, workflow, *, roles=ROLES, **tables):
    """The ``PermissionMatrix`` of ``workflow`` on ``portal_type``: ``tables``
    are ``view``, ``edit``, ``delete``, ``transitions`` and ``outsiders``."""
    return PermissionMatrix(portal_type, workflow, roles=roles, **tables)


def in_state_fixture(portal_type):
    """A fixture giving ``factory(state)``: a new ``portal_type`` in ``state``."""

    @pytest.fixture()
    def in_state(portal):
        def factory(state):
            return create_in_state(portal, portal_type, state)

        return factory

    return in_state


def rest_fixture(portal_type, id, users, *, transition=None, **fields):
    """A fixture giving ``(obj, portal_url)`` on the functional layer: a
    committed ``portal_type`` ``id`` and one user per ``{userid: role}``."""

    @pytest.fixture()
    def world(functional_portal):
        obj = rest_world(
            functional_portal, portal_type, id, users, transition=transition, **fields
        )
        return obj, functional_portal.absolute_url()

    return world


def assert_role_refused(obj, role, transition, state):
    """``role`` may not do ``transition``, and ``obj`` stays in ``state``."""
    act_as(obj, role)
    assert_refused(obj, transition)
    assert api.content.get_state(obj) == state


def assert_rest_refused(response, obj, state):
    """A refused ``@workflow`` call: 400 or 403 with a ``WorkflowException``
    and a message, ``obj`` still in ``state``."""
    assert response.status_code in (400, 403), response.text
    error = response.json()["error"]
    assert error["type"] == "WorkflowException"
    assert error["message"]
    transaction.begin()
    assert api.content.get_state(obj) == state
