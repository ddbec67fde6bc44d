"""1001 -> 1002: ``/courrier`` opens as a dashboard of its content.

Re-imports the ``typeinfo`` step of ia.docs:default (IaMailArea's default
view ``ia-folder-dashboard``; the mails' ``view_methods`` without the bare
``view``) and drops a layout chosen on ``/courrier`` so that it follows the
new default view.
"""

from ia.docs.area import get_mail_area


PROFILE = "profile-ia.docs:default"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo", run_dependencies=False)
    area = get_mail_area()
    if area is not None and area.getProperty("layout", None) is not None:
        area.manage_delProperties(["layout"])
