"""French texts of the iA.Delib demo: bodies, councillors, items.

An item is a dict: ``key`` (its id in the body, for idempotency), ``title``,
``service`` (id in the organisation chart), ``category``, ``motivation``,
``decision`` (HTML), optional ``budget`` (budget impact text), ``secret``
(closed session), ``advice`` (``"given"`` / ``"asked"``: the financial
director's advice), ``outcome`` (decision transition), ``vote``.
"""

CATEGORIES = [
    "administration|Administration générale",
    "finances|Finances et budget",
    "marches|Marchés publics",
    "travaux|Travaux et voirie",
    "urbanisme|Urbanisme et aménagement du territoire",
    "personnel|Personnel",
    "subsides|Subsides et associations",
    "enseignement|Enseignement",
]

COUNCILLORS = (
    ("Isabelle", "Moreau"),
    ("Jean-Pierre", "Hubert"),
    ("Fatima", "El Amrani"),
    ("Olivier", "Masson"),
    ("Catherine", "Jacobs"),
    ("Michel", "Dumont"),
    ("Laura", "Simon"),
    ("Nicolas", "Fontaine"),
    ("Bernard", "Lemaire"),
    ("Chantal", "Wauters"),
)

VU_CDLD = (
    "<p>Vu le Code de la démocratie locale et de la décentralisation, "
    "notamment l'article L1122-30 ;</p>"
)


def _p(*paragraphs):
    return VU_CDLD + "".join(f"<p>{text}</p>" for text in paragraphs)


# College: closed meeting (two weeks ago)
COLLEGE_PAST = (
    {
        "key": "reglement-zone-30-moulin",
        "title": "Règlement complémentaire de police : zone 30 rue du Moulin",
        "service": "voirie",
        "category": "travaux",
        "motivation": _p(
            "Considérant les nombreuses plaintes des riverains relatives à la "
            "vitesse excessive des véhicules aux abords de l'école ;",
            "Considérant l'avis favorable de la zone de police Démo-Meuse ;",
        ),
        "decision": "<p>Le collège approuve le projet de règlement et le "
        "transmet au conseil communal.</p>",
        "outcome": "accept",
        "to_council": True,
    },
    {
        "key": "subside-rfc-demo",
        "title": "Octroi d'un subside de 2.500 € au Royal Football Club de Démo",
        "service": "finances",
        "category": "subsides",
        "motivation": _p(
            "Vu la demande du club du 3 septembre relative au remplacement des "
            "filets de protection du terrain synthétique ;",
            "Considérant que le club accueille plus de 200 jeunes affiliés ;",
        ),
        "decision": "<p>Un subside de 2.000 € est octroyé au Royal Football "
        "Club de Démo, sur présentation des factures.</p>",
        "budget": "Article 764/332-02 du budget ordinaire 2026 : 2.000 €.",
        "outcome": "accept_modified",
    },
    {
        "key": "permis-chemin-des-pres",
        "title": "Permis d'urbanisme : construction d'une habitation "
        "unifamiliale, chemin des Prés 12",
        "service": "urbanisme",
        "category": "urbanisme",
        "motivation": _p(
            "Vu le Code du développement territorial ;",
            "Considérant que l'enquête publique n'a donné lieu à aucune réclamation ;",
        ),
        "decision": "<p>Le permis d'urbanisme est octroyé aux conditions "
        "émises par le fonctionnaire délégué.</p>",
        "outcome": "accept",
    },
    {
        "key": "marche-refection-ecoles",
        "title": "Marché public de travaux : réfection de la rue des Écoles, "
        "attribution",
        "service": "travaux",
        "category": "marches",
        "motivation": _p(
            "Vu la loi du 17 juin 2016 relative aux marchés publics ;",
            "Considérant que trois offres ont été reçues et que l'offre "
            "économiquement la plus avantageuse est celle de la SA Routes "
            "Mosanes ;",
        ),
        "decision": "<p>Le marché est attribué à la SA Routes Mosanes pour "
        "un montant de 184.312,40 € TVAC.</p>",
        "budget": "Article 421/731-60 du budget extraordinaire 2026 : 185.000 € TVAC.",
        "outcome": "accept",
    },
    {
        "key": "agent-technique-voirie",
        "title": "Engagement d'un agent technique contractuel (D7) au service Voirie",
        "service": "secretariat",
        "category": "personnel",
        "motivation": _p(
            "Vu le procès-verbal du jury de recrutement ;",
        ),
        "decision": "<p>Le point est reporté dans l'attente du rapport "
        "complet du jury.</p>",
        "secret": True,
        "outcome": "postpone",
    },
)

# College: created meeting (in three days), items presented
COLLEGE_NEXT = (
    {
        "key": "mobilier-ecole-centre",
        "title": "Achat de mobilier scolaire pour l'école communale de Démo-Centre",
        "service": "secretariat",
        "category": "enseignement",
        "motivation": _p(
            "Considérant l'ouverture d'une classe supplémentaire en première "
            "primaire à la rentrée de janvier ;",
        ),
        "decision": "<p>Le collège approuve l'achat de 24 bancs et chaises "
        "via la centrale d'achat de la Province.</p>",
        "budget": "Article 722/741-98 du budget extraordinaire 2026 : 6.800 €.",
    },
    {
        "key": "marche-de-noel",
        "title": "Marché de Noël 2026 : occupation du domaine public, place communale",
        "service": "secretariat",
        "category": "administration",
        "motivation": _p(
            "Vu la demande du comité des fêtes du 2 novembre ;",
        ),
        "decision": "<p>L'occupation de la place communale est autorisée du "
        "11 au 13 décembre.</p>",
    },
    {
        "key": "permis-rue-haute",
        "title": "Permis d'urbanisme : transformation d'une grange en "
        "logement, rue Haute 8",
        "service": "urbanisme",
        "category": "urbanisme",
        "motivation": _p("Vu le Code du développement territorial ;"),
        "decision": "<p>Le permis d'urbanisme est octroyé.</p>",
    },
)

# College: validated, waiting to be presented to the next college meeting
COLLEGE_WAITING = (
    {
        "key": "tondeuse-autoportee",
        "title": "Espaces verts : acquisition d'une tondeuse autoportée",
        "service": "espaces-verts",
        "category": "marches",
        "motivation": _p(
            "Considérant que la tondeuse actuelle, achetée en 2011, n'est "
            "plus réparable ;",
        ),
        "decision": "<p>Le collège approuve l'acquisition pour un montant "
        "estimé à 18.500 € TVAC.</p>",
        "budget": "Article 766/744-51 du budget extraordinaire 2026 : 18.500 €.",
    },
    {
        "key": "plan-urgence",
        "title": "Mise à jour du plan général d'urgence et d'intervention",
        "service": "secretariat",
        "category": "administration",
        "motivation": _p(
            "Vu l'arrêté royal du 22 mai 2019 relatif à la planification d'urgence ;",
        ),
        "decision": "<p>Le collège arrête le plan mis à jour.</p>",
    },
)

# Urbanisme: proposed, waiting for the head of service (urbachef)
TO_VALIDATE = (
    {
        "key": "permis-rue-de-la-gare",
        "title": "Permis d'urbanisme : division d'une maison en deux "
        "logements, rue de la Gare 45",
        "service": "urbanisme",
        "category": "urbanisme",
        "motivation": _p("Vu le Code du développement territorial ;"),
        "decision": "<p>Le permis d'urbanisme est refusé : la densité "
        "projetée est contraire au guide communal d'urbanisme.</p>",
    },
)

# Council: decided meeting (ten days ago), published
COUNCIL_PAST = (
    {
        "key": "modification-budgetaire-2",
        "title": "Modification budgétaire n° 2 de l'exercice 2026 (services "
        "ordinaire et extraordinaire)",
        "service": "finances",
        "category": "finances",
        "motivation": _p(
            "Vu le projet de modification budgétaire établi par le collège ;",
            "Vu l'avis favorable du directeur financier ;",
        ),
        "decision": "<p>Le conseil approuve la modification budgétaire n° 2 "
        "de l'exercice 2026.</p>",
        "budget": "Résultat global à l'exercice propre : boni de 112.450 €.",
        "advice": "given",
        "outcome": "accept",
        "vote": (9, 3, 0),
    },
    {
        "key": "redevance-documents",
        "title": "Règlement-redevance sur la délivrance de documents "
        "administratifs, exercices 2027 à 2031",
        "service": "population",
        "category": "finances",
        "motivation": _p(
            "Vu la circulaire budgétaire relative à l'élaboration des budgets "
            "des communes ;",
        ),
        "decision": "<p>Le conseil arrête le règlement-redevance.</p>",
        "outcome": "accept",
    },
    {
        "key": "convention-cpas-insertion",
        "title": "Convention de collaboration avec le CPAS de Démo pour "
        "l'insertion socioprofessionnelle",
        "service": "secretariat",
        "category": "administration",
        "motivation": _p(
            "Vu la loi du 8 juillet 1976 organique des CPAS, notamment "
            "l'article 60, § 7 ;",
        ),
        "decision": "<p>Le conseil approuve la convention.</p>",
        "outcome": "accept",
    },
    {
        "key": "auteur-projet-ecole",
        "title": "Marché de services : désignation d'un auteur de projet "
        "pour l'extension de l'école de Démo-Centre",
        "service": "travaux",
        "category": "marches",
        "motivation": _p(
            "Vu la loi du 17 juin 2016 relative aux marchés publics ;",
        ),
        "decision": "<p>Le conseil approuve le cahier des charges, en y "
        "ajoutant un critère de performance énergétique.</p>",
        "budget": "Article 722/733-60 du budget extraordinaire 2026 : 60.000 €.",
        "outcome": "accept_modified",
        "vote": (10, 0, 2),
    },
    {
        "key": "institutrice-temporaire",
        "title": "Enseignement : désignation d'une institutrice primaire à "
        "titre temporaire",
        "service": "secretariat",
        "category": "enseignement",
        "motivation": _p("Vu le décret du 6 juin 1994 ;"),
        "decision": "<p>Madame A. est désignée à titre temporaire.</p>",
        "secret": True,
        "outcome": "accept",
        "vote": "secret",
    },
)

# Council: frozen meeting (in twelve days), convocation sent today
COUNCIL_NEXT = (
    {
        "key": "budget-2027",
        "title": "Budget communal de l'exercice 2027 (services ordinaire et "
        "extraordinaire)",
        "service": "finances",
        "category": "finances",
        "motivation": _p(
            "Vu le projet de budget établi par le collège communal ;",
            "Vu l'avis du directeur financier ;",
        ),
        "decision": "<p>Le conseil arrête le budget communal de l'exercice 2027.</p>",
        "budget": "Service ordinaire : 14.212.300 € en recettes, "
        "14.105.870 € en dépenses.",
        "advice": "given",
    },
    {
        "key": "dotation-zone-police",
        "title": "Dotation communale 2027 à la zone de police Démo-Meuse",
        "service": "finances",
        "category": "finances",
        "motivation": _p("Vu la loi du 7 décembre 1998, notamment l'article 40 ;"),
        "decision": "<p>La dotation est fixée à 1.245.000 €.</p>",
        "budget": "Article 330/435-01 du budget ordinaire 2027 : 1.245.000 €.",
    },
    {
        "key": "centrale-achat-spw",
        "title": "Adhésion à la centrale d'achat du Service public de Wallonie",
        "service": "secretariat",
        "category": "marches",
        "motivation": _p(
            "Vu la loi du 17 juin 2016, notamment l'article 47 ;",
        ),
        "decision": "<p>Le conseil décide d'adhérer à la centrale d'achat.</p>",
    },
    {
        "key": "pension-ouvrier",
        "title": "Personnel : admission à la pension d'un ouvrier communal",
        "service": "secretariat",
        "category": "personnel",
        "motivation": _p("Vu le statut administratif du personnel communal ;"),
        "decision": "<p>Démission honorable est accordée à Monsieur B.</p>",
        "secret": True,
    },
    {
        "key": "nomination-employee",
        "title": "Personnel : nomination à titre définitif d'une employée "
        "d'administration (D6)",
        "service": "secretariat",
        "category": "personnel",
        "motivation": _p("Vu le statut administratif du personnel communal ;"),
        "decision": "<p>Madame C. est nommée à titre définitif.</p>",
        "secret": True,
    },
)

# Council: validated, waiting to be presented; proposed with an advice asked
COUNCIL_WAITING = (
    {
        "key": "plan-investissement",
        "title": "Plan d'investissement communal 2025-2027 : modification",
        "service": "travaux",
        "category": "travaux",
        "motivation": _p("Vu le décret du 4 octobre 2018 ;"),
        "decision": "<p>Le conseil approuve la modification du plan.</p>",
        "budget": "Part communale : 420.000 €.",
    },
)

COUNCIL_TO_VALIDATE = (
    {
        "key": "acquisition-rue-de-namur",
        "title": "Acquisition du bâtiment rue de Namur 3 pour la bibliothèque "
        "communale",
        "service": "urbanisme",
        "category": "urbanisme",
        "motivation": _p(
            "Vu l'estimation du comité d'acquisition du 12 octobre ;",
        ),
        "decision": "<p>Le conseil décide d'acquérir le bien pour 320.000 €.</p>",
        "budget": "Article 767/712-60 du budget extraordinaire 2027 : 320.000 €.",
        "advice": "asked",
    },
)

DRAFT = {
    "key": "certificat-urbanisme-b245",
    "title": "Certificat d'urbanisme n° 2 : parcelle cadastrée section B n° 245",
    "service": "urbanisme",
    "category": "urbanisme",
    "motivation": _p("Vu le Code du développement territorial ;"),
    "decision": "",
}
