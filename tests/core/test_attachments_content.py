"""IaAttachment: type, defaults, categories, size and MIME type checks, catalog."""

from ia.core.behaviors import attachments_validation as validation
from ia.core.behaviors.attachments import IAttachments
from ia.core.behaviors.attachments import IIaAttachment
from ia.core.behaviors.attachments_catalog import attachments_summary
from ia.core.behaviors.attachments_catalog import find_attachments
from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.behaviors.attachments_testing import blob
from ia.core.behaviors.attachments_testing import prepare
from ia.core.behaviors.attachments_validation import AttachmentTooLarge
from ia.core.behaviors.attachments_validation import AttachmentTypeNotAllowed
from ia.core.behaviors.attachments_vocabulary import parse_categories
from ia.core.testing import create_document
from plone import api
from plone.api.exc import InvalidParameterError
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import IVocabularyFactory
import pytest


@pytest.fixture(autouse=True)
def manager(portal):
    prepare(portal)


@pytest.fixture()
def document(portal):
    return create_document(portal, title="Permis 1")


add = add_attachment


class TestType:
    def test_fti(self, portal):
        fti = portal.portal_types.IaAttachment
        assert fti.add_permission == "ia.core.AddAttachment"
        assert fti.global_allow is False

    def test_no_workflow(self, portal):
        chain = api.portal.get_tool("portal_workflow").getChainForPortalType(
            "IaAttachment"
        )
        assert chain == ()

    def test_test_types_accept_attachments(self, document):
        assert IAttachments.providedBy(document)
        allowed = [fti.getId() for fti in document.allowedContentTypes()]
        assert "IaAttachment" in allowed

    def test_not_addable_at_site_root(self, portal):
        with pytest.raises(InvalidParameterError):
            add(portal)


class TestDefaults:
    def test_title_and_id_from_file_name(self, document):
        attachment = add(document)
        assert attachment.title == "plan-terrain.pdf"
        assert attachment.Title() == "plan-terrain.pdf"
        assert attachment.getId() == "plan-terrain.pdf"

    def test_given_title_kept(self, document):
        attachment = add(document, title="Plan du terrain")
        assert attachment.Title() == "Plan du terrain"

    def test_default_category_is_first_configured(self, document):
        attachment = add(document)
        assert attachment.category == "annexe"
        api.portal.set_registry_record(
            "ia.core.attachment_categories", ["photo|Photo", "plan|Plan"]
        )
        assert add(document, file=blob(filename="b.pdf")).category == "photo"

    def test_flags(self, document):
        attachment = add(document, confidential=True, to_sign=True)
        assert attachment.flags() == ("confidential", "to_sign")


class TestCategories:
    def test_parse(self):
        assert parse_categories(
            ["plan|Plan", " photo | Photo ", "", "plan|Doublon", "rapport"]
        ) == [("plan", "Plan"), ("photo", "Photo"), ("rapport", "rapport")]

    def test_vocabulary_from_registry(self, portal):
        factory = getUtility(IVocabularyFactory, "ia.core.attachment_categories")
        vocabulary = factory(portal)
        assert [term.value for term in vocabulary] == [
            "annexe",
            "plan",
            "photo",
            "rapport",
            "courrier",
        ]
        assert vocabulary.getTerm("plan").title == "Plan"

    def test_stored_category_survives_removal(self, document):
        attachment = add(document, category="courrier")
        api.portal.set_registry_record("ia.core.attachment_categories", ["plan|Plan"])
        factory = getUtility(IVocabularyFactory, "ia.core.attachment_categories")
        assert "courrier" in factory(attachment)
        assert "courrier" not in factory(document)

    def test_unknown_category_refused(self, document):
        field = IIaAttachment["category"].bind(document)
        with pytest.raises(ConstraintNotSatisfied):
            field.validate("inconnue")


class TestValidation:
    def test_size_refused(self, document):
        api.portal.set_registry_record("ia.core.attachment_max_size_mb", 1)
        big = blob(data=b"0" * (1024 * 1024 + 1))
        with pytest.raises(AttachmentTooLarge) as info:
            IIaAttachment["file"].bind(document).validate(big)
        message = translate(info.value.doc(), target_language="en")
        assert "maximum of 1 MB" in message

    def test_size_refused_when_created_from_python(self, document):
        api.portal.set_registry_record("ia.core.attachment_max_size_mb", 1)
        with pytest.raises(AttachmentTooLarge):
            add(document, file=blob(data=b"0" * (2 * 1024 * 1024)))

    def test_size_accepted(self, document):
        api.portal.set_registry_record("ia.core.attachment_max_size_mb", 1)
        IIaAttachment["file"].bind(document).validate(blob(data=b"0" * 1024))

    def test_default_max_size(self, portal):
        assert validation.max_size_mb() == 50

    def test_mime_type_refused(self, document):
        exe = blob(
            data=b"MZ", filename="virus.exe", content_type="application/x-msdownload"
        )
        with pytest.raises(AttachmentTypeNotAllowed) as info:
            IIaAttachment["file"].bind(document).validate(exe)
        assert "application/x-msdownload" in translate(
            info.value.doc(), target_language="en"
        )
        with pytest.raises(AttachmentTypeNotAllowed):
            add(document, file=exe)

    def test_french_message(self, document):
        error = AttachmentTypeNotAllowed("application/x-msdownload")
        assert "ne sont pas acceptés" in translate(error.doc(), target_language="fr")

    @pytest.mark.parametrize(
        "mime_type",
        [
            "image/png",
            "image/jpeg",
            "application/vnd.oasis.opendocument.text",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ],
    )
    def test_families_allowed(self, portal, mime_type):
        assert validation.mime_type_allowed(mime_type)

    def test_empty_list_allows_everything(self, portal):
        api.portal.set_registry_record("ia.core.attachment_allowed_mime_types", [])
        assert validation.mime_type_allowed("application/x-msdownload")

    def test_edit_of_old_large_file_still_possible(self, document):
        attachment = add(document, file=blob(data=b"0" * (2 * 1024 * 1024)))
        api.portal.set_registry_record("ia.core.attachment_max_size_mb", 1)
        attachment.to_print = True
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        notify(ObjectModifiedEvent(attachment))
        assert attachment.to_print is True


class TestCatalog:
    def test_listing_from_brains(self, document):
        add(document, file=blob(filename="a.pdf"), category="plan")
        add(document, file=blob(filename="b.pdf"), category="photo", to_sign=True)
        add(document, file=blob(filename="c.pdf"), category="plan")
        brains = find_attachments(document)
        assert [b.Title for b in brains] == ["a.pdf", "b.pdf", "c.pdf"]
        assert [b.ia_attachment_category for b in brains] == ["plan", "photo", "plan"]
        assert len(find_attachments(document, category="plan")) == 2
        assert [b.Title for b in find_attachments(document, flag="to_sign")] == [
            "b.pdf"
        ]

    def test_summary(self, document):
        add(document, file=blob(filename="a.pdf"), category="photo")
        add(document, file=blob(filename="b.pdf"), category="plan")
        add(document, file=blob(filename="c.pdf"), category="plan")
        summary = attachments_summary(document)
        # Configured order (plan before photo), not creation order.
        assert summary["categories"] == [
            {"id": "plan", "title": "Plan", "count": 2},
            {"id": "photo", "title": "Photo", "count": 1},
        ]
        item = summary["items"][0]
        assert item["content_type"] == "application/pdf"
        assert item["size"].endswith("B")
        assert item["download"].endswith("/a.pdf/@@download/file")
        filtered = attachments_summary(document, category="plan")
        assert filtered["items_total"] == 2
        assert len(filtered["categories"]) == 2

    def test_other_documents_not_listed(self, portal, document):
        other = create_document(portal, title="Autre")
        add(other)
        assert attachments_summary(document)["items_total"] == 0
