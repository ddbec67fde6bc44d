"""The file's page: the timeline and deadlines viewlet, the event form."""

from ia.urban.browser.timeline import AddEventView
from ia.urban.browser.timeline import TimelineViewlet
from ia.urban.interfaces import IIaUrbanLayer
from plone import api
from plone.protect import createToken
from zope.interface import alsoProvides


def render(permit, request):
    alsoProvides(request, IIaUrbanLayer)
    viewlet = TimelineViewlet(permit, request, None, None)
    viewlet.update()
    return viewlet.render()


def test_viewlet_shows_events_and_explained_deadlines(licence, request):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    html = render(permit, permit.REQUEST)
    assert "Dépôt" in html or "Deposit" in html
    assert "30 jours à partir de l" in html or "30 days from the" in html, html[:1500]
    assert 'name="kind"' in html  # the form, for who may edit


def test_form_records_an_event_and_refuses_a_bad_one(licence):
    permit = licence()
    request = permit.REQUEST
    request.method = "POST"
    request.form.update(
        {
            "_authenticator": createToken(),
            "kind": "claim",
            "date": "2026-12-01",
            "claimant": "M. Lemaire",
            "text": "Perte de vue",
            "publicity": "inquiry",  # not a field of a claim: ignored
        }
    )
    AddEventView(permit, request)()
    event = permit.urban_events[-1]
    assert (event["kind"], event["claimant"]) == ("claim", "M. Lemaire")
    assert "publicity" not in event
    request.form.update({"kind": "claim", "date": "01/12/2026"})
    AddEventView(permit, request)()
    assert len(permit.urban_events) == 2


def test_forms_do_not_offer_the_computed_due_date(licence):
    """The due date is the next legal deadline, computed: not a form field."""
    permit = licence()
    request = permit.REQUEST
    alsoProvides(request, IIaUrbanLayer)
    edit = permit.restrictedTraverse("@@edit")
    edit.update()
    assert "IDeadline.due_date" not in edit.render()
    assert "form.widgets.IBasic.title" in edit.render()
    add = permit.aq_parent.restrictedTraverse("++add++IaUrbBuildLicence")
    add.update()
    html = add.render()
    assert "form.widgets.IBasic.title" in html
    assert "IDeadline.due_date" not in html
