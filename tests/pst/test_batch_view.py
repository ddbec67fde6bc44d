"""The batch-action page base (``ia.core.views.batch.BatchActionView``)
through iA.PST's *Changer la santé…* (``@@ia-pst-health``): POST and CSRF,
the selection from the request, the visible documents only, one result per
document, the summary status message, the way back to the dashboard. iA.Docs'
*Assigner à…* uses the same base (tests/docs/test_dashboards_rest.py)."""

from ia.core.views.batch import BatchActionView
from ia.docs.dashboards.view import AssignView
from ia.pst.dashboards.view import HealthView
from plone import api
from plone.protect.authenticator import createToken
from Products.statusmessages.interfaces import IStatusMessage
from zExceptions import Forbidden
import pytest


def health_page(portal, **form):
    request = portal.REQUEST
    request.method = "POST"
    request.environ["REQUEST_METHOD"] = "POST"
    request.form.clear()
    request.form.update(form)
    return api.content.get_view("ia-pst-health", portal, request)


def messages(request):
    return [(m.message, m.type) for m in IStatusMessage(request).show()]


def test_both_pages_share_the_base():
    assert issubclass(HealthView, BatchActionView)
    assert issubclass(AssignView, BatchActionView)


def test_step_one_lists_the_selection(portal, programme):
    p = programme
    view = health_page(
        portal,
        **{
            "uids": [p["a1"].UID(), p["a2"].UID()],
            "_authenticator": createToken(),
            "form.buttons.batch_action": "1",
        },
    )
    html = view()
    assert [item.Title() for item in view.items] == [
        "Composteurs de quartier",
        "Sacs réutilisables",
    ]
    assert 'name="form.buttons.apply"' in html
    assert p["a1"].health == "green"


def test_apply_one_result_per_document_and_summary(portal, programme):
    p = programme
    view = health_page(
        portal,
        **{
            "uids": [p["a1"].UID(), p["oo11"].UID(), "no-such-uid"],
            "health": "red",
            "details": "Retard du fournisseur",
            "_authenticator": createToken(),
            "form.buttons.apply": "1",
        },
    )
    html = view()
    assert [r.success for r in view.results] == [True, False, False]
    assert html.count("table-success") == 1
    assert html.count("table-danger") == 2
    assert p["a1"].health == "red"
    # the summary status message (shown by the page itself: consumed)
    assert "1 document(s)" in html and "2 refus" in html


def test_bad_parameter_changes_nothing(portal, programme):
    p = programme
    view = health_page(
        portal,
        **{
            "uids": [p["a1"].UID()],
            "health": "purple",
            "_authenticator": createToken(),
            "form.buttons.apply": "1",
        },
    )
    view()
    assert "orange" in view.error
    assert not view.results
    assert p["a1"].health == "green"


def test_empty_selection_goes_back_to_the_list(portal, programme):
    view = health_page(
        portal,
        **{"_authenticator": createToken(), "form.buttons.batch_action": "1"},
    )
    assert view() == ""
    location = portal.REQUEST.response.getHeader("Location")
    assert location.endswith("/@@ia-dashboard?list=pst_at_risk")
    assert messages(portal.REQUEST)[0][1] == "error"


def test_csrf_and_post_only(portal, programme):
    uid = programme["a1"].UID()
    forged = health_page(
        portal, **{"uids": [uid], "health": "red", "form.buttons.apply": "1"}
    )
    with pytest.raises(Forbidden):
        forged()
    view = health_page(
        portal,
        **{
            "uids": [uid],
            "health": "red",
            "_authenticator": createToken(),
            "form.buttons.apply": "1",
        },
    )
    portal.REQUEST.method = "GET"
    portal.REQUEST.environ["REQUEST_METHOD"] = "GET"
    with pytest.raises(Forbidden):
        view()
    assert programme["a1"].health == "green"


def test_a_batch_page_without_apply_is_refused_at_definition():
    import pytest

    with pytest.raises(TypeError, match="apply"):

        class Nothing(BatchActionView):
            dashboard_list = "x"
