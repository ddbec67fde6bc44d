"""1000 -> 1001: the evaluation reports show a comment per objective.

The objectives and actions got two optional fields (``evaluation_midterm``,
``evaluation_final``: no stored data to migrate). The two evaluation
templates read them: re-import the document templates of ia.pst:default
(``ia.core.docgen.templates``; a template modified on the site is kept and
flagged, as on any re-import).
"""

PROFILE = "profile-ia.pst:default"
STEP = "ia.core.docgen.templates"


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, STEP, run_dependencies=False)
