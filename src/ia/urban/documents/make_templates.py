"""Write the ODT templates of iA.Urban (run once; the output is committed).

The letter styles are the suite's (:mod:`ia.core.docgen.odt_letters`).

    .venv/bin/python -m ia.urban.documents.make_templates

The fields are appy.pod expressions on the ``view`` of
:mod:`ia.urban.documents.helper`; managers may replace the files in
``/modeles/urbanisme`` with their own.
"""

from ia.core.docgen.odt import Expr as E
from ia.core.docgen.odt import paragraph_style
from ia.core.docgen.odt_letters import letter_writer
from pathlib import Path


TARGET = Path(__file__).parents[1] / "profiles" / "default" / "templates"

ODT = letter_writer(
    "ia.urban",
    extra=[
        paragraph_style(
            "Heading",
            parent="Standard",
            paragraph={
                "fo:text-align": "center",
                "fo:margin-top": "0.6cm",
                "fo:margin-bottom": "0.6cm",
            },
            text={"fo:font-size": "16pt", "fo:font-weight": "bold"},
        ),
        # a page break after each letter of a mail-merge, but the last
        paragraph_style(
            "PageBreak", parent="Standard", paragraph={"fo:break-after": "page"}
        ),
    ],
)
para = ODT.paragraph
HEAD = ODT.letterhead(
    details=("view.municipality_address()", "view.municipality_contact()"),
    name_style="Letterhead",
    details_style="Small",
) + [
    para(E("line"), style="Address", do="do text for line in view.applicant_lines()"),
    *ODT.lines("view.place_and_date()", style="Right"),
    para("Notre référence : ", E("view.reference()")),
]
CONCERNS = [
    para(
        "Concerne : ",
        E("view.kind_title()"),
        " – ",
        E("view.title"),
        " – ",
        E("view.address()"),
        style="Subject",
    ),
    para("Parcelles cadastrales : ", E("view.parcels()")),
]
SIGNATURE = [
    para("Par le Collège,", style="Signature"),
    para(E("view.municipality('name')"), style="Address"),
]


def acknowledgement():
    """Accusé de réception (D.IV.33): complete file, procedure, decision delay."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Nous accusons réception de votre demande déposée le ",
                E("view.event_date('deposit')"),
                ". Le dossier est complet à la date du ",
                E("view.event_date('acknowledgement')"),
                ".",
            ),
            para(E("line"), do="do text for line in view.procedure_lines()"),
            para(
                "Le Collège communal statuera dans un délai de ",
                E("view.decision_delay()"),
                " jours, soit au plus tard le ",
                E("view.decision_limit()"),
                " (",
                E("view.decision_explanation()"),
                ").",
            ),
            para(
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            ),
        ]
        + SIGNATURE
    )


def missing_documents():
    """Liste des pièces manquantes (D.IV.33) and the 180 days to complete."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Votre demande déposée le ",
                E("view.event_date('deposit')"),
                " est incomplète. Les documents suivants manquent :",
            ),
            para("– ", E("line"), do="do text for line in view.missing_documents()"),
            para(
                "Vous disposez de 180 jours pour compléter votre dossier, soit "
                "jusqu'au ",
                E("view.completion_limit()"),
                ". À défaut, la demande sera déclarée irrecevable.",
            ),
        ]
        + SIGNATURE
    )


def decision():
    """La décision du Collège (octroi ou refus) with its conditions."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Le Collège communal,", style="Subject"),
            para(
                "Vu la demande introduite le ",
                E("view.event_date('deposit')"),
                " et déclarée complète le ",
                E("view.event_date('acknowledgement')"),
                " ;",
            ),
            para("Vu le Code du Développement Territorial ;"),
            para(
                "DÉCIDE en séance du ",
                E("view.event_date('decision')"),
                " : le Collège ",
                E("view.decision()"),
                " le ",
                E("view.kind_title()"),
                " sollicité.",
                style="Subject",
            ),
            para(E("line"), do="do text for line in view.decision_conditions()"),
        ]
        + SIGNATURE
    )


LETTERHEAD = ODT.letterhead(
    details=("view.municipality_address()", "view.municipality_contact()"),
    name_style="Letterhead",
    details_style="Small",
)
CLOSING = para(
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
)
INQUIRY_FACTS = [
    para("Demandeur : ", E("view.applicant_names()")),
    para("Objet de la demande : ", E("view.title")),
    para("Situation du bien : ", E("view.address()")),
    para("Parcelles cadastrales : ", E("view.parcels_written()")),
    para("Référence du dossier : ", E("view.reference()")),
]
INQUIRY_TERMS = [
    para(
        E("view.inquiry_name().capitalize()"),
        " se déroule du ",
        E("view.inquiry_start()"),
        " au ",
        E("view.inquiry_end()"),
        ". Durant cette période, le dossier peut être consulté à ",
        E("view.inquiry_place()"),
        ", les jours ouvrables pendant les heures d'ouverture des bureaux.",
    ),
    para(
        "Les réclamations et observations écrites sont adressées ",
        E("view.complaints_address()"),
        ", au plus tard le ",
        E("view.inquiry_end()"),
        ". Les réclamations et observations orales peuvent être formulées "
        "lors de la séance de clôture.",
    ),
    para(
        "La séance de clôture de ",
        E("view.inquiry_name()"),
        " aura lieu le ",
        E("view.inquiry_end()"),
        " à ",
        E("view.meeting_time()"),
        ", à ",
        E("view.inquiry_place()"),
        ".",
    ),
]


def mail_merge(name, rows, letter):
    """One ``letter`` (signed) per row of ``rows``, in one document: a
    section repeated for each ``name``, a page break between letters."""
    return [
        ODT.section(
            name,
            f"do section for {name} in {rows}",
            *letter,
            *SIGNATURE,
            para("", style="PageBreak", do=f"do text if not loop.{name}.last"),
        )
    ]


def inquiry_notice():
    """Avis d'enquête publique / annonce de projet (the poster)."""
    return (
        LETTERHEAD
        + [
            para(E("view.inquiry_heading()"), style="Heading"),
            para(
                "Le Collège communal porte à la connaissance de la population "
                "qu'une demande de ",
                E("view.kind_name()"),
                " est soumise à ",
                E("view.inquiry_name()"),
                " (Code du Développement Territorial).",
            ),
        ]
        + INQUIRY_FACTS
        + INQUIRY_TERMS
        + ODT.lines("view.place_and_date()", style="Right")
        + SIGNATURE
    )


def neighbour_letters():
    """One letter per neighbour of the inquiry, in one document."""
    letter = (
        LETTERHEAD
        + [
            para(
                E("line"),
                style="Address",
                do="do text for line in neighbour['lines']",
            ),
            *ODT.lines("view.place_and_date()", style="Right"),
            para("Notre référence : ", E("view.reference()")),
            para(
                "Concerne : ",
                E("view.inquiry_title()"),
                " – ",
                E("view.kind_title()"),
                " – ",
                E("view.address()"),
                style="Subject",
            ),
            para("Madame, Monsieur,"),
            para(
                "En votre qualité de propriétaire ou d'occupant d'un bien situé "
                "à proximité du projet décrit ci-dessous, nous vous informons "
                "qu'une demande de ",
                E("view.kind_name()"),
                " est soumise à ",
                E("view.inquiry_name()"),
                ".",
            ),
        ]
        + INQUIRY_FACTS
        + INQUIRY_TERMS
        + [CLOSING]
    )
    return mail_merge("neighbour", "view.neighbours()", letter)


def opinion_requests():
    """One request per body asked, in one document (D.IV.35 to D.IV.37)."""
    letter = (
        LETTERHEAD
        + [
            para(
                "À l'attention de : ",
                E("request['body']"),
                style="Address",
            ),
            *ODT.lines("view.place_and_date()", style="Right"),
            para("Notre référence : ", E("view.reference()")),
        ]
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Le Collège communal est saisi de la demande de ",
                E("view.kind_name()"),
                " introduite par ",
                E("view.applicant_names()"),
                " pour le bien situé ",
                E("view.address()"),
                ". Conformément au Code du Développement Territorial, nous "
                "sollicitons ",
                E("request['question']"),
                ".",
            ),
            para(
                "Votre avis nous parviendra dans un délai de ",
                E("request['days']"),
                " jours à dater de la demande du ",
                E("request['sent']"),
                ", soit au plus tard le ",
                E("request['limit']"),
                ".",
            ),
            para(
                "À défaut de réponse dans ce délai, votre avis sera réputé "
                "favorable et la procédure sera poursuivie."
            ),
            CLOSING,
        ]
    )
    return mail_merge("request", "view.opinion_requests()", letter)


def closing_minutes():
    """Procès-verbal de clôture de l'enquête publique."""
    return LETTERHEAD + [
        para(
            "PROCÈS-VERBAL DE CLÔTURE DE ",
            E("view.inquiry_name().upper()"),
            style="Heading",
        ),
        para("Référence du dossier : ", E("view.reference()")),
        para(
            "Concerne : ",
            E("view.kind_title()"),
            " – ",
            E("view.title"),
            " – ",
            E("view.address()"),
            style="Subject",
        ),
        para(
            "Le ",
            E("view.meeting_date()"),
            ", ",
            E("view.meeting_holder()"),
            ", pour le Collège communal, a clôturé ",
            E("view.inquiry_name()"),
            " ouverte du ",
            E("view.inquiry_start()"),
            " au ",
            E("view.inquiry_end()"),
            " sur la demande introduite par ",
            E("view.applicant_names()"),
            ".",
        ),
        para(E("view.claims_count()"), style="Subject"),
        para("– ", E("line"), do="do text for line in view.claims()"),
        para(E("line"), do="do text for line in view.meeting_minutes()"),
        para(
            "Dont procès-verbal, clôturé le ",
            E("view.meeting_date()"),
            ".",
        ),
        para(E("view.meeting_holder()"), style="Signature"),
    ]


def notification():
    """Notification of the decision to the applicant, with the appeal."""
    return (
        HEAD
        + CONCERNS
        + [
            para("Madame, Monsieur,"),
            para(
                "Nous avons l'honneur de vous notifier la décision prise par le "
                "Collège communal en séance du ",
                E("view.decision_date()"),
                " sur votre demande de ",
                E("view.kind_name()"),
                " déposée le ",
                E("view.event_date('deposit')"),
                ".",
            ),
            para(E("view.decision_sentence()"), style="Subject"),
            para(E("line"), do="do text for line in view.decision_conditions()"),
            para("Vous trouverez ci-joint une copie de cette décision."),
            para(E("view.appeal_sentence()")),
            CLOSING,
        ]
        + SIGNATURE
    )


TEMPLATES = {
    "urb-accuse-reception.odt": acknowledgement,
    "urb-pieces-manquantes.odt": missing_documents,
    "urb-decision.odt": decision,
    "urb-avis-enquete.odt": inquiry_notice,
    "urb-lettres-riverains.odt": neighbour_letters,
    "urb-demandes-avis.odt": opinion_requests,
    "urb-pv-cloture.odt": closing_minutes,
    "urb-notification.odt": notification,
}


def main(target=TARGET):
    target.mkdir(parents=True, exist_ok=True)
    for name, body in TEMPLATES.items():
        ODT.write(target / name, body())


if __name__ == "__main__":
    main()
