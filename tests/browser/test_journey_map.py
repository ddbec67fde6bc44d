"""The map page (ia.core.map) in a real browser: Leaflet draws the map from
the vendored files, the tiles are the configured ones, the table is there,
and nothing is fetched outside the site."""

from tests.browser.helpers import login
from tests.browser.live_layer import BLANK_TILE


def test_agent_opens_the_map_from_her_menu(page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    login(page, "urbagent")
    page.goto("@@ia-dashboard")
    page.click("#personaltools-menulink")  # her menu in the toolbar
    page.locator("#collapse-personaltools").get_by_role("link", name="Carte").click()
    page.wait_for_url("**/@@ia-map")
    assert page.locator("h1.documentFirstHeading").inner_text() == "Carte"
    page.locator("#ia-map.leaflet-container").wait_for()
    tile = page.locator("#ia-map img.leaflet-tile").first
    tile.wait_for(state="attached")
    assert tile.get_attribute("src") == BLANK_TILE
    assert page.locator("#ia-map-table caption").inner_text() == (
        "Documents sur la carte"
    )
    assert errors == []
    assert page.outside_calls == []
