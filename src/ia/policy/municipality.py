"""Load and validate a municipality profile (a TOML data file).

``load(path)`` validates everything before anything touches a site and
raises one :class:`ProfileError` listing every problem found, each as
``<file>: <key>: <problem>``::

    profiles/demo.toml: services[2].id: duplicate id 'urbanisme'

A ``.cfg`` buildout overlay is accepted too: its ``[municipality] profile``
key names the data file (see :func:`resolve`).
"""

from ia.core.products import known_products
from ia.policy.model import FUNCTIONS
from ia.policy.model import LANGUAGES
from ia.policy.model import OFFICIAL_ROLES
from ia.policy.model import Contact
from ia.policy.model import DemoUser
from ia.policy.model import Membership
from ia.policy.model import Municipality
from ia.policy.model import Person
from ia.policy.model import Service
from pathlib import Path
import configparser
import re
import tomllib
import zoneinfo


ID = re.compile(r"^[a-z][a-z0-9_-]{0,49}$")
USERID = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{1,49}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
INS = re.compile(r"^\d{5}$")
MAX_VALIDATION_LEVELS = 3


class ProfileError(ValueError):
    """A municipality profile is invalid; ``errors`` lists every problem."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class _Checker:
    """Reads typed values out of the TOML tree and collects the errors."""

    def __init__(self, source: str):
        self.source = source
        self.errors = []

    def error(self, key: str, problem: str):
        self.errors.append(f"{self.source}: {key}: {problem}")

    def get(self, table, key, prefix, kind=str, *, required=False, default=None):
        name = f"{prefix}.{key}" if prefix else key
        if not isinstance(table, dict) or key not in table:
            if required:
                self.error(name, "missing required key")
            return default
        value = table[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            expected = {
                str: "a string",
                int: "an integer",
                list: "a list",
                dict: "a table",
            }
            self.error(
                name, f"expected {expected.get(kind, kind.__name__)}, got {value!r}"
            )
            return default
        if kind is str:
            value = value.strip()
            if required and not value:
                self.error(name, "must not be empty")
                return default
        return value

    def unique_id(self, table, key, pattern, seen, *, what="id", hint=""):
        """The required ``id`` of ``table``: well-formed and not seen before."""
        value = self.get(table, "id", key, required=True, default="")
        if value and not pattern.match(value):
            self.error(f"{key}.id", f"invalid {what} {value!r}{hint}")
        elif value in seen:
            self.error(f"{key}.id", f"duplicate {what} {value!r}")
        seen.add(value)
        return value

    def unknown(self, table, allowed, prefix):
        for key in table:
            if key not in allowed:
                name = f"{prefix}.{key}" if prefix else key
                self.error(name, "unknown key")


SITE_KEYS = ("id", "title", "language", "timezone", "products")
MUNICIPALITY_KEYS = (
    "name",
    "ins_code",
    "street",
    "zip_code",
    "city",
    "phone",
    "email",
    "website",
)
OFFICIAL_KEYS = ("firstname", "lastname", "email", "position")
SERVICE_KEYS = ("id", "title", "acronym", "validation_levels", "children")
USER_KEYS = ("id", "fullname", "email", "password", "memberships", "roles")
CONTACT_KEYS = ("id", "title", "email", "phone")
DEFAULT_POSITIONS = {
    "mayor": "Bourgmestre",
    "aldermen": "Échevin",
    "general_director": "Directeur général",
    "financial_director": "Directeur financier",
}
TOP_KEYS = (
    "site",
    "municipality",
    "officials",
    "signatories",
    "services",
    "users",
    "contacts",
    "demo",
)


def _site(c: _Checker, data):
    table = c.get(data, "site", "", dict, required=True, default={})
    c.unknown(table, SITE_KEYS, "site")
    site_id = c.get(table, "id", "site", required=True, default="")
    if site_id and not ID.match(site_id):
        c.error(
            "site.id", f"invalid id {site_id!r} (lowercase letters, digits, '-' or '_')"
        )
    title = c.get(table, "title", "site", required=True, default="")
    language = c.get(table, "language", "site", default="fr")
    if language not in LANGUAGES:
        c.error(
            "site.language",
            f"unknown language {language!r} (one of {', '.join(LANGUAGES)})",
        )
    timezone = c.get(table, "timezone", "site", default="Europe/Brussels")
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        c.error("site.timezone", f"unknown timezone {timezone!r}")
    products = c.get(table, "products", "site", list, default=["ia.core"])
    known = known_products()
    for index, name in enumerate(products):
        if name not in known:
            c.error(
                f"site.products[{index}]",
                f"unknown product {name!r} (known: {', '.join(sorted(known))})",
            )
    return {
        "site_id": site_id,
        "title": title,
        "language": language,
        "timezone": timezone,
        "products": tuple(
            dict.fromkeys(["ia.core", *[p for p in products if isinstance(p, str)]])
        ),
    }


def _municipality(c: _Checker, data):
    table = c.get(data, "municipality", "", dict, required=True, default={})
    c.unknown(table, MUNICIPALITY_KEYS, "municipality")
    values = {
        key: c.get(table, key, "municipality", default="") for key in MUNICIPALITY_KEYS
    }
    values["name"] = c.get(table, "name", "municipality", required=True, default="")
    ins = c.get(table, "ins_code", "municipality", required=True, default="")
    if ins and not INS.match(ins):
        c.error("municipality.ins_code", f"invalid INS code {ins!r} (5 digits)")
    values["ins_code"] = ins
    if values["email"] and not EMAIL.match(values["email"]):
        c.error("municipality.email", f"invalid e-mail address {values['email']!r}")
    return values


def _person(c: _Checker, table, prefix, key, default_position):
    c.unknown(table, OFFICIAL_KEYS, prefix)
    email = c.get(table, "email", prefix, default="")
    if email and not EMAIL.match(email):
        c.error(f"{prefix}.email", f"invalid e-mail address {email!r}")
    return Person(
        key=key,
        firstname=c.get(table, "firstname", prefix, required=True, default=""),
        lastname=c.get(table, "lastname", prefix, required=True, default=""),
        position=c.get(table, "position", prefix, default=default_position),
        email=email,
    )


def _officials(c: _Checker, data):
    table = c.get(data, "officials", "", dict, default={})
    c.unknown(table, (*OFFICIAL_ROLES, "aldermen"), "officials")
    values = {}
    for role in OFFICIAL_ROLES:
        person = c.get(table, role, "officials", dict)
        values[role] = (
            _person(c, person, f"officials.{role}", role, DEFAULT_POSITIONS[role])
            if person is not None
            else None
        )
    aldermen = c.get(table, "aldermen", "officials", list, default=[])
    people = []
    for index, person in enumerate(aldermen, start=1):
        prefix = f"officials.aldermen[{index - 1}]"
        if not isinstance(person, dict):
            c.error(prefix, "expected a table")
            continue
        people.append(
            _person(
                c, person, prefix, f"alderman-{index}", DEFAULT_POSITIONS["aldermen"]
            )
        )
    values["aldermen"] = tuple(people)
    return values


def _services(c: _Checker, items, prefix, seen):
    services = []
    for index, item in enumerate(items):
        key = f"{prefix}[{index}]"
        if not isinstance(item, dict):
            c.error(key, "expected a table")
            continue
        c.unknown(item, SERVICE_KEYS, key)
        service_id = c.unique_id(
            item, key, ID, seen, hint=" (lowercase letters, digits, '-' or '_')"
        )
        levels = c.get(item, "validation_levels", key, int)
        if levels is not None and not 1 <= levels <= MAX_VALIDATION_LEVELS:
            c.error(
                f"{key}.validation_levels",
                f"must be between 1 and {MAX_VALIDATION_LEVELS}, got {levels}",
            )
        children = c.get(item, "children", key, list, default=[])
        services.append(
            Service(
                id=service_id,
                title=c.get(item, "title", key, required=True, default=""),
                acronym=c.get(item, "acronym", key, default=""),
                validation_levels=levels,
                children=tuple(_services(c, children, f"{key}.children", seen)),
            )
        )
    return services


def _memberships(c: _Checker, item, key, service_ids):
    memberships = []
    for m_index, membership in enumerate(
        c.get(item, "memberships", key, list, default=[])
    ):
        m_key = f"{key}.memberships[{m_index}]"
        if not isinstance(membership, dict):
            c.error(m_key, "expected a table")
            continue
        c.unknown(membership, ("service", "function"), m_key)
        service = c.get(membership, "service", m_key, required=True, default="")
        function = c.get(membership, "function", m_key, required=True, default="")
        if service and service not in service_ids:
            c.error(f"{m_key}.service", f"unknown service {service!r}")
        if function and function not in FUNCTIONS:
            c.error(
                f"{m_key}.function",
                f"unknown function {function!r} (one of {', '.join(FUNCTIONS)})",
            )
        memberships.append(Membership(service, function))
    return memberships


def _users(c: _Checker, data, service_ids):
    items = c.get(data, "users", "", list, default=[])
    users, seen = [], set()
    for index, item in enumerate(items):
        key = f"users[{index}]"
        if not isinstance(item, dict):
            c.error(key, "expected a table")
            continue
        c.unknown(item, USER_KEYS, key)
        userid = c.unique_id(item, key, USERID, seen, what="user id")
        email = c.get(item, "email", key, required=True, default="")
        if email and not EMAIL.match(email):
            c.error(f"{key}.email", f"invalid e-mail address {email!r}")
        password = c.get(item, "password", key, required=True, default="")
        if password and len(password) < 8:
            c.error(f"{key}.password", "too short (8 characters at least)")
        memberships = _memberships(c, item, key, service_ids)
        roles = c.get(item, "roles", key, list, default=[])
        users.append(
            DemoUser(
                id=userid,
                fullname=c.get(item, "fullname", key, required=True, default=""),
                email=email,
                password=password,
                memberships=tuple(memberships),
                roles=tuple(str(role) for role in roles),
            )
        )
    return users


def _contacts(c: _Checker, data):
    contacts, seen = [], set()
    for index, item in enumerate(c.get(data, "contacts", "", list, default=[])):
        key = f"contacts[{index}]"
        if not isinstance(item, dict):
            c.error(key, "expected a table")
            continue
        c.unknown(item, CONTACT_KEYS, key)
        contact_id = c.unique_id(item, key, ID, seen)
        contacts.append(
            Contact(
                id=contact_id,
                title=c.get(item, "title", key, required=True, default=""),
                email=c.get(item, "email", key, default=""),
                phone=c.get(item, "phone", key, default=""),
            )
        )
    return contacts


def _signatories(c: _Checker, data, officials):
    table = c.get(data, "signatories", "", dict, default={})
    c.unknown(table, ("first", "second"), "signatories")
    keys = (
        c.get(table, "first", "signatories", default="mayor"),
        c.get(table, "second", "signatories", default="general_director"),
    )
    known = {person.key for person in officials}
    for name, key in zip(("first", "second"), keys, strict=True):
        if key not in known:
            c.error(
                f"signatories.{name}",
                f"unknown official {key!r} (one of {', '.join(sorted(known)) or 'none'})",
            )
    return keys


def _demo(c: _Checker, data, products):
    """``[demo."<product>"]`` tables: which products make demo documents, with
    which options (each product declares its options in its demo module)."""
    table = c.get(data, "demo", "", dict, default={})
    known = known_products()
    demo = {}
    for name, options in table.items():
        key = f'demo."{name}"'
        if name not in products:
            c.error(key, f"product {name!r} is not in site.products")
            continue
        module = known[name].demo_module()
        if module is None:
            c.error(key, f"product {name!r} has no demo data")
            continue
        if not isinstance(options, dict):
            c.error(key, "expected a table of options, e.g. {} for the defaults")
            continue
        allowed = module.OPTIONS
        values = {}
        for option, (kind, default) in allowed.items():
            value = options.get(option, default)
            if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
                c.error(f"{key}.{option}", f"expected {kind.__name__}, got {value!r}")
            values[option] = value
        for option in options:
            if option not in allowed:
                c.error(
                    f"{key}.{option}",
                    f"unknown option (known: {', '.join(sorted(allowed)) or 'none'})",
                )
        demo[name] = values
    return {name: demo[name] for name in products if name in demo}


def parse(data: dict, source: str) -> Municipality:
    """Validate the TOML tree ``data`` read from ``source``."""
    c = _Checker(source)
    c.unknown(data, TOP_KEYS, "")
    site = _site(c, data)
    municipality = _municipality(c, data)
    officials = _officials(c, data)
    services = tuple(
        _services(
            c, c.get(data, "services", "", list, default=[]), "services", seen := set()
        )
    )
    users = tuple(_users(c, data, seen))
    contacts = tuple(_contacts(c, data))
    people = [
        p
        for p in (
            officials["mayor"],
            *officials["aldermen"],
            officials["general_director"],
            officials["financial_director"],
        )
        if p
    ]
    signatories = _signatories(c, data, people)
    demo = _demo(c, data, site["products"])
    if c.errors:
        raise ProfileError(c.errors)
    return Municipality(
        source=source,
        **site,
        **municipality,
        **officials,
        signatories=signatories,
        services=services,
        users=users,
        contacts=contacts,
        demo=demo,
    )


def resolve(path) -> Path:
    """The data file of ``path``: itself, or the one a buildout overlay names."""
    path = Path(path)
    if path.suffix != ".cfg":
        return path
    display = _display(path)
    chain, current = [], path
    while current is not None:
        if not current.is_file():
            raise ProfileError([f"{_display(current)}: extends: no such file"])
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(current, encoding="utf-8")
        except configparser.Error as exc:
            raise ProfileError(
                [f"{_display(current)}: {exc.__class__.__name__}: {exc}"]
            ) from exc
        chain.append((current, parser))
        extends = parser.get("buildout", "extends", fallback="").split()
        current = (current.parent / extends[0]) if extends else None
    # buildout.cfg sets ``directory`` relative to itself: paths start there.
    directory = next(
        (
            cfg.parent
            for cfg, parser in chain
            if parser.has_option("buildout", "directory")
        ),
        path.parent,
    ).resolve()
    for _cfg, parser in chain:
        value = parser.get("municipality", "profile", fallback="").strip()
        if value:
            value = value.replace("${buildout:directory}", str(directory))
            target = Path(value)
            return target if target.is_absolute() else _cfg.parent / target
    raise ProfileError([f"{display}: municipality.profile: missing required key"])


def load(path) -> Municipality:
    """Read, validate and return the municipality profile at ``path``."""
    path = resolve(path)
    source = _display(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(
            [f"{source}: cannot read the file ({exc.strerror})"]
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError([f"{source}: malformed TOML: {exc}"]) from exc
    return parse(data, source)
