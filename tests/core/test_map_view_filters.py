"""@@ia-map's filter form offers the filters of the chosen layer only."""

from ia.core.map.browser.view import MapView
from ia.core.map.layers import MapFilter
from ia.core.map.layers import MapLayer


def _layer(layer_id, *filters):
    return MapLayer(
        id=layer_id,
        title=layer_id,
        portal_types=(),
        properties=lambda brain: {},
        filters=filters,
    )


def _view(selected_layers):
    view = MapView(None, None)
    team = MapFilter("team", "Équipe", index="ia_team", options=lambda c: [])
    view.layers = [_layer("urban-licences"), _layer("tech-orders", team)]
    view.selected = {"layer": selected_layers}
    return view


def test_chosen_layer_only():
    assert [layer.id for layer in _view(["urban-licences"]).shown_layers()] == [
        "urban-licences"
    ]


def test_no_choice_or_unknown_layer_offers_every_layer():
    for chosen in ([], ["nope"]):
        shown = [layer.id for layer in _view(chosen).shown_layers()]
        assert shown == ["urban-licences", "tech-orders"]


def test_extra_filters_follow_the_chosen_layer():
    assert _view(["urban-licences"]).extra_filters() == []
    assert [item["name"] for item in _view(["tech-orders"]).extra_filters()] == ["team"]
    assert [item["name"] for item in _view([]).extra_filters()] == ["team"]
