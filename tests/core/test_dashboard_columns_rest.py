"""REST ``@ia-dashboard`` and the page show the registered columns."""

from ia.core.dashboard.testing import PASSWORD
from ia.core.dashboard.testing import build
from ia.core.testing import FUNCTIONAL_TESTING
from tests.core import dashboard_columns_world
from tests.module_worlds import module_world
import pytest


# A product's column and lists, registered for the test.
registered = dashboard_columns_world.registered


# Built once per module and committed, each test starts from a copy
# (tests.module_worlds).
_world_world, world = module_world(
    build, layer=FUNCTIONAL_TESTING, prefix="functional", name="world"
)


@pytest.fixture
def session(world, request_factory):
    def factory(userid, api=True):
        return request_factory(basic_auth=(userid, PASSWORD), api=api)

    return factory


def test_lists_give_their_columns_with_titles(session):
    data = session("alice").get("/@ia-dashboard").json()
    to_treat = next(item for item in data["items"] if item["id"] == "to_treat")
    columns = {column["id"]: column for column in to_treat["columns"]}
    assert list(columns)[:2] == ["reference", "title"]
    assert columns["due"]["sortable"] is True
    assert columns["services"]["sortable"] is False
    assert all(column["title"] for column in columns.values())


def test_items_carry_cells_of_the_lists_columns(session, registered):
    response = session("alice").get("/@ia-dashboard/with_copy?sort_on=reference")
    assert response.status_code == 200, response.text
    data = response.json()
    assert [column["id"] for column in data["columns"]] == [
        "reference",
        "title",
        "copy",
        "type_vocab",
    ]
    assert data["columns"][2]["title"] == "Copy"
    second = data["items"][1]
    assert second["ia_reference"] == "PU/2026/002"
    assert second["cells"]["copy"] == "Travaux"
    assert set(second["cells"]) == {"reference", "title", "copy", "type_vocab"}


def test_core_list_has_no_product_column(session, registered):
    data = session("alice").get("/@ia-dashboard/to_treat").json()
    assert "copy" not in data["items"][0]["cells"]
    assert data["items"][0]["cells"]["due"]  # an ISO date


def test_sort_on_a_column_of_another_list_is_400(session, registered):
    response = session("alice").get("/@ia-dashboard/with_copy?sort_on=due")
    assert response.status_code == 400
    assert "reference, title" in response.json()["error"]["message"]


def test_page_shows_product_column(session, registered):
    html = session("alice", api=False).get("/@@ia-dashboard?list=with_copy").text
    assert ">Copy<" in html.replace("\n", "").replace(" ", "")
    assert "Travaux" in html


def test_page_of_a_list_with_an_unknown_column_fails_loudly(
    session,
    registered,
):
    response = session("alice", api=False).get("/@@ia-dashboard?list=broken")
    assert response.status_code == 500
    response = session("alice").get("/@ia-dashboard/broken")
    assert response.status_code == 500
