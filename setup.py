"""The iA suite: Plone 6.2 add-ons shared by Walloon municipalities."""

from pathlib import Path
from setuptools import find_namespace_packages
from setuptools import setup

long_description = "\n\n".join(
    Path(name).read_text(encoding="utf-8") for name in ("README.rst", "CHANGES.rst")
)

setup(
    name="ia.suite",
    version="1.0.0.dev0",
    description="iA suite: municipal Plone 6.2 products sharing one content core",
    long_description=long_description,
    long_description_content_type="text/x-rst",
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Programming Language :: Python :: 3.11",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    ],
    license="GPL-2.0-only",
    python_requires=">=3.10,<3.14",
    package_dir={"": "src"},
    packages=find_namespace_packages(where="src", include=["ia.*"]),
    include_package_data=True,
    zip_safe=False,
    install_requires=[
        "setuptools<82",
        "Plone>=6.2.2,<6.3",
        "plone.app.contenttypes",
        "plone.app.dexterity",
        "plone.app.registry",
        "plone.app.z3cform",
        "plone.app.vocabularies",
        "plone.app.versioningbehavior",
        "plone.api",
        "plone.restapi>=10",
        "plone.distribution",
        "plone.autoinclude",
        "plone.classicui",
        "plone.dexterity",
        "plone.supermodel",
        "plone.behavior",
        "plone.namedfile",
        "plone.schema",
        "borg.localrole",
        "collective.documentgenerator>=4.0",
        "collective.z3cform.datagridfield",  # ia.pst: budget lines, indicators
        "lxml",  # ia.pst: eComptes XML and its schema
        "z3c.form",
        "zope.interface",
        "zope.schema",
        "ZODB",
        "transaction",
        "Zope",
        "tomli; python_version<'3.11'",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.testing",
            "pytest",
            "pytest-plone>=1.0",
            "pytest-cov",
        ],
        "zeo": ["ZEO"],
    },
    entry_points={
        "z3c.autoinclude.plugin": [],
        "plone.autoinclude.plugin": [
            "target = plone",
            "module = ia.policy",
        ],
        "console_scripts": [
            "ia-site = ia.policy.cli:main",
            "ia-ingest = ia.docs.ingestion.cli:main",
            "ia-worker = ia.core.jobs.cli:main",
            "ia-topology = ia.policy.topology:main",
            "ia-backup = ia.policy.backup:backup_main",
            "ia-restore = ia.policy.backup:restore_main",
        ],
        "ia.products": [
            "ia.delib = ia.delib.product:PRODUCT",
            "ia.docs = ia.docs.product:PRODUCT",
            "ia.pst = ia.pst.product:PRODUCT",
            "ia.tech = ia.tech.product:PRODUCT",
            "ia.urban = ia.urban.product:PRODUCT",
        ],
    },
)
