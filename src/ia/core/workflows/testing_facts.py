"""Test helpers: a workflow's facts read from its XML file, independently of
DCWorkflow, compared with what ``ia.core.workflows.facts`` reads on a site.

A product tests its own workflows with::

    @pytest.mark.parametrize("path", definition_paths(ia.myproduct))
    def test_facts(portal, path):
        check_installed_facts(portal, path)
"""

from ia.core.workflows import facts
from lxml import etree
from pathlib import Path
from plone import api
import io
import tarfile


def definition_paths(package) -> list[Path]:
    """The ``definition.xml`` files of ``package``'s default profile."""
    root = Path(package.__file__).parent / "profiles" / "default" / "workflows"
    return sorted(root.glob("*/definition.xml"))


def _convert(value: str, type_id: str):
    if type_id == "bool":
        return value.strip().lower() in ("true", "yes", "1")
    if type_id == "int":
        return int(value)
    return value


def read_definition(source) -> dict:
    """``{"id", "variables": {id: attributes}, "states": {state: {var: value}}}``
    of a ``definition.xml`` (a path or the XML text), states in XML order."""
    if isinstance(source, Path):
        root = etree.parse(str(source)).getroot()
    else:
        root = etree.fromstring(source.encode("utf-8"))
    states = {}
    for state in root.findall("state"):
        states[state.get("state_id")] = {
            node.get("name"): _convert(node.text or "", node.get("type"))
            for node in state.findall("assignment")
        }
    variables = {
        node.get("variable_id"): dict(node.attrib) for node in root.findall("variable")
    }
    return {"id": root.get("workflow_id"), "variables": variables, "states": states}


def expected_final(definition) -> tuple[str, ...]:
    return tuple(
        s for s, values in definition["states"].items() if values.get(facts.FINAL)
    )


def expected_ball(definition, state) -> tuple[str, ...]:
    return tuple((definition["states"][state].get(facts.BALL) or "").split())


def exported(workflow_id: str) -> dict:
    """The installed workflow exported by GenericSetup's ``workflows`` step, read back."""
    setup = api.portal.get_tool("portal_setup")
    result = setup.runExportStep("workflows")
    with tarfile.open(fileobj=io.BytesIO(result["tarball"])) as tar:
        member = tar.extractfile(f"workflows/{workflow_id}/definition.xml")
        return read_definition(member.read().decode("utf-8"))


def check_installed_facts(portal, path: Path) -> None:
    """The reader answers what the XML says; the export says it again."""
    definition = read_definition(path)
    workflow_id = definition["id"]
    assert facts.final_states(workflow_id, portal) == expected_final(definition)
    for state in definition["states"]:
        assert facts.ball_roles(workflow_id, state, portal) == expected_ball(
            definition, state
        ), state
    export = exported(workflow_id)
    for state, values in definition["states"].items():
        assert export["states"][state] == values, state
    for variable in (facts.FINAL, facts.BALL):
        assert export["variables"][variable]["for_status"] == "False"
        assert export["variables"][variable]["for_catalog"] == "False"


# Lists meant to hold done documents too (for information, recent changes).
KEEPS_FINAL = frozenset({"in_copy", "recent", "mail_in_copy"})


def open_lists_holding(obj, userids) -> set[str]:
    """Ids of the dashboard lists (but ``KEEPS_FINAL``) whose query for one of
    ``userids`` finds ``obj`` (catalog only: the query is what is tested)."""
    from ia.core.dashboard import principal
    from ia.core.dashboard.registry import available_lists

    catalog = api.portal.get_tool("portal_catalog")
    found = set()
    for userid in userids:
        principal.clear_cache()
        for dlist in available_lists():
            if dlist.id in KEEPS_FINAL:
                continue
            query = dlist.query(userid)
            if query is None:
                continue
            if catalog.unrestrictedSearchResults(dict(query, UID=obj.UID())):
                found.add(dlist.id)
    principal.clear_cache()
    return found


def simulate_release_1000(profile_id: str, workflow_ids, final_states=()) -> None:
    """A site as release 1000 left it: the workflows without their state
    variables, the registry list ``ia.core.final_states`` back, the profile
    at version 1000 (documents indexed afterwards get the old answers)."""
    from persistent.mapping import PersistentMapping
    from plone.registry import Record
    from plone.registry import field
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    wtool = api.portal.get_tool("portal_workflow")
    for workflow_id in workflow_ids:
        workflow = wtool[workflow_id]
        for state in workflow.states.objectValues():
            state.var_values = PersistentMapping()
        for variable in list(workflow.variables.objectIds()):
            if variable.startswith("ia_"):
                workflow.variables._delObject(variable)
    records = getUtility(IRegistry).records
    if "ia.core.final_states" not in records:
        records["ia.core.final_states"] = Record(
            field.List(value_type=field.ASCIILine()), list(final_states)
        )
    api.portal.get_tool("portal_setup").setLastVersionForProfile(profile_id, "1000")
