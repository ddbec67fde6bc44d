"""The municipality profile as plain data (no Zope, no site).

``ia.policy.municipality.load`` builds these from a TOML data file after
validating every key; ``ia.policy.site`` turns them into a site.
"""

from dataclasses import dataclass
from dataclasses import field


LANGUAGES = ("fr", "nl", "de", "en")

# Default functions of the organisation chart (docs/architecture.md). A site
# may configure others: ``ia.policy.site`` checks them again against it.
FUNCTIONS = (
    "encoder",
    "editor",
    "reviewer1",
    "reviewer2",
    "reviewer3",
    "reader",
    "manager",
)

OFFICIAL_ROLES = ("mayor", "general_director", "financial_director")


@dataclass(frozen=True)
class Person:
    """An official of the municipality (a person of the directory)."""

    key: str  # stable id in the directory, e.g. "mayor", "alderman-1"
    firstname: str
    lastname: str
    position: str  # title of the held position, e.g. "Bourgmestre"
    email: str = ""

    @property
    def fullname(self) -> str:
        return f"{self.firstname} {self.lastname}"


@dataclass(frozen=True)
class Service:
    id: str
    title: str
    acronym: str = ""
    validation_levels: int | None = None
    children: tuple["Service", ...] = ()

    def walk(self, parent=None):
        """Yield ``(parent_id, service)`` for this service and its subtree."""
        yield parent, self
        for child in self.children:
            yield from child.walk(self.id)


@dataclass(frozen=True)
class Membership:
    service: str
    function: str


@dataclass(frozen=True)
class DemoUser:
    id: str
    fullname: str
    email: str
    password: str
    memberships: tuple[Membership, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contact:
    """A demo organisation of the directory."""

    id: str
    title: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Municipality:
    source: str  # the data file, as given to load()
    site_id: str
    title: str
    language: str = "fr"
    timezone: str = "Europe/Brussels"
    products: tuple[str, ...] = ("ia.core",)
    name: str = ""
    ins_code: str = ""
    street: str = ""
    zip_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    mayor: Person | None = None
    aldermen: tuple[Person, ...] = ()
    general_director: Person | None = None
    financial_director: Person | None = None
    signatories: tuple[str, ...] = ("mayor", "general_director")
    services: tuple[Service, ...] = ()
    users: tuple[DemoUser, ...] = ()
    contacts: tuple[Contact, ...] = field(default_factory=tuple)
    # product name -> options of its demo documents, in the products' order
    demo: dict = field(default_factory=dict)

    def all_services(self):
        """``(parent_id, service)`` pairs, parents before children."""
        for service in self.services:
            yield from service.walk()

    def officials(self) -> tuple[Person, ...]:
        people = (
            self.mayor,
            *self.aldermen,
            self.general_director,
            self.financial_director,
        )
        return tuple(person for person in people if person is not None)

    def official(self, key: str) -> Person | None:
        for person in self.officials():
            if person.key == key:
                return person
        return None
