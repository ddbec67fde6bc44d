"""Applying a municipality profile to a site, and creating sites from it."""

from dataclasses import replace
from ia.core.orgchart import api as orgchart
from ia.core.settings import api as settings
from ia.policy.apply import SiteError
from ia.policy.apply import apply_municipality
from ia.policy.municipality import load
from ia.policy.site import create_or_update
from ia.policy.site import pending_upgrades
from plone import api
from zope.component.hooks import setSite
import pytest
import transaction


def person_count(portal):
    return len(api.content.find(context=portal, portal_type="IaPerson"))


def snapshot(portal):
    return {
        "services": sorted(
            row[0].getId() for row in orgchart.iter_service_objects(portal)
        ),
        "persons": person_count(portal),
        "positions": len(
            api.content.find(context=portal, portal_type="IaHeldPosition")
        ),
        "organisations": len(
            api.content.find(context=portal, portal_type="IaOrganisation")
        ),
        "users": sorted(u.getId() for u in api.user.get_users()),
        "groups": sorted(g.getId() for g in api.group.get_groups()),
        "settings": settings.as_dict(),
        "title": portal.title,
    }


class TestApplyMunicipality:
    @pytest.fixture
    def demo(self, demo_toml):
        # Without the products' demo data (councillors in the directory,
        # mails ...): each product tests its own on a layer of its own
        # (tests/delib/demo_layer.py, tests/docs/demo_layer_docs.py), and
        # here they would cost half a minute a test.
        return replace(load(demo_toml), demo={})

    def test_services_tree(self, portal, demo):
        apply_municipality(portal, demo)
        root = orgchart.get_orgchart(portal)
        assert root["urbanisme"].title == "Urbanisme"
        assert root["urbanisme"].acronym == "URB"
        assert root["urbanisme"].validation_levels == 2
        assert root["travaux"]["voirie"].portal_type == "IaService"

    def test_settings(self, portal, demo):
        apply_municipality(portal, demo)
        values = settings.get_settings()
        assert values.name == "Commune de Démo"
        assert values.ins_code == "99999"
        assert values.mayor == "Marie Dupont"
        assert values.aldermen == ["Luc Lambert", "Sophie Renard", "Karim Benali"]
        signatories = settings.signatories()
        assert [position.position_type for position in signatories] == [
            "bourgmestre",
            "directeur_general",
        ]

    def test_language_and_timezone(self, portal, demo):
        apply_municipality(portal, replace(demo, language="nl"))
        assert api.portal.get_registry_record("plone.default_language") == "nl"
        assert (
            api.portal.get_registry_record("plone.portal_timezone") == "Europe/Brussels"
        )
        assert "Europe/Brussels" in api.portal.get_registry_record(
            "plone.available_timezones"
        )

    def test_officials_in_directory(self, portal, demo):
        apply_municipality(portal, demo)
        assert person_count(portal) == len(demo.officials())
        [mayor] = [
            b.getObject()
            for b in api.content.find(
                portal_type="IaHeldPosition", ia_position_type="bourgmestre"
            )
        ] or [None]
        assert mayor is not None
        assert mayor.signatory is True

    def test_users_and_memberships(self, portal, demo):
        apply_municipality(portal, demo)
        user = api.user.get(userid="urbachef")
        assert user.getProperty("fullname") == "Thomas Petit"
        urbanisme = orgchart.get_orgchart(portal)["urbanisme"]
        assert "urbachef" in orgchart.members(urbanisme, "manager")
        assert "urbagent" in orgchart.members(urbanisme, "editor")
        assert "finagent" in orgchart.members(urbanisme, "reader")

    def test_rerun_is_idempotent(self, portal, demo):
        apply_municipality(portal, demo)
        first = snapshot(portal)
        apply_municipality(portal, demo)
        assert snapshot(portal) == first

    def test_rerun_updates(self, portal, demo):
        apply_municipality(portal, demo)
        services = tuple(
            replace(s, title="Urbanisme et environnement") if s.id == "urbanisme" else s
            for s in demo.services
        )
        apply_municipality(
            portal, replace(demo, services=services, title="Ville de Démo")
        )
        assert (
            orgchart.get_orgchart(portal)["urbanisme"].title
            == "Urbanisme et environnement"
        )
        assert portal.title == "Ville de Démo"

    def test_user_password_kept_on_rerun(self, portal, demo):
        apply_municipality(portal, demo)
        acl = portal.acl_users
        acl.userSetPassword("urbagent", "changed-by-admin")
        apply_municipality(portal, demo)
        assert (
            acl.authenticate("urbagent", "changed-by-admin", portal.REQUEST) is not None
        )


@pytest.mark.slow
class TestCreateOrUpdate:
    """Whole sites in the functional layer's Zope root (commits are allowed there)."""

    @pytest.fixture
    def demo(self, demo_toml):
        # The products' demos run (create, rerun, broken rerun), with a dozen
        # mails instead of the profile's 300: three runs of 300 mails were a
        # quarter of the suite's time. Each product tests its whole demo on a
        # layer of its own (tests/docs/test_demo.py, tests/delib/test_demo.py).
        municipality = load(demo_toml)
        demo = dict(municipality.demo)
        demo["ia.docs"] = {**demo["ia.docs"], "mails": 12}
        demo["ia.tech"] = {"requests": 12, "assets": 4}
        demo["ia.urban"] = {**demo["ia.urban"], "files": 14}
        return replace(municipality, site_id="commune", demo=demo)

    @pytest.fixture
    def app(self, functional_app):
        yield functional_app
        setSite(None)

    def test_create_then_update(self, app, demo):
        site, created = create_or_update(app, demo)
        assert created is True
        assert "commune" in app.objectIds()
        setSite(site)
        assert site.title == "Commune de Démo"
        assert api.portal.get_registry_record("plone.default_language") == "fr"
        assert (
            api.portal.get_registry_record("plone.portal_timezone") == "Europe/Brussels"
        )
        assert api.portal.get_tool("portal_setup").getLastVersionForProfile(
            "ia.policy:default"
        ) == ("1000",)
        assert pending_upgrades(site) == {}
        before = snapshot(site)

        site, created = create_or_update(app, demo)
        assert created is False
        setSite(site)
        assert snapshot(site) == before

        # A broken run (here: a function this site does not configure) is
        # refused and leaves the existing site untouched.
        users = list(demo.users)
        memberships = (
            replace(users[0].memberships[0], function="mayor_of_everything"),
        )
        users[0] = replace(users[0], memberships=memberships)
        broken = replace(demo, users=tuple(users), title="Titre jamais écrit")
        with pytest.raises(SiteError, match="users\\[0\\].memberships\\[0\\].function"):
            create_or_update(app, broken)
        transaction.begin()
        setSite(app["commune"])
        assert app["commune"].title == "Commune de Démo"
        assert snapshot(app["commune"]) == before

    def test_failed_creation_leaves_no_site(self, app, demo):
        users = list(demo.users)
        users[0] = replace(
            users[0], memberships=(replace(users[0].memberships[0], function="nope"),)
        )
        with pytest.raises(SiteError):
            create_or_update(app, replace(demo, users=tuple(users)))
        transaction.begin()
        assert "commune" not in app.objectIds()

    def test_id_taken_by_other_object(self, app, demo):
        app.manage_addFolder("commune")
        transaction.commit()
        with pytest.raises(SiteError, match="not a Plone site"):
            create_or_update(app, demo)
