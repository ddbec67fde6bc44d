"""Item templates of a body: the folder created with the body, who may read
and write templates, items made from a template (Python, view, REST) and
the refusals (service not allowed, no service, template of another body)."""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from ia.delib.errors import DelibError
from ia.delib.templates import api as templates
from ia.delib.templates.content import FOLDER_ID
from ia.delib.templates.recurring import MINUTES_TEMPLATE_ID
from ia.delib.testing import create_body
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue
from plone.protect.authenticator import createToken
import pytest
import transaction


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def make_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in ("encodeur", "autre", "lecteur", "passant"):
        create_user(userid)
    finances = create_service(
        portal["organisation"], "Finances", [("encoder", "encodeur")], id="finances"
    )
    travaux = create_service(
        portal["organisation"],
        "Travaux",
        [("encoder", "autre"), ("reader", "lecteur")],
        id="travaux",
    )
    body = create_body(
        portal, "Conseil", id="conseil", categories=["finances|Finances"]
    )
    folder = body[FOLDER_ID]
    template = api.content.create(
        container=folder,
        type="IaDelibItemTemplate",
        id="budget",
        title="Modification budgétaire",
        category="finances",
        motivation=html("<p>Vu le CDLD, art. L1312-2</p>"),
        decision=html("<p>Article 1 : la modification est approuvée.</p>"),
        privacy="secret",
        list_type="late",
        allowed_services=[finances.UID()],
    )
    open_template = api.content.create(
        container=folder, type="IaDelibItemTemplate", id="libre", title="Point libre"
    )
    return {
        "body": body,
        "template": template,
        "open": open_template,
        "finances": finances.UID(),
        "travaux": travaux.UID(),
    }


@pytest.fixture
def world(portal):
    return make_world(portal)


def test_body_gets_its_templates_folder(world):
    folder = world["body"][FOLDER_ID]
    assert folder.portal_type == "IaDelibItemTemplates"
    assert folder.Title() == "Modèles de points"
    minutes = folder[MINUTES_TEMPLATE_ID]
    assert minutes.recurring and minutes.minutes_approval
    assert [t.getId() for t in templates.templates(world["body"])] == [
        MINUTES_TEMPLATE_ID,
        "budget",
        "libre",
    ]
    # one folder per body, never added by hand
    types = api.portal.get_tool("portal_types")
    assert "IaDelibItemTemplates" not in types["IaDelibBody"].allowed_content_types


def test_templates_read_by_all_written_by_admins(world):
    template = world["template"]
    with api.env.adopt_user(username="passant"):
        assert api.user.has_permission("View", obj=template)
        assert not api.user.has_permission("Modify portal content", obj=template)
        assert not api.user.has_permission(
            "ia.delib: Add body", obj=world["body"][FOLDER_ID]
        )
    assert api.content.get_state(template) == "active"


def test_item_from_template(world):
    with api.env.adopt_user(username="encodeur"):
        item = templates.item_from_template(world["body"], world["template"])
    assert item.aq_parent == world["body"]
    assert api.content.get_state(item) == "created"
    assert item.reference.startswith("DELIB/")
    assert item.Title() == "Modification budgétaire"
    assert item.responsible_services == [world["finances"]]
    assert item.category == "finances"
    assert item.privacy == "secret" and item.list_type == "late"
    assert "L1312-2" in item.motivation.raw
    assert "approuvée" in item.decision.raw
    # the item's texts are its own: editing them leaves the template alone
    item.decision = html("<p>Autre</p>")
    assert "approuvée" in world["template"].decision.raw
    assert item.Creator() == "encodeur"


def test_category_dropped_when_the_body_lost_it(world):
    world["body"].categories = ["travaux|Travaux"]
    with api.env.adopt_user(username="encodeur"):
        item = templates.item_from_template(world["body"], world["template"])
    assert item.category is None


def test_usable_templates_follow_allowed_services(world):
    body = world["body"]
    ids = lambda userid: [t.getId() for t in templates.usable_templates(body, userid)]  # noqa: E731
    assert "budget" in ids("encodeur") and "libre" in ids("encodeur")
    assert "budget" not in ids("autre") and "libre" in ids("autre")
    # a reader writes no item; a member without service neither
    assert ids("lecteur") == []
    assert ids("passant") == []


@pytest.mark.parametrize("userid", ["autre", "passant", "lecteur"])
def test_refused_without_an_allowed_service(world, userid):
    before = len(world["body"].objectIds())
    with api.env.adopt_user(username=userid):
        with pytest.raises(DelibError) as info:
            templates.item_from_template(world["body"], world["template"])
    assert "Modification budgétaire" in str(info.value)
    assert len(world["body"].objectIds()) == before


def test_refused_for_a_service_not_mine(world):
    with api.env.adopt_user(username="encodeur"):
        with pytest.raises(DelibError):
            templates.item_from_template(world["body"], world["open"], world["travaux"])


def test_template_of_another_body_refused(world, portal):
    other = create_body(portal, "Collège", id="college", body_kind="college")
    with pytest.raises(DelibError) as info:
        templates.find_template(other, world["template"].UID())
    assert "no item template" in str(info.value)
    with pytest.raises(DelibError):
        templates.find_template(world["body"], world["body"].UID())
    with pytest.raises(DelibError):
        templates.find_template(world["body"], None)


def test_minutes_template_not_used_by_hand(world):
    minutes = world["body"][FOLDER_ID][MINUTES_TEMPLATE_ID]
    with api.env.adopt_user(username="encodeur"):
        with pytest.raises(DelibError) as info:
            templates.item_from_template(world["body"], minutes)
    assert "by the system" in str(info.value)


def test_view_creates_the_item(world, portal):
    request = portal.REQUEST
    with api.env.adopt_user(username="encodeur"):
        view = api.content.get_view("ia-new-item-from-template", world["body"], request)
        assert [o["title"] for o in view.options()] == [
            "Modification budgétaire",
            "Point libre",
        ]
        assert "Point libre" in view()
        request.method = "POST"
        request.form.update(
            {
                "form.create": "1",
                "template": world["open"].UID(),
                "_authenticator": createToken(),
            }
        )
        view()
    assert request.response.getStatus() == 302
    location = request.response.getHeader("Location")
    assert location.endswith("/point-libre/edit")


def post_new_item(world, portal, userid, token=True, **form):
    """POST *Nouveau point depuis un modèle* on the body as ``userid``."""
    request = portal.REQUEST
    request.method = "POST"
    request.form.update({"form.create": "1", **form})
    with api.env.adopt_user(username=userid):
        if token:
            request.form["_authenticator"] = createToken()
        view = api.content.get_view("ia-new-item-from-template", world["body"], request)
        return view, view()


def test_view_bad_template_shows_an_error(world, portal):
    _view, page = post_new_item(
        world, portal, "autre", template=world["template"].UID()
    )
    assert portal.REQUEST.response.getStatus() == 400
    assert "Modification budgétaire" in page and "alert-danger" in page


def test_view_refusal_writes_nothing(world, portal):
    before = len(world["body"].objectIds())
    view, _page = post_new_item(
        world,
        portal,
        "encodeur",
        template=world["open"].UID(),
        service=world["travaux"],  # not one of the encoder's
    )
    response = portal.REQUEST.response
    assert response.getStatus() == 400 and response.getHeader("Location") is None
    assert view.error and transaction.get().isDoomed()
    assert len(world["body"].objectIds()) == before


def test_view_forged_post_refused(world, portal):
    from zExceptions import Forbidden

    before = len(world["body"].objectIds())
    with pytest.raises(Forbidden):
        post_new_item(
            world, portal, "encodeur", token=False, template=world["open"].UID()
        )
    assert len(world["body"].objectIds()) == before


def test_rest(functional_portal):
    world = make_world(functional_portal)
    transaction.commit()
    url = f"{world['body'].absolute_url()}/@ia-item-templates"
    response = rest("GET", url, "autre")
    assert response.status_code == 200
    assert [row["title"] for row in response.json()["items"]] == ["Point libre"]
    response = rest("POST", url, "encodeur", json={"template": world["template"].UID()})
    assert response.status_code == 201, response.text
    assert response.json()["review_state"] == "created"
    assert response.json()["reference"].startswith("DELIB/")
    item_url = response.json()["@id"]
    assert rest("GET", item_url, "encodeur").json()["privacy"]["token"] == "secret"

    transaction.begin()
    count = len(world["body"].objectIds())
    assert count == 2
    for user, body in (
        ("autre", {"template": world["template"].UID()}),
        ("encodeur", {"template": "nope"}),
        ("encodeur", {}),
        ("encodeur", {"template": world["open"].UID(), "service": 3}),
        ("encodeur", {"template": world["open"].UID(), "service": world["travaux"]}),
    ):
        response = rest("POST", url, user, json=body)
        assert response.status_code == 400, (body, response.text)
        assert response.json()["error"]["message"]
    response = rest("POST", url, "encodeur", data="[1]")
    assert response.status_code == 400
    assert rest(
        "POST", url, None, json={"template": world["open"].UID()}
    ).status_code in (
        401,
        403,
    )
    transaction.begin()
    assert len(world["body"].objectIds()) == count


def test_deprecated_alias_ia_item_from_template(functional_portal):
    """``@ia-item-from-template`` (deprecated: remove in 1.1) is
    ``@ia-item-templates``."""
    world = make_world(functional_portal)
    transaction.commit()
    url = f"{world['body'].absolute_url()}/@ia-item-from-template"
    response = rest("GET", url, "autre")
    assert [row["title"] for row in response.json()["items"]] == ["Point libre"]
    response = rest("POST", url, "encodeur", json={"template": world["template"].UID()})
    assert response.status_code == 201, response.text


def test_body_page_button(world, portal):
    from ia.delib.templates.browser import NewItemFromTemplateViewlet

    request = portal.REQUEST
    with api.env.adopt_user(username="encodeur"):
        viewlet = NewItemFromTemplateViewlet(world["body"], request, None, None)
        viewlet.update()
        assert "@@ia-new-item-from-template" in viewlet.render()
    # no service may use a template: no button
    with api.env.adopt_user(username="passant"):
        viewlet = NewItemFromTemplateViewlet(world["body"], request, None, None)
        viewlet.update()
        assert "@@ia-new-item-from-template" not in viewlet.render()
