"""The demo's fixed data: senders, subjects by service and mail type, agents.

Everything is plain data; :mod:`ia.docs.demo.mails` turns it into mail.
"""

# (key, civility, firstname, lastname, street, number, email): persons of the
# directory. Some have no postal address (an e-mail only), one neither: its
# mails show why no acknowledgement was prepared.
PERSONS = (
    ("p01", "mr", "Jean", "Dupuis", "Rue de la Gare", "12", "jean.dupuis@exemple.be"),
    ("p02", "mrs", "Martine", "Lefèvre", "Chaussée de Namur", "145", ""),
    ("p03", "mr", "Ahmed", "El Amrani", "Rue des Prés", "3", "a.elamrani@exemple.be"),
    ("p04", "mrs", "Isabelle", "Hubert", "Place Saint-Remy", "8", ""),
    ("p05", "mr", "Pierre", "Lambotte", "Rue du Moulin", "27", ""),
    ("p06", "mrs", "Chantal", "Delvaux", "", "", "chantal.delvaux@exemple.be"),
    ("p07", "mr", "Olivier", "Wauters", "Rue Haute", "56", "o.wauters@exemple.be"),
    ("p08", "mrs", "Nathalie", "Goffin", "Avenue des Tilleuls", "9", ""),
    ("p09", "mr", "Luc", "Michaux", "Rue de l'Église", "4", ""),
    ("p10", "mrs", "Fatima", "Bouzid", "Rue Basse", "18", "f.bouzid@exemple.be"),
    ("p11", "mr", "Michel", "Delhaye", "Rue des Écoles", "21", ""),
    ("p12", "mrs", "Sandrine", "Mathieu", "Clos des Hêtres", "2", ""),
    (
        "p13",
        "mr",
        "Thierry",
        "Jacquet",
        "Rue du Centre",
        "77",
        "thierry.jacquet@exemple.be",
    ),
    ("p14", "mrs", "Véronique", "Piette", "Rue de Dinant", "31", ""),
    ("p15", "mr", "Kevin", "Nizet", "", "", "kevin.nizet@exemple.be"),
    ("p16", "mrs", "Anne-Marie", "Bodart", "Rue du Château", "5", ""),
    ("p17", "mr", "Didier", "Henrard", "Chemin des Aulnes", "14", ""),
    (
        "p18",
        "mrs",
        "Sophie",
        "Lenoir",
        "Rue de la Station",
        "40",
        "s.lenoir@exemple.be",
    ),
    ("p19", "mr", "Yves", "Gillard", "Rue Sainte-Anne", "11", ""),
    ("p20", "mrs", "Laura", "Rousseau", "Avenue de la Meuse", "63", ""),
    ("p21", "mr", "Benoît", "Fontaine", "Rue Neuve", "1", "benoit.fontaine@exemple.be"),
    ("p22", "mr", "Hugo", "Anonyme", "", "", ""),
)

# (key, name, organisation type, street, number, zip, city, email)
ORGANISATIONS = (
    (
        "o01",
        "Notaire Legrand & Associés",
        "notary",
        "Rue du Palais",
        "10",
        "5000",
        "Namur",
        "etude@legrand-notaire.example",
    ),
    (
        "o02",
        "Proximus SA",
        "company",
        "Boulevard du Roi Albert II",
        "27",
        "1030",
        "Bruxelles",
        "b2b@proximus.example",
    ),
    (
        "o03",
        "Comité de quartier du Try",
        "association",
        "Rue du Try",
        "2",
        "5999",
        "Démo-sur-Meuse",
        "comite.try@exemple.be",
    ),
    (
        "o04",
        "SPW Mobilité et Infrastructures",
        "administration",
        "Boulevard du Nord",
        "8",
        "5000",
        "Namur",
        "mobilite@spw.example",
    ),
    (
        "o05",
        "Entreprise Bâti-Meuse SPRL",
        "company",
        "Zoning des Hauts",
        "14",
        "5999",
        "Démo-sur-Meuse",
        "info@batimeuse.example",
    ),
    (
        "o06",
        "ORES",
        "intercommunale",
        "Avenue Jean Monnet",
        "2",
        "1348",
        "Louvain-la-Neuve",
        "travaux@ores.example",
    ),
    (
        "o07",
        "Royal Football Club Démo",
        "association",
        "Rue du Stade",
        "1",
        "5999",
        "Démo-sur-Meuse",
        "rfc.demo@exemple.be",
    ),
    (
        "o08",
        "Province de Namur",
        "administration",
        "Place Saint-Aubain",
        "2",
        "5000",
        "Namur",
        "courrier@province.example",
    ),
)

CITY = ("5999", "Démo-sur-Meuse")

# Mail services of the demo profile (service id -> preferred agent).
AGENTS = {
    "urbanisme": "urbagent",
    "finances": "finagent",
    "population": "popagent",
    "travaux": "travchef",
    "voirie": "travchef",
    "secretariat": "secretaire",
}

# Service id -> (mail type, subject) choices.
SUBJECTS = {
    "urbanisme": (
        ("request", "Demande de permis d'urbanisme - extension d'habitation"),
        ("request", "Demande de certificat d'urbanisme n° 1"),
        ("request", "Demande de renseignements urbanistiques (notaire)"),
        ("complaint", "Plainte - construction sans permis rue du Moulin"),
        ("letter", "Réclamation dans le cadre de l'enquête publique"),
        ("information", "Avis du fonctionnaire délégué"),
        ("request", "Demande de permis de bâtir - car-port"),
    ),
    "travaux": (
        ("complaint", "Plainte - éclairage public défectueux"),
        ("request", "Demande d'intervention - élagage d'un arbre"),
        ("invoice", "Facture - location de matériel de chantier"),
        ("information", "Planning des travaux d'égouttage"),
        ("letter", "Demande de prêt de barrières Nadar"),
    ),
    "voirie": (
        ("complaint", "Plainte voirie - nid de poule rue de la Gare"),
        ("complaint", "Plainte - trottoir dangereux avenue des Tilleuls"),
        ("request", "Demande d'autorisation d'occupation de la voirie"),
        ("request", "Demande de placement d'un miroir routier"),
        ("information", "Avis de travaux ORES - coupure de circulation"),
    ),
    "finances": (
        ("invoice", "Facture - fourniture de papier"),
        ("invoice", "Facture - entretien des chaudières"),
        ("invoice", "Facture - consommation d'électricité"),
        ("letter", "Réclamation - taxe sur les immondices"),
        ("letter", "Réclamation - taxe sur les secondes résidences"),
        ("request", "Demande de plan de paiement"),
    ),
    "population": (
        ("request", "Demande de composition de ménage"),
        ("request", "Demande d'extrait d'acte de naissance"),
        ("letter", "Changement d'adresse - déclaration"),
        ("request", "Demande de carte d'identité pour enfant (Kids-ID)"),
        ("information", "Avis de décès"),
    ),
    "secretariat": (
        ("invitation", "Invitation - inauguration de la maison de village"),
        ("invitation", "Invitation - assemblée générale de l'intercommunale"),
        ("letter", "Courrier du Gouverneur de la Province"),
        ("request", "Demande de subside - fête de quartier"),
        ("complaint", "Plainte - nuisances sonores salle communale"),
        ("information", "Circulaire ministérielle - élections"),
    ),
}

# Copy services of some mails (service id -> service ids in copy).
COPIES = {
    "urbanisme": ("travaux",),
    "voirie": ("urbanisme",),
    "travaux": ("finances",),
    "finances": ("secretariat",),
    "secretariat": ("finances",),
    "population": ("secretariat",),
}

# Tasks asked to another service (treating service id -> (service, title)).
TASKS = {
    "urbanisme": ("voirie", "Vérifier l'alignement de la voirie"),
    "voirie": ("urbanisme", "Avis urbanistique sur la demande"),
    "travaux": ("finances", "Vérifier le crédit budgétaire"),
    "finances": ("secretariat", "Préparer la délibération du Collège"),
    "population": ("secretariat", "Vérifier le registre des étrangers"),
    "secretariat": ("finances", "Estimer le coût de la participation"),
}

REPLY_BODY = (
    "<p>Madame, Monsieur,</p>"
    "<p>Nous accusons bonne réception de votre courrier et vous informons que "
    "votre dossier est en cours de traitement par nos services.</p>"
    "<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations "
    "distinguées.</p>"
)
