"""The organisation chart folder, types and registry records after install."""

from ia.core.orgchart import api as orgchart
from plone import api


class TestInstall:
    def test_orgchart_folder(self, portal):
        folder = portal["organisation"]
        assert folder.portal_type == "IaOrgChart"
        assert folder.title == "Organigramme"
        assert folder.exclude_from_nav is True
        assert (
            orgchart.get_orgchart(portal).getPhysicalPath() == folder.getPhysicalPath()
        )

    def test_types_not_global(self, portal):
        types = api.portal.get_tool("portal_types")
        assert types["IaOrgChart"].global_allow is False
        assert types["IaService"].allowed_content_types == ("IaService",)

    def test_workflow_bound(self, portal):
        wf = api.portal.get_tool("portal_workflow")
        assert wf.getChainForPortalType("IaService") == ("ia_config_workflow",)
        assert wf.getChainForPortalType("IaOrgChart") == ("ia_config_workflow",)

    def test_default_functions(self, portal):
        functions = orgchart.get_functions()
        assert [f.id for f in functions] == [
            "encoder",
            "editor",
            "reviewer1",
            "reviewer2",
            "reviewer3",
            "reader",
            "manager",
        ]
        assert functions[1].title == "Rédacteur"
        assert functions[-1].role == "IaServiceManager"

    def test_validation_levels_default(self, portal):
        assert api.portal.get_registry_record("ia.core.validation_levels") == 1

    def test_behavior_on_test_types(self, portal):
        types = api.portal.get_tool("portal_types")
        for name in ("IaTestDocument", "IaTestCase", "IaTestPublication"):
            assert "ia.responsible" in types[name].behaviors
