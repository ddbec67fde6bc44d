"""1000 -> 1001: the letters of the inquiry, the opinion requests and the
notification.

``reload_templates`` runs the core's template import step on the profile:
the five new templates are created in ``/modeles/urbanisme``, the three
existing ones take the shared letter styles unless a manager changed their
ODT on the site (``ia.core.docgen.profile_import`` keeps it then);
``area_in_navigation``: ``/urbanisme`` becomes a tab of the global
navigation (``plone.displayed_types``).
"""

from plone import api


PROFILE = "profile-ia.urban:default"


def reload_templates(setup_tool) -> None:
    setup_tool.runImportStepFromProfile(
        PROFILE, "ia.core.docgen.templates", run_dependencies=False
    )


def area_in_navigation(setup_tool=None) -> None:
    record = "plone.displayed_types"
    types = tuple(api.portal.get_registry_record(record))
    if "IaUrbanArea" not in types:
        api.portal.set_registry_record(record, types + ("IaUrbanArea",))
