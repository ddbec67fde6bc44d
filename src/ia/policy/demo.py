"""Demo data of a municipality profile: users and directory contacts.

Users are created once; a re-run updates their name and e-mail and keeps
their password (an admin may have changed it).
"""

from ia.core.directory import api as directory
from ia.policy.officials import apply_organisation
from plone import api


def apply_users(municipality):
    for user in municipality.users:
        member = api.user.get(userid=user.id)
        if member is None:
            member = api.user.create(
                email=user.email,
                username=user.id,
                password=user.password,
                properties={"fullname": user.fullname},
            )
        elif (
            member.getProperty("fullname") != user.fullname
            or member.getProperty("email") != user.email
        ):
            member.setMemberProperties({"fullname": user.fullname, "email": user.email})
        if user.roles:
            missing = [
                role
                for role in user.roles
                if role not in api.user.get_roles(user=member)
            ]
            if missing:
                api.user.grant_roles(user=member, roles=missing)


def apply_contacts(municipality):
    container = directory.get_directory()
    for contact in municipality.contacts:
        apply_organisation(
            container,
            f"contact:{contact.id}",
            contact.title,
            "other",
            email=contact.email or None,
            phone=contact.phone or None,
        )
