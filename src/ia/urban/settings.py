"""The iA.Urban settings (registry ``ia.urban.*``) and their control panel.

Streets, zones and flood levels are ``id|Name`` lines; delays ``id|days``
(the ids of :data:`ia.urban.deadlines.settings.DEFAULT_DELAYS`);
suspension periods ``MM-DD|MM-DD``. A bad line is refused when saved, with
a message naming it. The licence types' acronyms and shared counters are
the core's numbering settings (``ia.core.reference_patterns`` and
``ia.core.reference_type_registers``); the map's tiles are the core's map
settings (docs/urban-guide.md).
"""

from ia.urban import _
from ia.urban.deadlines.calendar import parse_period
from ia.urban.deadlines.settings import DEFAULT_DELAYS
from plone.app.registry.browser import controlpanel
from zope import schema
from zope.interface import Interface
from zope.schema.interfaces import ValidationError


class BadSettingLine(ValidationError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def _bad(msgid, default, line):
    return BadSettingLine(_(msgid, default=default, mapping={"line": str(line)[:60]}))


def valid_delay(line) -> bool:
    key, _sep, days = (line or "").partition("|")
    if key.strip() not in DEFAULT_DELAYS or not days.strip().isdigit():
        raise _bad(
            "msg_urban_bad_delay_line",
            'The line "${line}" is not "id|days" with a known delay id.',
            line,
        )
    return True


def valid_period(line) -> bool:
    try:
        parse_period(line)
    except (TypeError, ValueError):
        raise _bad(
            "msg_urban_bad_period_line",
            'The line "${line}" is not a period "MM-DD|MM-DD".',
            line,
        ) from None
    return True


def _lines(title, description, constraint=None):
    value_type = (
        schema.TextLine(constraint=constraint) if constraint else schema.TextLine()
    )
    return schema.List(
        title=title,
        description=description,
        value_type=value_type,
        required=False,
        default=[],
        missing_value=[],
    )


class IUrbanSettings(Interface):
    streets = _lines(
        _("Streets of the municipality"),
        _(
            'One street a line, as "id|Name" (the work locations choose from this list).'
        ),
    )
    zones = _lines(
        _("Zones of the plan de secteur"), _('One zone a line, as "id|Name".')
    )
    flood_zones = _lines(_("Flood hazard levels"), _('One level a line, as "id|Name".'))
    delays = _lines(
        _("Legal delays (days)"),
        _(
            'One delay a line, as "id|days" (ids in the guide); a missing id keeps its default.'
        ),
        valid_delay,
    )
    suspension_periods = _lines(
        _("Suspension periods"),
        _('One period a line, as "MM-DD|MM-DD" (first and last day, both suspended).'),
        valid_period,
    )
    extend_to_working_day = schema.Bool(
        title=_("A last day on a weekend or holiday moves to the next working day"),
        required=False,
        default=True,
    )
    due_soon_days = schema.Int(
        title=_('Days of the "due soon" list'), required=True, default=7, min=1, max=60
    )


class UrbanSettingsForm(controlpanel.RegistryEditForm):
    id = "UrbanSettings"
    label = _("Urbanism")
    description = _("Streets, zones, legal delays and suspension periods of iA.Urban.")
    schema = IUrbanSettings
    schema_prefix = "ia.urban"


class UrbanSettingsView(controlpanel.ControlPanelFormWrapper):
    form = UrbanSettingsForm
