#!/usr/bin/env python3
"""A validating mock server, built with Connexion, that judges a generated client on the wire.

Usage:
    python Tests/Wire/connexion_server.py --spec PATH --port N --log PATH [--base-path /prefix]

The spec (JSON or YAML, OpenAPI 3.0 or 3.1) is served on 127.0.0.1:PORT by Connexion with strict request
validation and response validation. Every operation is answered by one generic handler that synthesizes a
response conforming to the spec. Security accepts only the test credentials:

    HTTP basic            testkey / testsecret
    bearer, oauth2, openIdConnect, any other http scheme   token "test-token"
    apiKey (header, query or cookie)                       "token testkey:testsecret" or "test-api-key"

The request header `X-Wire-Expect: <code>` picks the response status. `GET /__wire/ping` answers 200 "ok".
A readOnly property is not required in a request body and one sent in a request is rejected; a writeOnly one is not
required in a response (the OpenAPI rule; Connexion alone requires both where `required` lists them).
Every request (also those rejected by validation) is appended to the --log file as one JSON object per line:
    operationId, method, path, query, headers, contentType, body, bodyBase64, form, status, error
"""
import argparse
import base64
import contextvars
import copy
import email.parser
import email.policy
import hashlib
import json
import os
import sys
import traceback
import urllib.parse
import warnings

warnings.filterwarnings("ignore")  # jsonschema RefResolver / starlette deprecations are noise here

import yaml  # noqa: E402
from jsonschema import RefResolver  # noqa: E402

import connexion  # noqa: E402
from connexion import request as connexion_request  # noqa: E402
from connexion.json_schema import (  # noqa: E402
    Draft4RequestValidator,
    Draft4ResponseValidator,
    ExtendedSafeLoader,
    FileHandler,
)
from connexion.options import SwaggerUIOptions  # noqa: E402
from connexion.resolver import Resolution, Resolver  # noqa: E402
from connexion.security import (  # noqa: E402
    NO_VALUE,
    AbstractSecurityHandler,
    ApiKeySecurityHandler,
    OAuthSecurityHandler,
)
from connexion.validators import VALIDATOR_MAP, JSONRequestBodyValidator, JSONResponseBodyValidator  # noqa: E402
from jsonschema import Draft4Validator, ValidationError  # noqa: E402
from jsonschema.validators import extend  # noqa: E402
from starlette.responses import Response  # noqa: E402

# Per request: the status the generic handler answered (None: connexion answered by itself, e.g. a rejection)
HANDLED = contextvars.ContextVar("wire_handled")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_DEPTH = 16

# --------------------------------------------------------------------------------------------------------------------
# Security: only the test credentials are accepted. Returning None makes connexion answer 401.

BASIC_USER, BASIC_PASSWORD = "testkey", "testsecret"
TOKEN = "test-token"
API_KEYS = ("token testkey:testsecret", "test-api-key")


def basic_info(username, password, required_scopes=None):
    if username == BASIC_USER and password == BASIC_PASSWORD:
        return {"sub": username, "scope": list(required_scopes or [])}
    return None


def bearer_info(token, required_scopes=None):
    if token == TOKEN:
        return {"sub": "test", "scope": list(required_scopes or [])}
    return None


def token_info(token, required_scopes=None):
    """oauth2 / openIdConnect: grants exactly the scopes the operation requires."""
    return bearer_info(token, required_scopes)


def apikey_info(api_key, required_scopes=None):
    if api_key in API_KEYS:
        return {"sub": "test", "scope": list(required_scopes or [])}
    return None


# --------------------------------------------------------------------------------------------------------------------
# Bodies follow the OpenAPI rule for readOnly and writeOnly, which Connexion's validators leave out: a readOnly
# property in a `required` list is required in responses only, a writeOnly one in requests only. A request must not
# carry a readOnly property ("SHOULD NOT be sent as part of the request"; rejected here, so that a client that sends
# one is caught), as Connexion already rejects a writeOnly one in a response.


def required_unless(keyword):
    def validate(validator, required, instance, schema):
        properties = schema.get("properties") or {}

        def marked(name):
            prop = properties.get(name)
            return isinstance(prop, dict) and prop.get(keyword) is True

        kept = [name for name in required if not marked(name)]
        yield from Draft4Validator.VALIDATORS["required"](validator, kept, instance, schema)

    return validate


required_unless_read_only = required_unless("readOnly")


def reject_read_only(validator, ro, instance, schema):
    if ro:
        yield ValidationError("Property is read-only and must not be sent in a request")


SpecRequestValidator = extend(
    Draft4RequestValidator, {"required": required_unless_read_only, "readOnly": reject_read_only}
)


SpecResponseValidator = extend(Draft4ResponseValidator, {"required": required_unless("writeOnly")})


class SpecJSONRequestBodyValidator(JSONRequestBodyValidator):
    """Connexion's JSON request body validator with the readOnly rule above."""

    @property
    def _validator(self):
        return SpecRequestValidator(self._schema, format_checker=Draft4Validator.FORMAT_CHECKER)


class SpecJSONResponseBodyValidator(JSONResponseBodyValidator):
    """Connexion's JSON response body validator with the writeOnly rule above."""

    @property
    def validator(self):
        return SpecResponseValidator(self._schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def validator_map():
    body = copy.copy(VALIDATOR_MAP["body"])
    body["*/*json"] = SpecJSONRequestBodyValidator
    response = copy.copy(VALIDATOR_MAP["response"])
    response["*/*json"] = SpecJSONResponseBodyValidator
    return {**VALIDATOR_MAP, "body": body, "response": response}


class HTTPSchemeTokenHandler(AbstractSecurityHandler):
    """Any `type: http` scheme connexion has no handler for (e.g. digest): `Authorization: <Scheme> test-token`."""

    security_definition_key = "x-bearerInfoFunc"
    environ_key = "BEARERINFO_FUNC"

    def get_fn(self, security_scheme, required_scopes):
        scheme = str(security_scheme.get("scheme", "")).lower()
        check = self._generic_check(self._resolve_func(security_scheme) or bearer_info, "Provided token is not valid")

        def wrapper(request):
            auth_type, token = self.get_auth_header_value(request)
            if auth_type != scheme:
                return NO_VALUE
            return check(request, token)

        return wrapper


class WireApiKeyHandler(ApiKeySecurityHandler):
    """connexion's apiKey handler with a cookie parser that also accepts values with spaces (`token a:b`)."""

    @staticmethod
    def get_cookie_value(cookies, name):
        for item in str(cookies or "").split(";"):
            key, sep, value = item.strip().partition("=")
            if sep and key == name:
                value = value.strip()
                if len(value) >= 2 and value[0] == value[-1] == '"':
                    value = value[1:-1]
                return urllib.parse.unquote(value)
        return None


def inject_security(spec):
    """Points every security scheme at this module's credential checks; returns connexion's security_map."""
    module = __name__
    security_map = {"openIdConnect": OAuthSecurityHandler, "apiKey": WireApiKeyHandler}
    schemes = spec.get("components", {}).get("securitySchemes", {}) or {}
    for name, scheme in list(schemes.items()):
        if isinstance(scheme, dict) and "$ref" in scheme:
            scheme = copy.deepcopy(json_pointer(spec, scheme["$ref"]))
            schemes[name] = scheme
        if not isinstance(scheme, dict):
            continue
        kind = scheme.get("type")
        if kind == "http":
            http_scheme = str(scheme.get("scheme", "")).lower()
            if http_scheme == "basic":
                scheme["x-basicInfoFunc"] = f"{module}.basic_info"
            else:
                scheme["x-bearerInfoFunc"] = f"{module}.bearer_info"
                if http_scheme != "bearer":
                    security_map[http_scheme] = HTTPSchemeTokenHandler
        elif kind == "apiKey":
            scheme["x-apikeyInfoFunc"] = f"{module}.apikey_info"
        elif kind in ("oauth2", "openIdConnect"):
            scheme["x-tokenInfoFunc"] = f"{module}.token_info"
    return security_map


# --------------------------------------------------------------------------------------------------------------------
# Spec loading and references


def load_document(path):
    with open(path, "rb") as fh:
        text = fh.read().decode("utf-8")
    if path.lower().endswith(".json") or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass
    return yaml.load(text, ExtendedSafeLoader)


def string_keys(node):
    if isinstance(node, dict):
        return {str(k): string_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [string_keys(v) for v in node]
    return node


def json_pointer(doc, ref):
    pointer = ref.split("#", 1)[1] if "#" in ref else ""
    node = doc
    for part in pointer.split("/")[1:] if pointer else []:
        part = urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


class Documents:
    """The main document plus relative file references (rewritten to absolute `file#pointer` refs when loaded)."""

    def __init__(self, main, main_path):
        self.main = main
        self.main_path = os.path.abspath(main_path)
        self.docs = {self.main_path: main}

    def _absolutize(self, node, base_path):
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str):
                    out[k] = self._absolute_ref(v, base_path)
                else:
                    out[k] = self._absolutize(v, base_path)
            return out
        if isinstance(node, list):
            return [self._absolutize(v, base_path) for v in node]
        return node

    @staticmethod
    def _absolute_ref(ref, base_path):
        file_part, _, pointer = ref.partition("#")
        target = base_path if not file_part else os.path.normpath(os.path.join(os.path.dirname(base_path), file_part))
        return f"{target}#{pointer}"

    def resolve(self, ref):
        file_part, _, pointer = ref.partition("#")
        if not file_part:
            return json_pointer(self.main, "#" + pointer)
        path = file_part if os.path.isabs(file_part) else os.path.normpath(
            os.path.join(os.path.dirname(self.main_path), file_part))
        if path not in self.docs:
            self.docs[path] = self._absolutize(string_keys(load_document(path)), path)
        return json_pointer(self.docs[path], "#" + pointer)

    def deref(self, node, limit=32):
        while isinstance(node, dict) and "$ref" in node and limit > 0:
            target = self.resolve(node["$ref"])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = target if not siblings else {**target, **siblings} if not isinstance(target, dict) or "$ref" not in target else {"allOf": [target, siblings]}
            limit -= 1
        return node


DATA_KEYS = {"example", "examples", "default", "enum", "const", "value", "x-examples"}
MAP_OF_SCHEMAS = {"properties", "patternProperties", "$defs", "definitions", "schemas", "dependentSchemas"}


def downgrade_31(node, key=None):
    """Rewrites OpenAPI 3.1 (JSON Schema 2020-12) keywords that connexion's Draft 4 validators misread into their
    OpenAPI 3.0 equivalents, in place, so that validation keeps the 3.1 meaning: type lists with "null" become
    type + nullable, const becomes a one-value enum, numeric exclusive bounds become boolean ones, prefixItems becomes
    tuple items, dependentRequired becomes dependencies. Data (examples, defaults, enums) is left alone."""
    if isinstance(node, list):
        for item in node:
            downgrade_31(item, key)
        return node
    if not isinstance(node, dict):
        return node
    if key not in MAP_OF_SCHEMAS:
        kind = node.get("type")
        if isinstance(kind, list):
            non_null = [k for k in kind if k != "null"]
            if "null" in kind and non_null:
                node["nullable"] = True
            if len(non_null) == 1:
                node["type"] = non_null[0]
            elif not non_null:
                node["type"] = "null"
            elif "null" in kind:
                node["type"] = non_null  # several types: Draft 4 accepts the list; nullable covers null
        if "const" in node and "enum" not in node:
            node["enum"] = [node.pop("const")]
        for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            value = node.get(bound)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                current = node.get(plain)
                tighter = current is None or (value >= current if plain == "minimum" else value <= current)
                if tighter:
                    node[plain] = value
                    node[bound] = True
                else:
                    del node[bound]
        if isinstance(node.get("prefixItems"), list):
            items = node.get("items")
            node["items"] = node.pop("prefixItems")
            if isinstance(items, (dict, bool)):
                node["additionalItems"] = items
        if isinstance(node.get("dependentRequired"), dict) and "dependencies" not in node:
            node["dependencies"] = node.pop("dependentRequired")
        if isinstance(node.get("examples"), list) and "example" not in node and node["examples"] and (
                "type" in node or "properties" in node or "$ref" in node):
            node["example"] = node["examples"][0]
    for k, v in node.items():
        if key not in MAP_OF_SCHEMAS and k in DATA_KEYS:
            continue
        downgrade_31(v, k)
    return node


def skip_metaschema_for_31():
    """Connexion 3.3 only ships the OpenAPI 3.0 metaschema; a 3.1 document is checked by loading, not by it."""
    from connexion.spec import OpenAPISpecification
    original = OpenAPISpecification._validate_spec.__func__

    def validate(cls, spec):
        if str(spec.get("openapi", "")).startswith("3.1"):
            if not isinstance(spec.get("paths", {}), dict):
                raise ValueError("paths is not an object")
            return None
        return original(cls, spec)

    OpenAPISpecification._validate_spec = classmethod(validate)


# The media type of the request being handled (set by WireApp.__call__), for body_definition_by_request below.
REQUEST_MEDIA = contextvars.ContextVar("wire_request_media", default=None)


def body_definition_by_request():
    """Connexion builds a request's form parser from its body's first content (`body_definition()` without a content
    type), so the `encoding` of a form or multipart content that is not the first is lost: use the content of the
    request's `Content-Type`. In multipart, an object property (or array of objects) without an `encoding` is a JSON
    part, as OpenAPI says; Connexion reads it as text unless its `contentType` says JSON, so that default is added."""
    from connexion.operations.openapi import OpenAPIOperation
    original = OpenAPIOperation.body_definition
    if getattr(original, "wire_by_request", False):
        return

    def body_definition(self, content_type=None):
        media = content_type
        if media is None:
            wanted = REQUEST_MEDIA.get()
            media = next((key for key in self.consumes if key.split(";")[0].strip().lower() == wanted), None)
        definition = original(self, media)
        if media is None or media.split(";")[0].strip().lower() != "multipart/form-data":
            return definition
        encoding = {key: dict(value) for key, value in (definition.get("encoding") or {}).items()}
        for key, prop in ((definition.get("schema") or {}).get("properties") or {}).items():
            items = prop.get("items") if isinstance(prop.get("items"), dict) else {}
            if prop.get("type") == "object" or (prop.get("type") == "array" and items.get("type") == "object"):
                encoding.setdefault(key, {}).setdefault("contentType", "application/json")
        return {**definition, "encoding": encoding}

    body_definition.wire_by_request = True
    OpenAPIOperation.body_definition = body_definition


# --------------------------------------------------------------------------------------------------------------------
# Value synthesis


class Unsynthesizable(Exception):
    pass


class RecursionStop(Unsynthesizable):
    pass


FORMAT_VALUES = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "iri": "https://example.com/x",
    "uri-reference": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": base64.b64encode(b"wire").decode(),
    "binary": "wire",
    "password": "secret",
    "duration": "P1D",
    "regex": ".*",
}


def pattern_candidates(pattern):
    """Strings generated from a (simple) regular expression, shortest first, with growing repeat counts."""
    try:
        import re._parser as sre_parse  # Python >= 3.11
    except ImportError:  # pragma: no cover
        import sre_parse
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:
        return []
    consts = sre_parse
    groups = {}

    def emit(items, stretch):
        out = []
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(av))
            elif name == "NOT_LITERAL":
                out.append("a" if chr(av) != "a" else "b")
            elif name == "ANY":
                out.append("a")
            elif name == "IN":
                out.append(emit_in(av))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                lo, hi, sub = av
                hi = 64 if hi == consts.MAXREPEAT else hi
                count = min(max(lo, stretch), hi)
                out.append("".join(emit(sub, stretch) for _ in range(count)))
            elif name == "SUBPATTERN":
                group, sub = av[0], av[-1]
                text = emit(sub, stretch)
                if group is not None:
                    groups[group] = text
                out.append(text)
            elif name == "ATOMIC_GROUP":
                out.append(emit(av, stretch))
            elif name == "BRANCH":
                out.append(emit(av[1][0], stretch))
            elif name == "GROUPREF":
                out.append(groups.get(av, ""))
            elif name == "CATEGORY":
                out.append(category_char(str(av)))
            elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue
            else:
                raise Unsynthesizable(f"regex construct {name}")
        return "".join(out)

    def category_char(cat):
        return {"CATEGORY_DIGIT": "0", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ", "CATEGORY_NOT_SPACE": "a",
                "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-"}.get(cat, "a")

    def emit_in(items):
        negate = any(str(op) == "NEGATE" for op, _ in items)
        if negate:
            excluded = set()
            for op, av in items:
                if str(op) == "LITERAL":
                    excluded.add(chr(av))
                elif str(op) == "RANGE":
                    excluded.update(chr(c) for c in range(av[0], av[1] + 1))
            for c in "aA0-_x":
                if c not in excluded:
                    return c
            return "~"
        op, av = items[0]
        if str(op) == "LITERAL":
            return chr(av)
        if str(op) == "RANGE":
            return chr(av[0])
        if str(op) == "CATEGORY":
            return category_char(str(av))
        return "a"

    out = []
    for stretch in list(range(0, 9)) + [12, 16, 24, 32, 48, 64]:
        try:
            text = emit(parsed, stretch)
        except Exception:
            break
        if text not in out:
            out.append(text)
    return out


class Synthesizer:
    def __init__(self, documents, openapi31):
        self.docs = documents
        self.openapi31 = openapi31
        self.request_mode = False
        self.resolver = RefResolver(base_uri="", referrer=documents.main, handlers={"": FileHandler(), "file": FileHandler()})

    # -- validation -------------------------------------------------------------------------------------------------
    def valid(self, value, schema):
        try:
            validator = SpecResponseValidator(schema, resolver=self.resolver, format_checker=Draft4Validator.FORMAT_CHECKER)
            return next(iter(validator.iter_errors(value)), None) is None
        except Exception:
            return False

    def first_error(self, value, schema):
        try:
            validator = SpecResponseValidator(schema, resolver=self.resolver, format_checker=Draft4Validator.FORMAT_CHECKER)
            error = next(iter(validator.iter_errors(value)), None)
            return None if error is None else f"{error.message} at {'/'.join(map(str, error.absolute_path))}"
        except Exception as exc:
            return str(exc)

    # -- schema helpers ---------------------------------------------------------------------------------------------
    def merge_all_of(self, schema, stack, depth):
        """Flattens allOf (and $ref) into one schema dict."""
        schema = self.docs.deref(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            ref = part.get("$ref") if isinstance(part, dict) else None
            if ref and ref in stack:
                raise RecursionStop(ref)
            part = self.merge_all_of(part, stack + ((ref,) if ref else ()), depth + 1)
            merged = self.merge(merged, part)
        return merged

    @staticmethod
    def merge(a, b):
        out = dict(a)
        for k, v in b.items():
            if k not in out:
                out[k] = v
            elif k == "properties":
                props = dict(out[k])
                for pk, pv in v.items():
                    props[pk] = {"allOf": [props[pk], pv]} if pk in props else pv
                out[k] = props
            elif k == "required":
                out[k] = list(dict.fromkeys(list(out[k]) + list(v)))
            elif k in ("minimum", "minLength", "minItems", "minProperties"):
                out[k] = max(out[k], v)
            elif k in ("maximum", "maxLength", "maxItems", "maxProperties"):
                out[k] = min(out[k], v)
            elif k in ("oneOf", "anyOf"):
                out.setdefault("allOf", [])
                out["allOf"] = list(out["allOf"]) + [{k: v}]
            elif k == "additionalProperties" and v is False:
                out[k] = False
        return out

    @staticmethod
    def examples_of(schema):
        found = []
        if "example" in schema:
            found.append(schema["example"])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            found.append(schema["examples"][0])
        if "default" in schema:
            found.append(schema["default"])
        return found

    @staticmethod
    def schema_type(schema):
        kind = schema.get("type")
        nullable = bool(schema.get("nullable"))
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            non_null = [k for k in kind if k != "null"]
            kind = non_null[0] if non_null else "null"
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema or "required" in schema:
                kind = "object"
            elif "items" in schema or "prefixItems" in schema:
                kind = "array"
            elif any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
                kind = "string"
            elif any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
                kind = "number"
        return kind, nullable

    # -- generation -------------------------------------------------------------------------------------------------
    def generate(self, schema, request=False):
        """A value for the schema: for a response (readOnly in, writeOnly out) or, with request, the reverse."""
        self.request_mode = request
        return self.gen(schema, (), 0)

    def gen(self, schema, stack, depth):
        if schema is True or schema is None:
            return "string"
        if schema is False:
            raise Unsynthesizable("false schema")
        if not isinstance(schema, dict):
            raise Unsynthesizable("schema is not an object")
        if depth > MAX_DEPTH:
            raise RecursionStop("depth")
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in stack:
                raise RecursionStop(ref)
            return self.gen(self.docs.deref(schema), stack + (ref,), depth + 1)
        _, nullable = self.schema_type(schema)
        try:
            return self.gen_inner(schema, stack, depth)
        except RecursionStop:
            if nullable:
                return None
            raise

    def gen_inner(self, schema, stack, depth):
        for example in self.examples_of(schema):
            if self.valid(example, schema):
                return example
        if "allOf" in schema:
            merged = self.merge_all_of(schema, stack, depth)
            if "allOf" in merged:  # nested oneOf/anyOf folded in
                rest = {k: v for k, v in merged.items() if k != "allOf"}
                for part in merged["allOf"]:
                    rest = self.merge(rest, part) if not ({"oneOf", "anyOf"} & set(part)) else rest
                return self.gen_choice(rest, [p for p in merged["allOf"] if {"oneOf", "anyOf"} & set(p)], stack, depth)
            return self.gen(merged, stack, depth + 1)
        if "oneOf" in schema or "anyOf" in schema:
            return self.gen_choice(schema, [], stack, depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema and schema["enum"]:
            values = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return values[0]
        kind, nullable = self.schema_type(schema)
        if kind == "null":
            return None
        if kind == "object":
            return self.gen_object(schema, stack, depth)
        if kind == "array":
            return self.gen_array(schema, stack, depth)
        if kind == "string":
            return self.gen_string(schema)
        if kind in ("integer", "number"):
            return self.gen_number(schema, kind)
        if kind == "boolean":
            return True
        return "string"

    def gen_choice(self, schema, extra_choices, stack, depth):
        """oneOf / anyOf (possibly several, from allOf): the first branch whose value validates against the whole."""
        base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        groups = [schema[k] for k in ("oneOf", "anyOf") if k in schema] + \
                 [c.get("oneOf") or c.get("anyOf") for c in extra_choices]
        whole = {"allOf": [schema] + list(extra_choices)}
        discriminator = schema.get("discriminator") or next(
            (c.get("discriminator") for c in extra_choices if c.get("discriminator")), None)
        fallback = None
        for branch in groups[0]:
            candidate_schema = {"allOf": [base, branch] + [{"anyOf": g} for g in groups[1:]]}
            try:
                value = self.gen(candidate_schema, stack, depth + 1)
            except RecursionStop:
                continue
            except Unsynthesizable:
                continue
            variants = [value]
            if discriminator and isinstance(value, dict):
                variants = self.discriminator_variants(value, discriminator, branch)
            if fallback is None:
                fallback = variants[0]
            for variant in variants:
                if self.valid(variant, whole):
                    return variant
            if isinstance(value, dict) and "oneOf" in schema:
                poisoned = self.exclude_other_branches(variants[0], base, branch, schema["oneOf"], whole, stack, depth)
                if poisoned is not None:
                    return poisoned
        if fallback is None:
            raise Unsynthesizable("no branch of oneOf/anyOf could be synthesized")
        return fallback

    def exclude_other_branches(self, value, base, branch, branches, whole, stack, depth):
        """Draft 4 ignores discriminators, so an object matching several oneOf branches fails validation. Make the
        other branches reject it: give a property only they declare a value of the wrong type."""
        try:
            mine = self.merge_all_of({"allOf": [base, branch]}, stack, depth)
        except Unsynthesizable:
            return None
        own = set((mine.get("properties") or {}).keys())
        value = dict(value)
        for other in branches:
            if other is branch:
                continue
            other_full = {"allOf": [base, other]}
            if not self.valid(value, other_full):
                continue
            try:
                theirs = self.merge_all_of(other_full, stack, depth)
            except Unsynthesizable:
                continue
            for name, prop in (theirs.get("properties") or {}).items():
                if name in own or name in value:
                    continue
                wrong = self.wrong_value(self.docs.deref(prop) if isinstance(prop, dict) else {})
                if wrong is not None and not self.valid(dict(value, **{name: wrong}), other_full):
                    value[name] = wrong
                    break
        return value if self.valid(value, whole) else None

    def wrong_value(self, schema):
        if not isinstance(schema, dict):
            return None
        if "enum" in schema:
            return "\u0000not-in-enum"
        kind, _ = self.schema_type(schema)
        return {"boolean": "x", "string": False, "integer": "x", "number": "x", "object": "x", "array": "x"}.get(kind)

    @staticmethod
    def discriminator_variants(value, discriminator, branch):
        """The value with the discriminator property set to the branch's mapping key, as generated, or to its name."""
        prop = discriminator.get("propertyName")
        if not prop:
            return [value]
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        keys = []
        for k, target in (discriminator.get("mapping") or {}).items():
            if ref and (target == ref or target.rsplit("/", 1)[-1] == ref.rsplit("/", 1)[-1]):
                keys.append(k)
        variants = [dict(value, **{prop: k}) for k in keys]
        variants.append(value)
        if ref:
            variants.append(dict(value, **{prop: ref.rsplit("/", 1)[-1]}))
        return variants

    def gen_object(self, schema, stack, depth):
        props = schema.get("properties") or {}
        required = list(schema.get("required") or [])
        out, skipped = {}, set()
        for name, prop in props.items():
            resolved = self.docs.deref(prop) if isinstance(prop, dict) else prop
            if isinstance(resolved, dict):
                if self.request_mode and resolved.get("readOnly") and name not in required:
                    continue
                if not self.request_mode and (resolved.get("writeOnly") or resolved.get("x-writeOnly")):
                    skipped.add(name)
                    continue
            try:
                out[name] = self.gen(prop, stack, depth + 1)
            except Unsynthesizable:
                if name in required:
                    raise
        additional = schema.get("additionalProperties")
        for name in required:
            if name not in out and name not in skipped:
                out[name] = self.gen(additional, stack, depth + 1) if isinstance(additional, dict) else "string"
        if isinstance(additional, dict) and not props:
            try:
                out["key"] = self.gen(additional, stack, depth + 1)
            except Unsynthesizable:
                pass
        min_props = schema.get("minProperties", 0)
        index = 0
        while len(out) < min_props and additional is not False:
            index += 1
            out[f"key{index}"] = self.gen(additional, stack, depth + 1) if isinstance(additional, dict) else "string"
        max_props = schema.get("maxProperties")
        if max_props is not None and len(out) > max_props:
            for name in [n for n in out if n not in required][::-1]:
                if len(out) <= max_props:
                    break
                del out[name]
        return out

    def gen_array(self, schema, stack, depth):
        min_items = int(schema.get("minItems", 0) or 0)
        max_items = schema.get("maxItems")
        count = max(1, min_items)
        if max_items is not None:
            count = min(count, int(max_items))
        prefix = schema.get("prefixItems") or []
        items = schema.get("items", {})
        if isinstance(items, list):  # tuple form
            prefix, items = items, schema.get("additionalItems", {})
        out = []
        try:
            for i in range(count):
                sub = prefix[i] if i < len(prefix) else items
                out.append(self.gen(sub, stack, depth + 1))
        except Unsynthesizable:
            if len(out) >= min_items:
                return out
            raise
        if schema.get("uniqueItems") and len(out) > 1:
            out = self.make_unique(out, items, min_items)
        return out

    def make_unique(self, values, items, min_items):
        """Distinct items (uniqueItems) that still validate against the item schema."""
        resolved = self.docs.deref(items) if isinstance(items, dict) else {}
        resolved = resolved if isinstance(resolved, dict) else {}
        first = values[0]
        pool = [first]
        if resolved.get("enum"):
            pool += list(resolved["enum"])
        if isinstance(first, str):
            if resolved.get("pattern"):
                pool += pattern_candidates(resolved["pattern"])
            pool += [first + str(i) for i in range(1, 10)] + [first[:-1] + c for c in "abcdefgh123" if first]
        elif isinstance(first, bool):
            pool += [not first]
        elif isinstance(first, (int, float)):
            step = resolved.get("multipleOf") or 1
            pool += [first + step * i for i in range(1, 10)] + [first - step * i for i in range(1, 10)]
        elif isinstance(first, dict):
            pool += [dict(first, **{"_i": i}) for i in range(1, 10)]
        out = []
        for candidate in pool:
            if len(out) == len(values):
                break
            if candidate not in out and (candidate is first or self.valid(candidate, items)):
                out.append(candidate)
        return out if len(out) >= max(min_items, 1) else values

    def gen_string(self, schema):
        fmt = schema.get("format")
        min_len = int(schema.get("minLength", 0) or 0)
        max_len = schema.get("maxLength")
        pattern = schema.get("pattern")
        candidates = []
        if fmt in FORMAT_VALUES:
            candidates.append(FORMAT_VALUES[fmt])
        if pattern:
            candidates.extend(pattern_candidates(pattern))
        candidates.append("string")
        for text in candidates:
            fitted = self.fit_length(text, min_len, max_len, pattern is None and fmt not in FORMAT_VALUES)
            if fitted is not None and self.valid(fitted, schema):
                return fitted
        for text in candidates:  # best effort
            fitted = self.fit_length(text, min_len, max_len, True)
            if fitted is not None:
                return fitted
        return "s" * max(min_len, 1)

    @staticmethod
    def fit_length(text, min_len, max_len, adjustable):
        if len(text) < min_len:
            if not adjustable:
                return None
            text = text + "x" * (min_len - len(text))
        if max_len is not None and len(text) > int(max_len):
            if not adjustable:
                return None
            text = text[: int(max_len)]
        return text

    def gen_number(self, schema, kind):
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        ex_min, ex_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        lo, lo_strict, hi, hi_strict = minimum, False, maximum, False
        if ex_min is True:
            lo_strict = True
        elif isinstance(ex_min, (int, float)) and not isinstance(ex_min, bool):
            if lo is None or ex_min >= lo:
                lo, lo_strict = ex_min, True
            if minimum is not None:  # Draft 4 reads a truthy exclusiveMinimum as "minimum is exclusive"
                lo_strict = lo_strict or bool(ex_min)
        if ex_max is True:
            hi_strict = True
        elif isinstance(ex_max, (int, float)) and not isinstance(ex_max, bool):
            if hi is None or ex_max <= hi:
                hi, hi_strict = ex_max, True
            if maximum is not None:
                hi_strict = hi_strict or bool(ex_max)
        step = schema.get("multipleOf")
        integer = kind == "integer"
        if lo is not None:
            value = lo + (1 if integer else (step or 0.5)) * (1 if lo_strict else 0) if lo_strict else lo
        elif hi is not None and hi < 1:
            value = hi - (1 if integer else (step or 0.5)) if hi_strict else hi
        else:
            value = 1
        if step:
            import math
            k = math.ceil(value / step - 1e-9)
            value = k * step
            if lo is not None and lo_strict and value <= lo:
                value += step
            if isinstance(step, int) or float(value).is_integer():
                value = int(round(value))
        if integer:
            value = int(value) if float(value).is_integer() else int(value) + 1
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        return value


# --------------------------------------------------------------------------------------------------------------------
# Responses


def is_json_media(media):
    base = media.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base.endswith("/json")


def is_text_media(media):
    base = media.split(";", 1)[0].strip().lower()
    return base.startswith("text/") and not base.endswith("json")


def media_preference(media):
    base = media.split(";", 1)[0].strip().lower()
    if base == "application/json":
        return 0
    if is_json_media(base):
        return 1
    if base == "text/plain":
        return 2
    if "*" in base:
        return 5
    return 3


def accepts(accept_header, media):
    if not accept_header:
        return True
    base = media.split(";", 1)[0].strip().lower()
    kind = base.split("/", 1)[0]
    for item in accept_header.split(","):
        token = item.split(";", 1)[0].strip().lower()
        if token in ("*/*", base, f"{kind}/*"):
            return True
    return False


WILDCARD_MEDIA = {"*/*": "application/json", "application/*": "application/octet-stream", "text/*": "text/plain",
                  "image/*": "image/png", "audio/*": "audio/mpeg", "video/*": "video/mp4"}


def normalize_response_media(spec):
    """connexion matches a response's Content-Type without parameters against the documented keys, so a key like
    `application/json; charset=utf-8` can never match: key response content by the bare media type (in memory),
    remembering the documented one (sent as the Content-Type) under x-wire-media-type."""
    def fix(responses):
        for response in (responses or {}).values():
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or not any(";" in k for k in content):
                continue
            fixed = {}
            for media, media_object in content.items():
                bare = media.split(";", 1)[0].strip()
                if bare in fixed or bare in content and bare != media:
                    fixed[media] = media_object
                    continue
                if bare != media and isinstance(media_object, dict):
                    media_object = dict(media_object, **{"x-wire-media-type": media})
                fixed[bare] = media_object
            response["content"] = fixed

    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                fix(item[method].get("responses"))
    fix((spec.get("components") or {}).get("responses"))


def status_to_int(code):
    code = str(code)
    if code.isdigit():
        return int(code)
    if len(code) == 3 and code[0].isdigit() and code[1:].upper() == "XX":
        return int(code[0]) * 100
    return 200


def spec_base_path(spec):
    """The path of servers[0] (variables at their defaults), as connexion computes it."""
    servers = spec.get("servers") or []
    if not servers:
        return ""
    url = servers[0].get("url", "")
    for name, var in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(var.get("default", "")))
    return urllib.parse.urlsplit(url).path.rstrip("/")


class WireApp:
    """Holds the spec, answers every operation, and logs every request (ASGI wrapper around connexion)."""

    def __init__(self, spec, spec_path, log_path, base_path=None):
        if str(spec.get("openapi", "")).startswith("3.1"):
            downgrade_31(spec)
            skip_metaschema_for_31()
        body_definition_by_request()
        normalize_response_media(spec)
        self.bodies = {}
        self.spec = spec
        self.documents = Documents(spec, spec_path)
        self.synth = Synthesizer(self.documents, str(spec.get("openapi", "")).startswith("3.1"))
        self.log_file = open(log_path, "a", encoding="utf-8")
        security_map = inject_security(spec)
        self.connexion = connexion.AsyncApp(__name__)
        self.connexion.add_api(
            spec,
            base_path=base_path,
            resolver=WireResolver(self),
            strict_validation=True,
            validate_responses=True,
            validator_map=validator_map(),
            security_map=security_map,
            swagger_ui_options=SwaggerUIOptions(serve_spec=False, swagger_ui=False),
        )
        self.base_path = base_path if base_path is not None else spec_base_path(spec)

    # -- the generic handler ----------------------------------------------------------------------------------------
    def make_handler(self, operation, operation_id):
        app = self

        async def handler(*args, **kwargs):
            return app.respond(operation, operation_id)

        handler.__name__ = "wire_handler"
        return handler

    def raw_operation(self, operation):
        path_item = self.documents.deref(self.spec["paths"][operation.path])
        return self.documents.deref(path_item[operation.method.lower()])

    def choose_status(self, responses, expect):
        codes = list(responses)
        expect = (expect or "").strip()
        if not (len(expect) == 3 and expect.isdigit() and 100 <= int(expect) <= 599):
            expect = None
        if expect:
            if expect in responses:
                return status_to_int(expect), expect
            ranged = f"{expect[:1]}XX"
            for code in codes:
                if code.upper() == ranged:
                    return int(expect), code
            if "default" in responses:
                return int(expect), "default"
            return int(expect), None
        success = sorted((c for c in codes if str(c)[:1] == "2"), key=lambda c: str(c).upper().replace("X", "0"))
        if success:
            return status_to_int(success[0]), success[0]
        if "default" in responses:
            return 200, "default"
        if codes:
            return status_to_int(codes[0]), codes[0]
        return 200, None

    def respond(self, operation, operation_id):
        raw = self.raw_operation(operation)
        responses = raw.get("responses") or {}
        headers_in = connexion_request.headers
        status, key = self.choose_status(responses, headers_in.get("x-wire-expect"))
        try:
            HANDLED.get()["status"] = status
        except LookupError:
            pass
        definition = self.documents.deref(responses.get(key, {})) if key else {}
        out_headers = self.response_headers(definition)
        content = definition.get("content") or {}
        if not content or status in (204, 304) or operation.method.lower() == "head":
            return Response(content=b"", status_code=status, headers=out_headers)
        accept = headers_in.get("accept")
        medias = sorted(content, key=media_preference)
        acceptable = [m for m in medias if accepts(accept, m)]
        media = (acceptable or medias)[0]
        media_object = self.documents.deref(content[media]) or {}
        send_media = media_object.get("x-wire-media-type", media)
        if "*" in send_media:
            send_media = WILDCARD_MEDIA.get(send_media.split(";")[0].strip().lower(), "application/octet-stream")
        cache_key = (operation.method, operation.path, status, key, send_media)
        if cache_key not in self.bodies:
            self.bodies[cache_key] = self.body_for(operation, status, media, send_media, media_object)
        return Response(content=self.bodies[cache_key], status_code=status, headers=out_headers, media_type=send_media)

    def value_for(self, operation, status, media, media_object):
        schema = media_object.get("schema")
        check_schema = operation.response_schema(str(status), media) if schema is not None else {}
        candidates = []
        if "example" in media_object:
            candidates.append(media_object["example"])
        examples = media_object.get("examples")
        if isinstance(examples, dict) and examples:
            first = self.documents.deref(next(iter(examples.values())))
            if isinstance(first, dict) and "value" in first:
                candidates.append(first["value"])
        for candidate in candidates:
            if schema is None or self.synth.valid(candidate, check_schema):
                return candidate
        if schema is None:
            return None
        value = self.synth.generate(schema)
        error = self.synth.first_error(value, check_schema)
        if error:
            print(f"wire: synthesized {operation.method.upper()} {operation.path} {status} {media} does not conform: "
                  f"{error}", file=sys.stderr, flush=True)
        return value

    def body_for(self, operation, status, media, send_media, media_object):
        schema = self.documents.deref(media_object.get("schema")) if media_object.get("schema") is not None else None
        base = send_media.split(";", 1)[0].strip().lower()
        if is_json_media(base):
            value = self.value_for(operation, status, media, media_object)
            return b"" if value is None and schema is None else json.dumps(value).encode("utf-8")
        if is_text_media(base) and base not in ("text/xml", "text/html"):
            value = self.value_for(operation, status, media, media_object)
            if value is None:
                return b"ok"
            return (value if isinstance(value, str) else json.dumps(value)).encode("utf-8")
        if base.endswith("xml"):
            return b'<?xml version="1.0" encoding="UTF-8"?><root/>'
        if base == "text/html":
            return b"<html><body>ok</body></html>"
        if base == "application/x-www-form-urlencoded":
            value = self.value_for(operation, status, media, media_object)
            if isinstance(value, dict):
                return urllib.parse.urlencode({k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}).encode()
            return b""
        return b"\x00\x01wire-binary\xff"

    def response_headers(self, definition):
        out = {}
        for name, header in (definition.get("headers") or {}).items():
            if name.lower() == "content-type":
                continue
            header = self.documents.deref(header)
            if not isinstance(header, dict):
                continue
            value = None
            if "example" in header:
                value = header["example"]
            elif isinstance(header.get("examples"), dict) and header["examples"]:
                first = self.documents.deref(next(iter(header["examples"].values())))
                value = first.get("value") if isinstance(first, dict) else None
            schema = header.get("schema")
            if value is None and schema is None and isinstance(header.get("content"), dict) and header["content"]:
                schema = self.documents.deref(next(iter(header["content"].values()))).get("schema")
            if value is None or (schema is not None and not self.synth.valid(value, schema)):
                try:
                    value = self.synth.generate(schema if schema is not None else {"type": "string"})
                except Unsynthesizable:
                    value = "x"
            out[name] = self.header_text(value)
        return out

    @staticmethod
    def header_text(value):
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, list):
            return ",".join(WireApp.header_text(v) for v in value)
        if isinstance(value, dict):
            return ",".join(f"{k},{WireApp.header_text(v)}" for k, v in value.items())
        if value is None:
            return ""
        return str(value)

    # -- ASGI wrapper: ping and request log ---------------------------------------------------------------------------
    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.connexion(scope, receive, send)
        if scope["path"] == "/__wire/ping" and scope["method"] == "GET":
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"ok"})
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
            elif message["type"] == "http.disconnect":
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        state = {"status": None, "body": [], "headers": []}
        handled = {"status": None}
        HANDLED.set(handled)
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"").decode("latin-1")
        REQUEST_MEDIA.set(content_type.split(";")[0].strip().lower() or None)
        # connexion's router copies the scope shallowly and records the operation in scope["extensions"]: share it
        scope.setdefault("extensions", {})

        async def capture(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body" and (state["status"] or 0) >= 400:
                state["body"].append(message.get("body", b""))
            await send(message)

        try:
            await self.connexion(scope, replay, capture)
        finally:
            self.log_request(scope, body, state, handled["status"])

    def log_request(self, scope, body, state, handled_status):
        try:
            headers = {}
            for k, v in scope.get("headers", []):
                headers[k.decode("latin-1").lower()] = v.decode("latin-1")
            routing = (scope.get("extensions") or {}).get("connexion_routing") or {}
            content_type = headers.get("content-type")
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                text = None
            error = None
            status = state["status"]
            if status is not None and status >= 400 and status != handled_status:
                raw_error = b"".join(state["body"])
                try:
                    problem = json.loads(raw_error)
                    error = problem.get("detail") or problem.get("title") if isinstance(problem, dict) else raw_error.decode("utf-8", "replace")
                except Exception:
                    error = raw_error.decode("utf-8", "replace")
                if status >= 500:
                    print(f"wire: {scope['method']} {scope['path']} answered {status}: {error}", file=sys.stderr, flush=True)
            entry = {
                "operationId": routing.get("operation_id"),
                "method": scope["method"],
                "path": (scope.get("raw_path") or scope["path"].encode()).decode("latin-1"),
                "query": scope.get("query_string", b"").decode("latin-1"),
                "headers": headers,
                "contentType": content_type,
                "body": text,
                "bodyBase64": base64.b64encode(body).decode("ascii"),
                "form": parse_form(content_type, body),
                "status": status if status is not None else 500,
                "error": error,
            }
            self.log_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.log_file.flush()
        except Exception:
            traceback.print_exc(file=sys.stderr)


def parse_form(content_type, body):
    """Fields name -> [text] and files name -> [{filename, contentType, size, sha256}] of form bodies, else None."""
    if not content_type:
        return None
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "application/x-www-form-urlencoded":
        fields = {}
        for k, v in urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
            fields.setdefault(k, []).append(v)
        return {"fields": fields, "files": {}}
    if base == "multipart/form-data":
        fields, files = {}, {}
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body)
        if not message.is_multipart():
            return {"fields": fields, "files": files, "error": "not a multipart body"}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_param("filename", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if filename is not None:
                files.setdefault(name, []).append({
                    "filename": filename,
                    "contentType": part.get("content-type"),
                    "size": len(payload),
                    "sha256": hashlib.sha256(payload).hexdigest(),
                })
            else:
                fields.setdefault(name, []).append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        return {"fields": fields, "files": files}
    return None


class WireResolver(Resolver):
    """Resolves every operation (whatever its operationId) to the generic handler."""

    def __init__(self, app):
        super().__init__()
        self.app = app

    def resolve(self, operation):
        operation_id = operation.operation_id or f"{operation.method.upper()} {operation.path}"
        return Resolution(self.app.make_handler(operation, operation_id), operation_id)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", required=True, help="OpenAPI document (JSON or YAML)")
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--log", required=True, help="JSON Lines request log (appended)")
    parser.add_argument("--base-path", default=None, help="serve under this prefix instead of servers[0]'s path")
    args = parser.parse_args(argv)
    spec_path = os.path.abspath(args.spec)
    log_path = os.path.abspath(args.log)
    try:
        spec = string_keys(load_document(spec_path))
        if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3."):
            raise ValueError("not an OpenAPI 3.x document")
        os.chdir(os.path.dirname(spec_path))  # connexion resolves relative file refs against the working directory
        app = WireApp(spec, spec_path, log_path, args.base_path)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        print(f"wire: cannot load spec {args.spec}: {exc}", file=sys.stderr)
        return 2
    import uvicorn
    print(f"wire: serving {args.spec} on http://127.0.0.1:{args.port}{app.base_path}", file=sys.stderr, flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", lifespan="on")
    return 0


if __name__ == "__main__":
    sys.exit(main())
