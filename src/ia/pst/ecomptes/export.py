"""The PST file for the Region's eComptes tool (version 201805V1).

    data = export(programme, exercise=2026)   # bytes, UTF-8 XML

One volet ("NEANT") holding the strategic objectives, their operational
objectives and, under each, the actions serving it (a shared action under
every objective it serves). Every file is validated against
``schema/pst_ecomptes_201805V1.xsd`` before it is handed out: a file the
Region would refuse is never produced (``EcomptesError``).
"""

from datetime import date
from ia.core.directory.api import get_contact
from ia.core.settings.api import get_settings
from ia.pst import _
from ia.pst import rollup
from ia.pst.content import OPERATIONAL
from ia.pst.content import STRATEGIC
from ia.pst.ecomptes.errors import EcomptesError
from ia.pst.references import children
from ia.pst.references import reference
from ia.pst.shared import actions_of
from lxml import etree
from pathlib import Path
from plone import api
from plone.app.uuid.utils import uuidToObject
import functools


VERSION = "201805V1"
GENERATOR = "iA.PST"
SCHEMA = Path(__file__).parent / "schema" / "pst_ecomptes_201805V1.xsd"

OBJECTIVE_STATUS = {
    "created": "NON_COMMENCE",
    "ongoing": "EN_COURS",
    "achieved": "TERMINE",
}
ACTION_STATUS = {
    "created": "NON_COMMENCE",
    "to_be_scheduled": "EN_ATTENTE",
    "ongoing": "EN_COURS",
    "terminated": "TERMINE",
    "stopped": "ANNULE_ABANDONNE",
}
CIVILITY = {"mrs": "MADAME"}  # anything else: MONSIEUR (the format knows two)


@functools.cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def validate(data: bytes) -> None:
    """Raise ``EcomptesError`` naming the first schema error of ``data``."""
    document = etree.fromstring(data)
    checker = schema()
    if not checker.validate(document):
        error = checker.error_log[0]
        raise EcomptesError(
            _(
                "The eComptes file is not valid (line ${line}): ${message}",
                mapping={"line": error.line, "message": error.message},
            )
        )


def _sub(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, tag, **attributes)
    if text is not None:
        element.text = str(text)
    return element


def _text(parent, tag, value):
    block = _sub(parent, tag)
    _sub(block, "Mode", "TEXTE")
    _sub(block, "Valeur", value or "")


def _person(parent, tag, uid):
    person = get_contact(uid) if uid else None
    if person is None or getattr(person, "portal_type", "") != "IaPerson":
        return
    block = _sub(parent, tag)
    _sub(block, "Civilite", CIVILITY.get(person.civility, "MONSIEUR"))
    _sub(block, "Nom", (person.lastname or "")[:100])
    _sub(block, "Prenom", (person.firstname or "")[:50])
    _sub(block, "Tel", (person.phone or "")[:15])
    _sub(block, "eMail", (person.email or "")[:255])


def _department(item):
    for uid in getattr(item, "responsible_services", None) or ():
        service = uuidToObject(uid, unrestricted=True)
        if service is not None:
            return service.Title()
    return None


def _element(parent, tag, item, exercise, *, status, progress):
    element = _sub(parent, tag, ElementId=item.UID(), Exercice=str(exercise))
    _sub(element, "Libelle", f"{reference(item)} - {item.Title()}"[:255])
    if item.planned_start:
        _sub(element, "DateDebut", item.planned_start.isoformat())
    if item.planned_end:
        _sub(element, "DateFin", item.planned_end.isoformat())
    _text(element, "Description", item.Description())
    _sub(element, "Statut", status)
    _person(element, "Responsable", (item.manager or [None])[0])
    _person(element, "Mandataire", item.political_responsible)
    department = _department(item)
    if department:
        _sub(element, "Departement", department)
    _sub(element, "TauxAvancement", int(progress or 0))
    _text(
        element,
        "RemarqueStatut",
        getattr(item, "health_details", "") or item.observations,
    )
    _sub(element, "ETP", 0)
    _sub(element, "Plans")
    _sub(element, "Partenaires")
    return element


def _objective(parent, tag, objective, exercise):
    state = api.content.get_state(objective, default="created")
    return _element(
        parent,
        tag,
        objective,
        exercise,
        status=OBJECTIVE_STATUS.get(state, "NON_COMMENCE"),
        progress=rollup.rollup(objective)["progress"],
    )


def _action(parent, action, exercise):
    state = api.content.get_state(action, default="created")
    status = ACTION_STATUS.get(state, "NON_COMMENCE")
    if status == "EN_COURS" and action.health == "red":
        status = "PROBLEME"
    _element(
        parent, "Action", action, exercise, status=status, progress=action.progress
    )


def _ins_code() -> int:
    code = (get_settings().ins_code or "").strip()
    if not (code.isdigit() and len(code) == 5):
        raise EcomptesError(
            _(
                "Set the INS code of the municipality (5 digits) before exporting to eComptes."
            )
        )
    return int(code)


def _identification(root, programme, exercise):
    block = _sub(root, "Identifiants")
    _sub(block, "Id", date.today().strftime("%Y%m%d"))
    _sub(block, "TypeAdmin", programme.administration_type or "AC")
    _sub(block, "INS", _ins_code())
    _sub(block, "Type", "PST")
    _sub(block, "Exercice", exercise)
    _sub(block, "Version", VERSION)
    _sub(block, "Generateur", GENERATOR)


def _description(pst, programme):
    block = _sub(pst, "DescriptionPST")
    _sub(block, "IdPST", programme.UID())
    _sub(block, "Libelle", programme.Title()[:255])
    _sub(block, "ExerciceDebut", programme.legislature_start.year)
    _sub(block, "ExerciceFin", programme.legislature_end.year)


def _volet(volets, programme, exercise):
    volet = _sub(volets, "Volet", ElementId="neant", Exercice=str(exercise))
    _sub(volet, "Libelle", "NEANT")
    _text(volet, "Description", "")
    _sub(volet, "Statut", "NON_COMMENCE")
    _sub(volet, "TauxAvancement", 0)
    _text(volet, "RemarqueStatut", "")
    _sub(volet, "ETP", 0)
    _sub(volet, "Plans")
    _sub(volet, "Partenaires")
    return volet


def build(programme, exercise) -> etree._Element:
    root = etree.Element("dataroot")
    _identification(root, programme, exercise)
    pst = _sub(root, "PST")
    _description(pst, programme)
    volet = _volet(_sub(pst, "Volets"), programme, exercise)
    strategic_list = _sub(volet, "ObjectifStrategiques")
    for strategic in children(programme, STRATEGIC):
        os_element = _objective(
            strategic_list, "ObjectifStrategique", strategic, exercise
        )
        operational_list = _sub(os_element, "ObjectifsOperationnels")
        for operational in children(strategic, OPERATIONAL):
            oo_element = _objective(
                operational_list, "ObjectifOperationnel", operational, exercise
            )
            actions = _sub(oo_element, "Actions")
            for action, _shared in actions_of(operational):
                _action(actions, action, exercise)
    return root


def export(programme, *, exercise: int | None = None) -> bytes:
    """The validated eComptes XML of ``programme`` for ``exercise`` (this year)."""
    try:
        exercise = int(exercise or date.today().year)
    except (TypeError, ValueError):
        exercise = 0  # not a year: the same refusal as one out of range
    if not 1990 <= exercise <= 2100:
        raise EcomptesError(_("The financial year must be between 1990 and 2100."))
    data = etree.tostring(
        build(programme, exercise),
        xml_declaration=True,
        encoding="UTF-8",
        pretty_print=True,
    )
    validate(data)
    return data


def year(exercise) -> int:
    """The financial year an accepted ``exercise`` stands for."""
    return int(exercise or date.today().year)


def filename(programme, exercise) -> str:
    return f"pst-ecomptes-{exercise}-{programme.getId()}.xml"
