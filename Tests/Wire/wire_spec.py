"""Loading an OpenAPI document and adjusting it, in memory only, so that Connexion 3.3 can serve it.

Connexion 3.3 validates every document against the OpenAPI 3.0 meta-schema and validates instances with
JSON Schema draft 4 plus OpenAPI 3.0's `nullable`. The adjustments made here keep request and response
validation at least as strict as the document says:

- YAML is read with a loader that keeps dates and times as strings (the JSON data model has no dates) and
  turns every mapping key into a string (unquoted response codes such as `200:`).
- OpenAPI 3.1 documents are translated to 3.0 (`downgrade_to_30`): `type: [T, "null"]` becomes
  `type: T, nullable: true`, `const` becomes a one-value `enum`, numeric `exclusiveMinimum`/`exclusiveMaximum`
  become `minimum`/`maximum` with the boolean form, schema `examples` becomes `example`, `$ref` with
  constraining siblings becomes `allOf: [$ref]` plus the siblings, and 3.1-only annotations move to `x-` keys.
  Keywords with no 3.0 equivalent are reported as errors instead of being dropped.
- Response code ranges (`2XX`) get the exact code the server answers with (`200`) when the document has no
  such code, because Connexion only looks response definitions up by exact code (a range would leave the
  response unvalidated).
- Every component schema gets an `x-wire-schema-name` annotation so that the synthesizer can match
  discriminator mappings after Connexion has inlined the references.
"""

import copy
import json
import re
import urllib.parse

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_NAME_KEY = "x-wire-schema-name"

# Schema keywords that only annotate (they never make an instance invalid).
_ANNOTATION_KEYWORDS = {
    "title", "description", "summary", "example", "examples", "deprecated", "readOnly", "writeOnly",
    "externalDocs", "xml", "$comment", "default",
}
# OpenAPI 3.1 / JSON Schema 2020-12 keywords that draft 4 under OpenAPI 3.0 cannot express.
_UNSUPPORTED_31_KEYWORDS = {
    "prefixItems", "if", "then", "else", "dependentRequired", "dependentSchemas", "unevaluatedItems",
    "unevaluatedProperties", "propertyNames", "contains", "minContains", "maxContains", "patternProperties",
    "$defs", "$dynamicRef", "$dynamicAnchor", "$anchor", "$recursiveRef", "contentSchema",
}
# Keys whose value is one schema, a list of schemas, or a mapping of names to schemas.
_SCHEMA_VALUED = ("not", "items", "additionalProperties")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
_SCHEMA_MAPS = ("properties",)
# Keys whose values are instances (data), never document structure.
_DATA_KEYS = {"example", "examples", "default", "enum", "const", "x-examples"}


class SpecError(Exception):
    """The document cannot be served without weakening validation (or is not a usable OpenAPI document)."""


class _JSONCompatibleLoader(yaml.SafeLoader):
    """A YAML loader that yields only JSON values: timestamps stay strings and keys become strings."""

    def construct_mapping(self, node, deep=False):
        """Build a mapping whose keys are all strings (YAML allows `200:` or `true:` as keys)."""
        mapping = super().construct_mapping(node, deep=deep)
        return {_key_to_string(key): value for key, value in mapping.items()}


_JSONCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _key_to_string(key):
    """Spell a YAML mapping key the way JSON would (`true` for booleans, `null` for None)."""
    if isinstance(key, str):
        return key
    return json.dumps(key)


def load_document(path):
    """Read a JSON or YAML OpenAPI document from `path` and return it as plain JSON values."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".json"):
        return json.loads(text)
    document = yaml.load(text, Loader=_JSONCompatibleLoader)
    if not isinstance(document, dict):
        raise SpecError(f"{path}: the document is not a mapping")
    return document


def prepare_document(document):
    """Return a deep copy of `document` adjusted for Connexion, and a list of notes saying what was changed."""
    document = copy.deepcopy(document)
    notes = []
    version = str(document.get("openapi", document.get("swagger", "")))
    if not version.startswith("3."):
        raise SpecError(f"only OpenAPI 3.0 and 3.1 documents are supported, found version {version!r}")
    _check_references_are_internal(document)
    if not version.startswith("3.0"):
        notes.extend(downgrade_to_30(document))
    notes.extend(_pin_response_ranges(document))
    _name_component_schemas(document)
    return document, notes


def _check_references_are_internal(document):
    """Refuse external references: the server never reads other files or the network."""
    for pointer, node in walk(document):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and not ref.startswith("#"):
            raise SpecError(f"{pointer}: external reference {ref!r} is not supported (bundle the document first)")


def walk(node, pointer="#", in_properties=False):
    """Yield `(json_pointer, value)` for `node` and every value nested in it, parents first.

    Example and default values are data, not document structure: their contents are not visited (a property
    that happens to be called `example` or `default` still is).
    """
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _DATA_KEYS and not in_properties:
                continue
            yield from walk(value, f"{pointer}/{escape_pointer_token(key)}", key == "properties" and not in_properties)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def escape_pointer_token(token):
    """Escape one JSON pointer token (`~` and `/`)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def resolve_pointer(document, ref):
    """Return the value that the internal reference `ref` (`#/a/b`) points to in `document`."""
    if ref == "#":
        return document
    if not ref.startswith("#/"):
        raise SpecError(f"unsupported reference {ref!r}")
    node = document
    for token in ref[2:].split("/"):
        token = urllib.parse.unquote(token).replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        else:
            node = node[token]
    return node


def iter_operations(document):
    """Yield `(method, path, operation, parameters)` for every operation, with path-level parameters merged.

    Parameters are returned with references resolved; an operation-level parameter replaces a path-level one
    with the same name and location.
    """
    for path, path_item in (document.get("paths") or {}).items():
        if "$ref" in path_item:
            path_item = resolve_pointer(document, path_item["$ref"])
        shared = [_deref(document, parameter) for parameter in path_item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            own = [_deref(document, parameter) for parameter in operation.get("parameters", [])]
            keys = {(parameter["name"], parameter["in"]) for parameter in own}
            merged = [parameter for parameter in shared if (parameter["name"], parameter["in"]) not in keys] + own
            yield method, path, operation, merged


def _deref(document, node):
    """Follow `$ref` chains on `node` (a parameter, response, request body or header object)."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        if node["$ref"] in seen:
            raise SpecError(f"circular reference {node['$ref']!r}")
        seen.add(node["$ref"])
        node = resolve_pointer(document, node["$ref"])
    return node


def deref(document, node):
    """Public form of `_deref`: the object `node` stands for, following references."""
    return _deref(document, node)


def operation_key(method, path, operation):
    """The identifier the server routes by: the operationId, or `METHOD path` for operations without one."""
    return operation.get("operationId") or f"{method.upper()} {path}"


def _pin_response_ranges(document):
    """Give each `NXX` response range the exact code `N00` when the operation does not define that code."""
    notes = []
    for method, path, operation, _ in iter_operations(document):
        responses = operation.get("responses") or {}
        for code in list(responses):
            if re.fullmatch(r"[1-5][xX][xX]", code):
                exact = f"{code[0]}00"
                if exact not in responses:
                    responses[exact] = responses.pop(code)
                    notes.append(f"{method.upper()} {path}: response {code} is served and validated as {exact}")
    return notes


def _name_component_schemas(document):
    """Annotate each component schema with its name (an `x-` key, which validation ignores)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "$ref" not in schema:
            schema[SCHEMA_NAME_KEY] = name


def downgrade_to_30(document):
    """Translate an OpenAPI 3.1 document to 3.0 in place; return notes describing the translation."""
    notes = [f"openapi {document.get('openapi')} translated to 3.0.3 (Connexion 3.3 validates documents "
             "against the OpenAPI 3.0 meta-schema only)"]
    document["openapi"] = "3.0.3"
    for key in ("webhooks", "jsonSchemaDialect"):
        if key in document:
            document[f"x-{key}"] = document.pop(key)
            notes.append(f"top-level {key} moved to x-{key}")
    info = document.get("info") or {}
    if "summary" in info:
        info["x-summary"] = info.pop("summary")
    license_ = info.get("license") or {}
    if "identifier" in license_:
        license_["x-identifier"] = license_.pop("identifier")
    components = document.setdefault("components", {})
    if "pathItems" in components:
        components["x-pathItems"] = components.pop("pathItems")
    document.setdefault("paths", {})
    counts = {}
    for pointer, schema in list(_schema_roots(document)):
        _downgrade_schema(schema, pointer, counts)
    for kind, count in sorted(counts.items()):
        notes.append(f"{count} x {kind}")
    return notes


def _schema_roots(document):
    """Yield `(pointer, schema)` for every schema object that is not nested in another schema."""
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        yield f"#/components/schemas/{escape_pointer_token(name)}", schema
    for pointer, node in walk(document):
        if pointer.startswith("#/components/schemas/") or not isinstance(node, dict):
            continue
        schema = node.get("schema")
        if isinstance(schema, dict):
            yield f"{pointer}/schema", schema


def _downgrade_schema(schema, pointer, counts):
    """Translate one 3.1 schema object (and the schemas nested in it) to its 3.0 form, in place."""
    if not isinstance(schema, dict):
        return
    unsupported = sorted(_UNSUPPORTED_31_KEYWORDS & set(schema))
    if unsupported:
        raise SpecError(f"{pointer}: JSON Schema keywords {unsupported} have no OpenAPI 3.0 equivalent")
    if "$ref" in schema and set(schema) - {"$ref"} - _ANNOTATION_KEYWORDS - {k for k in schema if k.startswith("x-")}:
        ref = schema.pop("$ref")
        schema["allOf"] = [{"$ref": ref}] + schema.get("allOf", [])
        _count(counts, "$ref with constraining siblings -> allOf: [$ref] + siblings")
    for key in ("$schema", "$id", "$comment"):
        if key in schema:
            schema[f"x-{key[1:]}"] = schema.pop(key)
    if isinstance(schema.get("type"), list):
        _downgrade_type_list(schema, pointer, counts)
    elif schema.get("type") == "null":
        del schema["type"]
        schema["nullable"] = True
        schema["enum"] = [None]
        _count(counts, 'type: "null" -> nullable: true, enum: [null]')
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
        _count(counts, "const -> enum")
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(schema.get(exclusive), (int, float)) and not isinstance(schema.get(exclusive), bool):
            _downgrade_exclusive_bound(schema, bound, exclusive)
            _count(counts, f"numeric {exclusive} -> {bound} + {exclusive}: true")
    if isinstance(schema.get("examples"), list):
        examples = schema.pop("examples")
        if examples and "example" not in schema:
            schema["example"] = examples[0]
        _count(counts, "schema examples -> example")
    if "contentEncoding" in schema or "contentMediaType" in schema:
        _downgrade_content_keywords(schema)
        _count(counts, "contentEncoding/contentMediaType -> format byte/binary")
    for key in _SCHEMA_VALUED:
        if isinstance(schema.get(key), dict):
            _downgrade_schema(schema[key], f"{pointer}/{key}", counts)
    for key in _SCHEMA_LISTS:
        for index, branch in enumerate(schema.get(key) or []):
            _downgrade_schema(branch, f"{pointer}/{key}/{index}", counts)
    for key in _SCHEMA_MAPS:
        for name, branch in (schema.get(key) or {}).items():
            _downgrade_schema(branch, f"{pointer}/{key}/{escape_pointer_token(name)}", counts)


def _count(counts, kind):
    """Count one translation of `kind` for the summary notes."""
    counts[kind] = counts.get(kind, 0) + 1


def _downgrade_type_list(schema, pointer, counts):
    """Translate `type: [...]` to a single type (plus `nullable`) or to an `anyOf` of single types."""
    types = schema.pop("type")
    nullable = "null" in types
    others = [kind for kind in types if kind != "null"]
    if nullable:
        schema["nullable"] = True
    if len(others) == 1:
        schema["type"] = others[0]
        _count(counts, 'type: [T, "null"] -> type: T, nullable: true' if nullable else "type: [T] -> type: T")
    elif not others:
        schema["enum"] = [None]
        _count(counts, 'type: ["null"] -> nullable: true, enum: [null]')
    else:
        if "anyOf" in schema:
            raise SpecError(f"{pointer}: a type list beside anyOf cannot be translated to OpenAPI 3.0")
        branches = [{"type": kind} for kind in others]
        if nullable:
            branches[0]["nullable"] = True
        schema["anyOf"] = branches
        _count(counts, "type: [T, U, ...] -> anyOf of single types")


def _downgrade_exclusive_bound(schema, bound, exclusive):
    """Turn a 3.1 numeric exclusive bound into draft 4's boolean form, keeping the stricter of two bounds."""
    value = schema.pop(exclusive)
    if bound in schema:
        stricter_inclusive = schema[bound] > value if bound == "minimum" else schema[bound] < value
        if stricter_inclusive:
            return
    schema[bound] = value
    schema[exclusive] = True


def _downgrade_content_keywords(schema):
    """Translate `contentEncoding: base64` to `format: byte` and a binary `contentMediaType` to `format: binary`."""
    encoding = schema.pop("contentEncoding", None)
    media_type = schema.pop("contentMediaType", None)
    if encoding == "base64":
        schema.setdefault("format", "byte")
    elif media_type is not None:
        schema.setdefault("format", "binary")
