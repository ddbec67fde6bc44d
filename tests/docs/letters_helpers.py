"""Directory contacts and settings the letter, sending and sender tests share."""

from ia.core.directory.api import create_contact
from ia.core.directory.api import create_position
from ia.core.directory.api import get_directory
from ia.core.settings.api import update
from plone import api
import io
import zipfile


def municipality():
    update(
        name="Commune de Démo",
        street="Place communale 1",
        zip_code="5999",
        city="Démo",
        phone="081 00 00 00",
        email="courrier@demo.be",
    )


def person(lastname="Dupont", firstname="Jean", **fields):
    with api.env.adopt_roles(["Manager"]):
        return create_contact(
            get_directory(),
            "IaPerson",
            lastname=lastname,
            firstname=firstname,
            **fields,
        )


def addressed_person(**fields):
    fields.setdefault("civility", "mr")
    fields.setdefault("street", "Rue Haute")
    fields.setdefault("number", "12")
    fields.setdefault("zip_code", "5000")
    fields.setdefault("city", "Namur")
    return person(**fields)


def signatory(firstname="Marie", lastname="Bourgmestre", position="bourgmestre"):
    holder = person(lastname=lastname, firstname=firstname)
    with api.env.adopt_roles(["Manager"]):
        return create_position(holder, position, signatory=True)


def content_xml(data):
    return zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")
