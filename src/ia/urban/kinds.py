"""The licence types of iA.Urban: one content type per licence kind.

Why one type per kind (docs/architecture.md, *iA.Urban*): the core numbers
a document from the register of its ``portal_type``
(``ia.core.reference_type_registers``), so one type per kind gives each
kind its own reference (``P/2026/123``) with nothing but configuration, and
two kinds share a counter by naming the same register. Every type has the
same schema (:mod:`ia.urban.content`) and workflow; what differs is the
*family*, which selects the deadline rules (:mod:`ia.urban.deadlines`).

The table below is the only list of kinds; the FTIs in
``profiles/default/types`` and the registry lines follow it (a test checks).
"""

from dataclasses import dataclass


CODT = "codt"  # Code du Développement Territorial
ENVIRONMENT = "environment"  # décret du 11 mars 1999 (permis d'environnement)
ENFORCEMENT = "enforcement"  # inspections and infringements: no legal delay


@dataclass(frozen=True)
class LicenceKind:
    portal_type: str
    acronym: str  # default register and reference prefix
    title: str  # English msgid (FTI title), French in the .po
    title_fr: str
    family: str


KINDS = (
    LicenceKind(
        "IaUrbBuildLicence", "P", "Planning permit", "Permis d'urbanisme", CODT
    ),
    LicenceKind(
        "IaUrbParcelLicence", "PURB", "Parcelling permit", "Permis d'urbanisation", CODT
    ),
    LicenceKind(
        "IaUrbCertificate1",
        "CU1",
        "Planning certificate 1",
        "Certificat d'urbanisme n°1",
        CODT,
    ),
    LicenceKind(
        "IaUrbCertificate2",
        "CU2",
        "Planning certificate 2",
        "Certificat d'urbanisme n°2",
        CODT,
    ),
    LicenceKind(
        "IaUrbDeclaration",
        "D",
        "Planning declaration",
        "Déclaration urbanistique",
        CODT,
    ),
    LicenceKind(
        "IaUrbArticle127",
        "PA",
        "Planning permit (article 127)",
        "Permis d'urbanisme (article 127)",
        CODT,
    ),
    LicenceKind(
        "IaUrbNotaryRequest",
        "NOT",
        "Notary information request",
        "Demande d'information notariale",
        CODT,
    ),
    LicenceKind("IaUrbDivision", "DIV", "Division notice", "Avis de division", CODT),
    LicenceKind("IaUrbInspection", "INSP", "Inspection", "Contrôle", ENFORCEMENT),
    LicenceKind(
        "IaUrbInfringement", "PV", "Infringement", "Infraction (PV)", ENFORCEMENT
    ),
    LicenceKind(
        "IaUrbEnvClass1",
        "PE1",
        "Environment permit class 1",
        "Permis d'environnement de classe 1",
        ENVIRONMENT,
    ),
    LicenceKind(
        "IaUrbEnvClass2",
        "PE2",
        "Environment permit class 2",
        "Permis d'environnement de classe 2",
        ENVIRONMENT,
    ),
    LicenceKind(
        "IaUrbEnvClass3",
        "DE3",
        "Environment declaration class 3",
        "Déclaration d'environnement de classe 3",
        ENVIRONMENT,
    ),
    LicenceKind(
        "IaUrbUniqueLicence", "PU", "Single permit", "Permis unique", ENVIRONMENT
    ),
)

BY_TYPE = {kind.portal_type: kind for kind in KINDS}
LICENCE_TYPES = tuple(BY_TYPE)


def kind_of(obj_or_type) -> LicenceKind | None:
    portal_type = getattr(obj_or_type, "portal_type", obj_or_type)
    return BY_TYPE.get(portal_type)


def family_of(obj_or_type) -> str:
    kind = kind_of(obj_or_type)
    return kind.family if kind is not None else CODT
