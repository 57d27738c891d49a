#!/usr/bin/env python3
"""Self-check of connexion_server.py: calls every operation of a spec once with the test credentials.

Usage: python Tests/Wire/selfcheck.py SPEC [SPEC ...]
For each spec it starts the server, checks the ping, calls each operation with minimal valid inputs, checks that a
wrong password gives 401, and fails if any answer is a 5xx or the log misses a request.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import connexion_server as wire  # noqa: E402

BASIC = "Basic " + base64.b64encode(b"testkey:testsecret").decode()
WRONG = "Basic " + base64.b64encode(b"testkey:wrong").decode()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def credentials(spec, docs, security):
    """Headers, query items and cookies satisfying the first security requirement."""
    headers, query, cookies = {}, [], []
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for requirement in security[:1]:
        for name in requirement:
            scheme = docs.deref(schemes.get(name, {}))
            kind = scheme.get("type")
            if kind == "http" and str(scheme.get("scheme")).lower() == "basic":
                headers["Authorization"] = BASIC
            elif kind == "http":
                headers["Authorization"] = f"{str(scheme.get('scheme')).capitalize()} test-token"
            elif kind in ("oauth2", "openIdConnect"):
                headers["Authorization"] = "Bearer test-token"
            elif kind == "apiKey":
                where = {"header": headers, "query": None, "cookie": None}[scheme["in"]]
                if where is not None:
                    where[scheme["name"]] = "test-api-key"
                elif scheme["in"] == "query":
                    query.append((scheme["name"], "test-api-key"))
                else:
                    cookies.append(f"{scheme['name']}=test-api-key")
    return headers, query, cookies


def text(value):
    return wire.WireApp.header_text(value)


def build_request(spec, docs, synth, base, path, method, op, path_item):
    params = {}
    for p in list(path_item.get("parameters", [])) + list(op.get("parameters", [])):
        p = docs.deref(p)
        params[(p["name"], p["in"])] = p
    url_path, query, headers, cookies = path, [], {}, []
    for (name, where), p in params.items():
        if where != "path" and not p.get("required"):
            continue
        schema = p.get("schema") or docs.deref(next(iter(p.get("content", {}).values()), {})).get("schema", {})
        value = p["example"] if "example" in p else synth.generate(schema, request=True)
        if where == "path":
            url_path = url_path.replace("{" + name + "}", urllib.parse.quote(text(value), safe=""))
        elif where == "query":
            if isinstance(value, list) and p.get("explode", True):
                query.extend((name, text(v)) for v in value)
            else:
                query.append((name, text(value)))
        elif where == "header":
            headers[name] = text(value)
        elif where == "cookie":
            cookies.append(f"{name}={text(value)}")
    auth_headers, auth_query, auth_cookies = credentials(spec, docs, op.get("security", spec.get("security", [])))
    headers.update(auth_headers)
    query += auth_query
    cookies += auth_cookies
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    data = None
    body = docs.deref(op.get("requestBody")) if op.get("requestBody") else None
    if body and body.get("content"):
        media = sorted(body["content"], key=wire.media_preference)[0]
        schema = docs.deref(body["content"][media]).get("schema", {})
        value = synth.generate(schema, request=True) if schema else None
        headers["Content-Type"] = media
        base_media = media.split(";")[0].lower()
        if wire.is_json_media(base_media):
            data = json.dumps(value).encode()
        elif base_media == "application/x-www-form-urlencoded":
            data = urllib.parse.urlencode({k: text(v) for k, v in (value or {}).items()}).encode()
        elif base_media == "multipart/form-data":
            boundary = "wireboundary"
            parts = []
            for k, v in (value or {}).items():
                prop = docs.deref((schema.get("properties") or {}).get(k, {}))
                if prop.get("format") == "binary":
                    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"; filename="a.bin"\r\n'
                                 f"Content-Type: application/octet-stream\r\n\r\nwire\r\n")
                else:
                    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{text(v)}\r\n')
            data = ("".join(parts) + f"--{boundary}--\r\n").encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif base_media.startswith("text/"):
            data = text(value).encode()
        else:
            data = b"wire"
    url = base + url_path + ("?" + urllib.parse.urlencode(query) if query else "")
    return urllib.request.Request(url, data=data, method=method.upper(), headers=headers)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def send(req):
    try:
        with OPENER.open(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def check(spec_path):
    spec = wire.string_keys(wire.load_document(spec_path))
    if str(spec.get("openapi")).startswith("3.1"):
        wire.downgrade_31(spec)
    docs = wire.Documents(spec, spec_path)
    synth = wire.Synthesizer(docs, str(spec.get("openapi")).startswith("3.1"))
    port = free_port()
    log = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False).name
    server = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "connexion_server.py"),
                               "--spec", spec_path, "--port", str(port), "--log", log])
    root = f"http://127.0.0.1:{port}"
    failures, statuses, calls = [], {}, 0
    negative = []  # (label, request, expected status): the server must reject these
    operations = sum(1 for item in spec["paths"].values() for m in wire.HTTP_METHODS if m in docs.deref(item))
    try:
        for _ in range(100):
            try:
                if send(urllib.request.Request(root + "/__wire/ping"))[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            return [f"{spec_path}: server did not start"]
        base = root + wire.spec_base_path(spec)
        for path, item in spec["paths"].items():
            item = docs.deref(item)
            for method in wire.HTTP_METHODS:
                if method not in item:
                    continue
                op = docs.deref(item[method])
                expects = [None] + [c for c in op.get("responses", {}) if c != "default"]
                for code in expects:
                    req = build_request(spec, docs, synth, base, path, method, op, item)
                    if code is not None:
                        req.add_header("X-Wire-Expect", str(wire.status_to_int(code)))
                    status, body = send(req)
                    calls += 1
                    statuses[status] = statuses.get(status, 0) + 1
                    if status >= 500 and code is None or code is not None and status != wire.status_to_int(code) \
                            or code is None and status >= 400:
                        failures.append(f"{method.upper()} {path} (expect {code}) -> {status}: {body[:300]!r}")
                if not negative:
                    req = build_request(spec, docs, synth, base, path, method, op, item)
                    req.full_url = req.full_url + ("&" if "?" in req.full_url else "?") + "wireUnknownParameter=1"
                    negative.append(("unknown query parameter", req, 400))
                    auth = build_request(spec, docs, synth, base, path, method, op, item)
                    if auth.get_header("Authorization"):
                        wrong = WRONG if auth.get_header("Authorization") == BASIC else "Bearer wrong-token"
                        auth.remove_header("Authorization")
                        auth.add_unredirected_header("Authorization", wrong)
                        negative.append(("wrong credentials", auth, 401))
        for label, req, expected in negative:
            status, _ = send(req)
            calls += 1
            if status != expected:
                failures.append(f"{label} gave {status}, not {expected}")
        time.sleep(0.2)
        with open(log) as fh:
            entries = [json.loads(line) for line in fh]
        if len(entries) != calls:
            failures.append(f"log has {len(entries)} entries for {calls} calls")
        rejected = [e for e in entries if e["error"] is not None]
        if len(rejected) != len(negative) or any(e["status"] not in (400, 401) for e in rejected):
            failures.append(f"log errors: {[(e['status'], e['error']) for e in rejected]}")
    finally:
        server.terminate()
        server.wait()
        os.unlink(log)
    print(f"{spec_path}: {operations} operations, {calls} requests, statuses {dict(sorted(statuses.items()))}, "
          f"negative checks: {', '.join(label for label, _, _ in negative) or 'none'}")
    shown = [f"{spec_path}: {f}" for f in failures[:10]]
    return shown + ([f"{spec_path}: ... {len(failures) - 10} more"] if len(failures) > 10 else [])


def main():
    failures = [f for spec in sys.argv[1:] for f in check(os.path.abspath(spec))]
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
