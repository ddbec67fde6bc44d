"""The JSON schema of a service's request body, for ``@ia-openapi``.

A service may declare it (``body_schema``, a JSON schema dict, on its
class). Otherwise it is read from the service's code: every
``self.field(<body>, "<name>", <kind>, required=..., max_length=...)``
call in the service's classes (not in helper functions) (``ia.core.rest.IaService.field``, the one
reader of typed fields) is one property, typed by its kind, with its
``maxLength`` and in ``required`` when it says so. A service that reads
no field this way is described as any JSON object.
"""

import ast
import inspect
import textwrap


KIND_SCHEMAS = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "bool": {"type": "boolean"},
    "list": {"type": "array", "items": {"type": "string"}},
    "date": {"type": "string", "format": "date"},
}
ANY_OBJECT = {"type": "object"}


def body_schema(factory) -> dict:
    for klass in getattr(factory, "__mro__", ()):
        declared = klass.__dict__.get("body_schema")
        if declared:
            return declared
    properties, required = {}, []
    for klass in getattr(factory, "__mro__", ()):
        module = getattr(klass, "__module__", "") or ""
        if module.startswith("ia.") and not module.startswith("ia.core.rest"):
            _read_class(klass, properties, required)
    if not properties:
        return ANY_OBJECT
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = sorted(required)
    return schema


def _read_class(klass, properties: dict, required: list) -> None:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
    except (OSError, TypeError, SyntaxError):
        return
    for node in ast.walk(tree):
        field = _field_call(node)
        if field is None:
            continue
        name, schema, is_required = field
        properties.setdefault(name, schema)
        if is_required and name not in required:
            required.append(name)


def _field_call(node):
    """``(name, schema, required)`` of a ``self.field(...)`` call, or None."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "field"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        return None
    kind = (
        node.args[2].id
        if len(node.args) > 2 and isinstance(node.args[2], ast.Name)
        else "str"
    )
    schema = dict(KIND_SCHEMAS.get(kind, {}))
    keywords = {k.arg: k.value for k in node.keywords}
    limit = keywords.get("max_length")
    if isinstance(limit, ast.Constant) and isinstance(limit.value, int):
        schema["maxItems" if kind == "list" else "maxLength"] = limit.value
    required = keywords.get("required")
    is_required = isinstance(required, ast.Constant) and required.value is True
    return node.args[1].value, schema, is_required
