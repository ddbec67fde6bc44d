"""The outgoing e-mail queue: nothing lost when the mail server is down.

``api.enqueue(obj, message)`` writes the e-mail into a maildir queue when the
transaction commits (zope.sendmail's ``QueuedMailDelivery``: an aborted
transaction leaves nothing) and records on ``obj`` that it waits. The
``ia.core.mailqueue`` job (``ia.core.jobs``: worker or instance clock)
sends what waits through the site's MailHost settings; a mail server that
is down leaves the e-mail queued and retried at the next pass; a refusal
(5xx) or too many attempts moves it aside as failed. Either way the
document shows where its e-mail is (``api.status_text``): en file d'envoi,
envoyé, échec.
"""
