"""The schemas of the programme and its items (FTIs: ``profiles/default/types``).

Programme → strategic objectives (OS) → operational objectives (OO) →
actions → sub-actions. Title, responsible services (``ia.responsible``) and
versioning come from the core's behaviors; the references (``OS.1``,
``OO.1.2``, ``A.3``, ``A.3 – SA.1``) are computed (``references.py``).
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from ia.core.directory.fields import ContactField
from ia.core.directory.fields import ContactListField
from ia.pst import _
from plone.autoform import directives
from plone.supermodel import model
from zope import schema
from zope.interface import Interface
from zope.interface import invariant
from zope.interface.exceptions import Invalid


PROGRAMME = "IaPstProgramme"
STRATEGIC = "IaPstStrategicObjective"
OPERATIONAL = "IaPstOperationalObjective"
ACTION = "IaPstAction"
SUBACTION = "IaPstSubAction"
OBJECTIVES = (STRATEGIC, OPERATIONAL)
WORK = (ACTION, SUBACTION)
ITEMS = (STRATEGIC, OPERATIONAL, ACTION, SUBACTION)
TYPES = (PROGRAMME, *ITEMS)

HEALTHS = ("green", "orange", "red")


# The grid rows' fields are optional: the grid's empty row for a new line
# must not block the form (browsers refuse to send a form with an empty
# required input); a row without amount counts 0, one without label is
# shown as it is.


class IBudgetLine(Interface):
    budget_type = schema.Choice(
        title=_("label_budget_type", default="Budget type"),
        vocabulary="ia.pst.budget_types",
        required=False,
    )
    year = schema.Int(
        title=_("label_year", default="Year"), min=1990, max=2100, required=False
    )
    amount = schema.Float(
        title=_("label_amount", default="Amount (EUR)"), min=0.0, required=False
    )
    article = schema.TextLine(
        title=_("label_budget_article", default="Budget article"), required=False
    )


class IIndicator(Interface):
    label = schema.TextLine(
        title=_("label_indicator", default="Indicator"), required=False
    )
    target = schema.Float(
        title=_("label_target", default="Target value"), required=False
    )
    reached = schema.Float(
        title=_("label_reached", default="Reached value"), required=False
    )
    year = schema.Int(
        title=_("label_year", default="Year"), min=1990, max=2100, required=False
    )


class IProgramme(model.Schema):
    """A programme per legislature."""

    legislature_start = schema.Date(
        title=_("label_legislature_start", default="Start of the legislature")
    )
    legislature_end = schema.Date(
        title=_("label_legislature_end", default="End of the legislature")
    )
    designation_date = schema.Date(
        title=_("label_designation_date", default="Designation of the aldermen"),
        description=_(
            "help_designation_date",
            default="The council must take note of the programme within the limit counted from this date.",
        ),
        required=False,
    )
    limit_months = schema.Int(
        title=_("label_limit_months", default="Limit (months)"),
        default=9,
        min=1,
        max=24,
    )
    council_noted = schema.Date(
        title=_("label_council_noted", default="Council took note on"),
        required=False,
    )
    administration_type = schema.Choice(
        title=_("label_administration_type", default="Administration"),
        vocabulary="ia.pst.administration_types",
        default="AC",
    )
    public = schema.Bool(
        title=_("label_public_programme", default="Published for citizens"),
        default=False,
        required=False,
    )

    @invariant
    def legislature_dates(data):
        start = getattr(data, "legislature_start", None)
        end = getattr(data, "legislature_end", None)
        if start and end and end < start:
            raise Invalid(
                _(
                    "error_legislature_dates",
                    default="The legislature ends before it starts.",
                )
            )


class IPstItem(model.Schema):
    """What objectives, actions and sub-actions share."""

    categories = schema.List(
        title=_("label_categories", default="Categories"),
        value_type=schema.Choice(vocabulary="ia.pst.categories"),
        required=False,
        default=[],
    )
    priority = schema.Choice(
        title=_("label_priority", default="Priority"),
        vocabulary="ia.pst.priorities",
        required=False,
    )
    manager = ContactListField(
        title=_("label_manager", default="Manager"), vocabulary="ia.core.persons"
    )
    political_responsible = ContactField(
        title=_("label_political_responsible", default="Political responsible"),
        vocabulary="ia.core.persons",
    )
    administrative_responsible = ContactField(
        title=_(
            "label_administrative_responsible", default="Administrative responsible"
        ),
        vocabulary="ia.core.persons",
    )
    planned_start = schema.Date(
        title=_("label_planned_start", default="Planned start"), required=False
    )
    planned_end = schema.Date(
        title=_("label_planned_end", default="Planned end"), required=False
    )
    effective_start = schema.Date(
        title=_("label_effective_start", default="Effective start"), required=False
    )
    effective_end = schema.Date(
        title=_("label_effective_end", default="Effective end"), required=False
    )
    directives.widget("indicators", DataGridFieldWidgetFactory)
    indicators = schema.List(
        title=_("label_indicators", default="Result indicators"),
        value_type=DictRow(
            title=_("label_indicator", default="Indicator"), schema=IIndicator
        ),
        required=False,
        default=[],
    )
    observations = schema.Text(
        title=_("label_observations", default="Observations"), required=False
    )
    public = schema.Bool(
        title=_("label_public", default="Published for citizens"),
        default=False,
        required=False,
    )
    # The evaluation reports' free comment, one per evaluation (an action
    # without one shows its health details or observations instead).
    model.fieldset(
        "evaluation",
        label=_("fieldset_evaluation", default="Evaluation"),
        fields=["evaluation_midterm", "evaluation_final"],
    )
    evaluation_midterm = schema.Text(
        title=_("label_evaluation_midterm", default="Mid-term evaluation comment"),
        description=_(
            "help_evaluation_comment",
            default="Shown in the evaluation report next to this item.",
        ),
        required=False,
    )
    evaluation_final = schema.Text(
        title=_("label_evaluation_final", default="Final evaluation comment"),
        description=_(
            "help_evaluation_comment",
            default="Shown in the evaluation report next to this item.",
        ),
        required=False,
    )


class IStrategicObjective(IPstItem):
    """OS.n"""


class IOperationalObjective(IPstItem):
    """OO.n.m"""


class IWorkItem(IPstItem):
    """What actions and sub-actions add: progress, health, budget."""

    progress = schema.Int(
        title=_("label_progress", default="Progress (%)"), min=0, max=100, default=0
    )
    health = schema.Choice(
        title=_("label_health", default="Health"),
        vocabulary="ia.pst.health",
        default="green",
    )
    health_details = schema.Text(
        title=_("label_health_details", default="Health details"), required=False
    )
    directives.widget("budget_lines", DataGridFieldWidgetFactory)
    budget_lines = schema.List(
        title=_("label_budget_lines", default="Budget lines"),
        value_type=DictRow(
            title=_("label_budget_line", default="Budget line"), schema=IBudgetLine
        ),
        required=False,
        default=[],
    )


class IAction(IWorkItem):
    """A.n; may serve other operational objectives (shared)."""

    shared_with = schema.List(
        title=_("label_shared_with", default="Also serves"),
        description=_(
            "help_shared_with",
            default="Other operational objectives this action serves; its budget is split between them.",
        ),
        value_type=schema.Choice(vocabulary="ia.pst.operational_objectives"),
        required=False,
        default=[],
    )


class ISubAction(IWorkItem):
    """A.n – SA.m"""
