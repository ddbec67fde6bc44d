"""The ia.deadline behavior: due date index, overdue state, marker, settings."""

from datetime import date
from datetime import timedelta
from ia.core.behaviors.deadline import IDeadline
from ia.core.behaviors.deadline import is_overdue
from ia.core.behaviors.deadline import overdue_query
from ia.core.behaviors.deadline_calendar import EXTRA_HOLIDAYS_RECORD
from ia.core.behaviors.deadline_calendar import compute_due_date
from ia.core.interfaces import IIaCoreLayer
from ia.core.numbering.testing import add_test_type
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getMultiAdapter
from zope.interface import Invalid
from zope.interface import alsoProvides
from zope.viewlet.interfaces import IViewletManager
import pytest


TYPE = "IaNumberedTestDoc"
TODAY = date.today()


@pytest.fixture
def site(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    add_test_type(portal, TYPE)
    return portal


def create(container, due_date=None, title="Doc"):
    return api.content.create(
        container=container, type=TYPE, title=title, due_date=due_date
    )


def test_behavior_enabled(site):
    assert IDeadline.providedBy(create(site))


def test_overdue_on_object(site):
    late = create(site, TODAY - timedelta(days=1))
    today = create(site, TODAY)
    later = create(site, TODAY + timedelta(days=3))
    none = create(site)
    assert is_overdue(late)
    assert not is_overdue(today)
    assert not is_overdue(later)
    assert not is_overdue(none)
    assert is_overdue(later, today=TODAY + timedelta(days=4))


def declare_final(workflow_id, state, value=True):
    """What a workflow's XML says with ``<assignment name="ia_final" ...>``."""
    definition = api.portal.get_tool("portal_workflow")[workflow_id].states[state]
    values = dict(definition.var_values or {})
    values["ia_final"] = value
    definition.var_values = values


def test_final_state_is_never_overdue(site):
    # The test type uses Plone's simple_publication_workflow, whose XML says
    # nothing: no state is final until the workflow declares it.
    doc = create(site, TODAY - timedelta(days=10))
    api.content.transition(obj=doc, transition="publish")
    assert is_overdue(doc)
    declare_final("simple_publication_workflow", "published")
    assert not is_overdue(doc)
    # The same state id in another workflow is not final.
    declare_final("simple_publication_workflow", "published", False)
    declare_final("ia_publication_workflow", "published")
    assert is_overdue(doc)
    pending = create(site, TODAY - timedelta(days=10), "Pending")
    api.content.transition(obj=pending, transition="submit")
    assert is_overdue(pending)
    declare_final("simple_publication_workflow", "pending")
    assert not is_overdue(pending)


def test_index_and_brains(site):
    declare_final("simple_publication_workflow", "published")
    late = create(site, TODAY - timedelta(days=2), "Late")
    create(site, TODAY + timedelta(days=2), "Soon")
    done = create(site, TODAY - timedelta(days=5), "Done")
    api.content.transition(obj=done, transition="publish")
    create(site, None, "Without")
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(portal_type=TYPE, sort_on="ia_due_date")
    assert [b.Title for b in brains] == ["Done", "Late", "Soon"]
    by_title = {b.Title: b for b in brains}
    assert by_title["Late"].ia_due_date == TODAY - timedelta(days=2)
    assert [b.Title for b in brains if is_overdue(b)] == ["Late"]
    overdue = catalog(portal_type=TYPE, **overdue_query())
    assert [b.getObject() for b in overdue] == [late]


def test_reindex_after_edit(site):
    doc = create(site, TODAY + timedelta(days=5))
    doc.due_date = TODAY - timedelta(days=1)
    doc.reindexObject()
    catalog = api.portal.get_tool("portal_catalog")
    assert [b.getObject() for b in catalog(portal_type=TYPE, **overdue_query())] == [
        doc
    ]


def render_viewlet(doc, request):
    alsoProvides(request, IIaCoreLayer)
    view = getMultiAdapter((doc, request), name="view")
    manager = getMultiAdapter(
        (doc, request, view), IViewletManager, name="plone.belowcontenttitle"
    )
    manager.update()
    return "".join(v.render() for v in manager.viewlets if v.__name__ == "ia.deadline")


def test_viewlet_marks_overdue(site):
    request = site.REQUEST
    late = create(site, TODAY - timedelta(days=1), "Late")
    html = render_viewlet(late, request)
    assert "ia-overdue-badge" in html
    assert "Overdue" in html or "En retard" in html
    soon = create(site, TODAY + timedelta(days=1), "Soon")
    html = render_viewlet(soon, request)
    assert "ia-deadline" in html and "ia-overdue-badge" not in html
    assert render_viewlet(create(site, None, "None"), request) == ""


def test_extra_holidays_from_registry(site):
    api.portal.set_registry_record(EXTRA_HOLIDAYS_RECORD, ["2026-04-03|Pont"])
    # Thursday 2 April 2026 + 1 working day: Friday off, weekend, Easter Monday
    assert compute_due_date(date(2026, 4, 2), 1, calendar=False) == date(2026, 4, 7)


def test_bad_extra_holiday_rejected(site):
    with pytest.raises(Invalid):
        api.portal.set_registry_record(EXTRA_HOLIDAYS_RECORD, ["31/12|Saint-Sylvestre"])
