"""Browser parts of the tasks: the viewlet listing a document's tasks."""
