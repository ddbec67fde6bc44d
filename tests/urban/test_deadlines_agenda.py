"""The deadline calendar (``@@ia-urban-deadlines``, ``@ia-urban-deadlines``):
the open deadlines of a month from the catalog, as the user may see them."""

from datetime import date
from datetime import timedelta
from ia.urban.deadlines.page import DeadlinesPage
from ia.urban.interfaces import IIaUrbanLayer
from plone import api
from plone.app.testing import login
from tests.urban.test_rest import rest
from zope.interface import alsoProvides
import transaction


def page(portal, **form):
    request = portal.REQUEST
    alsoProvides(request, IIaUrbanLayer)
    request.form.update(form)
    view = DeadlinesPage(portal, request)
    return view, view()


def test_month_of_deadlines_as_the_agent(portal, licence):
    today = date.today()
    permit = licence(deposit_date=today - timedelta(days=25))  # late
    api.user.get("urbagent").setMemberProperties({"fullname": "Urbain Agent"})
    login(portal, "urbagent")
    view, html = page(portal, month=f"{permit.due_date:%Y-%m}")
    rows = [(row["rule"], row["late"]) for row in view.rows]
    assert ("completeness", permit.due_date < today) in rows
    assert "Limite de complétude" in html or "Completeness limit" in html
    assert permit.reference in html
    table = html.split('class="table table-sm ia-urban-agenda"')[1]
    assert "<td>Urbain Agent</td>" in table.split("</table>")[0]  # not the id


def test_scope_and_security(portal, licence):
    permit = licence()
    month = f"{permit.due_date:%Y-%m}"
    login(portal, "agent2")  # same service, not the folder manager
    assert page(portal, month=month)[0].rows
    assert not page(portal, month=month, scope="mine")[0].rows
    login(portal, "autre")  # another service: sees no file
    assert not page(portal, month=month)[0].rows


def test_bad_month_says_so_in_french(portal, services):
    login(portal, "urbagent")
    view, html = page(portal, month="mars")
    assert view.error
    assert "mars" in view.error  # in French over REST: test_rest
    assert view.first == date.today().replace(day=1)


def test_rest(functional_portal, functional_services):
    portal = functional_portal
    api.portal.set_registry_record("plone.default_language", "fr")
    with api.env.adopt_roles(["Manager"]):
        permit = api.content.create(
            container=portal["urbanisme"],
            type="IaUrbBuildLicence",
            title="Extension",
            responsible_services=[functional_services["urbanisme"]],
            assigned_agent="urbagent",
        )
    transaction.commit()
    url = f"{portal.absolute_url()}/@ia-urban-deadlines"
    answer = rest("GET", f"{url}?month={permit.due_date:%Y-%m}", "urbagent")
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    assert [item["rule"] for item in items] == ["completeness"]
    assert items[0]["reference"] == permit.reference
    bad = rest("GET", f"{url}?month=2026-13", "urbagent")
    assert bad.status_code == 400
    assert "n'est pas un mois" in bad.json()["error"]["message"]
