"""The programme page (legal limit, tree), the item page ("Décisions
liées", shared action) and the public page for citizens."""

from datetime import date
from datetime import timedelta
from ia.core.links import api as links
from ia.core.testing import TEST_TYPE
from ia.pst.links import KIND
from ia.pst.programme import add_months
from ia.pst.programme import limit
from plone import api
from plone.app.testing import logout
from zExceptions import NotFound
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


def render(name, context, request):
    return api.content.get_view(name, context, request)()


def test_limit_nine_months(programme):
    pst = programme["pst"]
    pst.designation_date = date(2024, 12, 2)
    assert add_months(date(2024, 5, 31), 9) == date(2025, 2, 28)
    running = limit(pst, today=date(2025, 3, 1))
    assert (running.status, running.deadline, running.days_left) == (
        "running",
        date(2025, 9, 2),
        185,
    )
    assert limit(pst, today=date(2025, 9, 3)).status == "passed"
    pst.limit_months = 6
    assert limit(pst, today=date(2025, 6, 3)).status == "passed"
    pst.council_noted = date(2025, 5, 20)
    assert limit(pst, today=date(2025, 6, 3)).status == "noted"


def test_programme_page(programme, http_request):
    pst = programme["pst"]
    pst.designation_date = date.today() - timedelta(days=30)
    html = render("pst-programme", pst, http_request)
    assert "Une commune verte" in html
    assert "A.3" in html
    assert 'id="ia-pst-limit"' in html
    assert "alert-warning" in html  # the limit is running


def test_programme_table_columns(programme, http_request):
    html = render("pst-programme", programme["pst"], http_request)
    assert "++resource++ia.pst/programme.css" in html
    for column in ("ref", "title", "state", "progress", "health", "budget"):
        assert f'<th scope="col" class="ia-pst-col-{column}"' in html
    # the value beside the bar, not inside it (cut in a short bar)
    assert '<span class="ia-pst-progress-value" aria-hidden="true">40 %</span>' in html
    resource = programme["pst"].unrestrictedTraverse("++resource++ia.pst/programme.css")
    assert resource is not None


def test_item_page_with_related_decisions(portal, programme, http_request):
    action = programme["a1"]
    decision = api.content.create(
        container=portal, type=TEST_TYPE, title="Décision du conseil"
    )
    links.link(source=action, target=decision, kind=KIND)
    html = render("pst-item", action, http_request)
    assert "A.1 Composteurs de quartier" in html
    assert "Décision du conseil" in html
    assert 'id="ia-pst-decisions"' in html


def test_item_pages_lead_down_the_tree(programme, http_request):
    """A strategic objective lists its operational objectives, an action its
    sub-actions, each with a link; empty people and dates show no line; the
    evaluation comments are shown."""
    p = programme
    p["os1"].evaluation_midterm = "En bonne voie"
    html = render("pst-item", p["os1"], http_request)
    assert 'id="ia-pst-children"' in html
    assert p["oo11"].absolute_url() in html
    assert "OO.1.2 Planter des arbres" in html
    assert "Planned start" not in html and "Manager" not in html
    assert "En bonne voie" in html and 'id="ia-pst-evaluations"' in html
    sub = api.content.create(
        container=p["a1"], type="IaPstSubAction", title="Choisir les modèles"
    )
    p["a1"].indicators = [
        {"label": "Composteurs", "target": 20.0, "reached": 12.5, "year": 2026}
    ]
    html = render("pst-item", p["a1"], http_request)
    assert "ordinary_expense" not in html  # the budget type's title, not its id
    assert ">20<" in html and ">12,5<" in html  # not 20.0 / 12.5
    assert sub.absolute_url() in html
    assert "A.1 – SA.1 Choisir les modèles" in html
    assert "Planned end" in html  # a1 has one


def test_shared_action_shown_under_each(programme, http_request):
    p = programme
    p["a1"].shared_with = [p["oo21"].UID()]
    notify(ObjectModifiedEvent(p["a1"]))
    html = render("pst-item", p["oo21"], http_request)
    assert "Composteurs de quartier" in html
    html = render("pst-programme", p["pst"], http_request)
    assert html.count("Composteurs de quartier") == 2


@pytest.fixture
def published(programme):
    p = programme
    for key in ("pst", "os1", "oo11", "a1"):
        p[key].public = True
        p[key].reindexObject()
    return p


def test_public_page_shows_only_the_published_part(published, http_request):
    p = published
    logout()
    view = api.content.get_view("pst-public", p["pst"], http_request)
    html = view()
    assert "Une commune verte" in html
    assert "Composteurs de quartier" in html
    assert "Sacs réutilisables" not in html  # not published
    assert "Une commune sûre" not in html
    assert http_request.response.getHeader("Cache-Control").startswith("public")


def test_public_charts_are_accessible(published, http_request):
    logout()
    html = api.content.get_view("pst-public", published["pst"], http_request)()
    for chart in ("pst-chart-progress", "pst-chart-health", "pst-chart-budget"):
        assert f'id="{chart}"' in html
        assert f'aria-labelledby="{chart}-title {chart}-desc"' in html
    assert 'role="img"' in html
    assert "<caption>" in html  # the figures as a table too
    assert 'role="progressbar"' in html
    # a page title for a citizen, who may not View the programme itself
    assert "<title>PST 2025-2030" in html


def test_item_state_shown_to_readers_of_another_service(programme, http_request):
    from ia.core.dashboard.testing import as_user
    from plone.app.testing import TEST_USER_NAME
    from plone.app.testing import login

    as_user(programme["pst"].aq_parent, "autre")  # Culture; OS.1 is Travaux's
    try:
        view = api.content.get_view("pst-item", programme["os1"], http_request)
        assert view.state() == api.portal.get_tool(
            "portal_workflow"
        ).getTitleForStateOnType("created", "IaPstStrategicObjective")
    finally:
        login(programme["pst"].aq_parent, TEST_USER_NAME)


def test_chart_labels_fit_left_of_the_bars():
    from ia.pst.public.charts import short

    label = short("OS.10 Être une commune qui associe ses habitants")
    assert label == "OS.10 Être une commune…"
    assert len(label) <= 24
    assert short("OS.1 Une commune verte") == "OS.1 Une commune verte"


def test_unpublished_programme_is_not_found(programme, http_request):
    logout()
    with pytest.raises(NotFound):
        api.content.get_view("pst-public", programme["pst"], http_request)()


def test_home_page_links_citizens_to_the_published_programme(programme, http_request):
    from ia.pst.public.homelink import PublicProgrammeLinkViewlet

    portal = api.portal.get()
    logout()
    viewlet = PublicProgrammeLinkViewlet(portal, http_request, None, None)
    assert viewlet.render() == ""  # nothing published yet
    programme["pst"].public = True
    html = viewlet.render()
    assert f'href="{programme["pst"].absolute_url()}/@@pst-public"' in html
    assert "PST 2025-2030" in html
