"""``@@ia-urban-inquiries``: the public inquiry notices running today."""

from ia.urban.publication import running_inquiries
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class InquiriesView(BrowserView):
    index = ViewPageTemplateFile("inquiries.pt")

    def notices(self):
        return running_inquiries()

    def __call__(self):
        return self.index()
