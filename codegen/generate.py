#!/usr/bin/env python3
"""Generates the C++ types of the Responses and Conversations APIs from the OpenAPI spec.

    python3 codegen/generate.py                   writes the headers, the index and the test list
    python3 codegen/generate.py --check           writes nothing; exits 1 listing what differs
    python3 codegen/generate.py --fallback-names  names types after the spec (no names map needed)

Inputs: tests/conformance/openai.prism.json (the spec), codegen/names.json (the C++ and Python
name and the header of every type, per direction), codegen/overrides.json (hand-made exceptions).
The output is formatted by clang-format (the repository's .clang-format), so that checked-in
headers stay clean under the format check.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "tests" / "conformance" / "openai.prism.json"
NAMES_PATH = ROOT / "codegen" / "names.json"
OVERRIDES_PATH = ROOT / "codegen" / "overrides.json"
BANNER = "// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit."
AREAS = ("responses", "conversations")
PATH_PREFIXES = {"/v1/responses": "responses", "/v1/conversations": "conversations"}
MAX_DESCRIBED = 52  # BOOST_DESCRIBE_STRUCT's limit (Boost 1.81 pp_for_each stops at 52)
READ, WRITE = "read", "write"

CPP_KEYWORDS = set(
    """alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
    char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
    co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
    extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq
    nullptr operator or or_eq private protected public register reinterpret_cast requires return
    short signed sizeof static static_assert static_cast struct switch template this thread_local
    throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while
    xor xor_eq""".split()
)


class GenError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Spec access


def ptr_escape(s):
    return s.replace("~", "~0").replace("/", "~1")


def ptr_unescape(s):
    return s.replace("~1", "/").replace("~0", "~")


def snake(name):
    s = re.sub(r"[^A-Za-z0-9]+", "_", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"_+", "_", s).strip("_").lower()


def member_ident(key):
    """A C++ member name for a JSON key: punctuation becomes '_', keywords get a trailing '_'."""
    s = re.sub(r"[^A-Za-z0-9_]", "_", key)
    s = re.sub(r"_+", "_", s).strip("_") if s != key else s
    if not s or s[0].isdigit():
        s = "_" + s
    if s in CPP_KEYWORDS:
        s += "_"
    return s


class Spec:
    def __init__(self, doc):
        self.doc = doc

    def get(self, ptr):
        node = self.doc
        for part in ptr.lstrip("#/").split("/"):
            part = ptr_unescape(part)
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    @staticmethod
    def component_of(ptr):
        m = re.match(r"(#/components/schemas/[^/]+)", ptr)
        if not m:
            raise GenError(f"$recursiveRef outside a component schema: {ptr}")
        return m.group(1)

    def deref(self, ptr, node):
        """Follows $ref and $recursiveRef; returns the target's pointer and node."""
        seen = 0
        while True:
            if "$ref" in node:
                ptr = node["$ref"]
                node = self.get(ptr)
            elif "$recursiveRef" in node:
                ptr = self.component_of(ptr)
                node = self.get(ptr)
            else:
                return ptr, node
            seen += 1
            if seen > 50:
                raise GenError(f"$ref loop at {ptr}")


def key_of(ptr):
    """The names map's key: a component schema's name, or the JSON pointer of an inline schema."""
    m = re.fullmatch(r"#/components/schemas/([^/]+)", ptr)
    return ptr_unescape(m.group(1)) if m else ptr


def is_null_schema(node):
    return node.get("type") == "null" or node == {"type": "null"}


def first_paragraph(text):
    if not text:
        return ""
    text = text.strip().replace("\r", "")
    para = re.split(r"\n\s*\n", text)[0]
    para = " ".join(line.strip() for line in para.split("\n"))
    return para.rstrip("\\").strip()


def comment_lines(text, indent):
    prefix = " " * indent + "/// "
    width = 100 - len(prefix)
    out = []
    for line in textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False):
        line = line.rstrip().rstrip("\\")  # a trailing backslash would splice the next line
        out.append(prefix + line)
    return out


# ---------------------------------------------------------------------------------------------
# Type expressions: ("prim", cpp) ("vec", t) ("map", t) ("ref", key) ("kvariant", [t...])


class Member:
    def __init__(self, key, expr, required, nullable, description, const=None, tag_default=None):
        self.key = key
        self.name = member_ident(key)
        self.expr = expr
        self.required = required
        self.nullable = nullable
        self.description = description
        self.const = const  # the value of a one-valued string enum
        self.tag_default = tag_default  # the default of a multi-valued union tag
        self.enum = None


class Struct:
    kind = "struct"

    def __init__(self, key, ptr, description, members):
        self.key = key
        self.ptr = ptr
        self.description = description
        self.members = members


class Union:
    kind = "union"

    def __init__(self, key, ptr, description, tag, alts):
        self.key = key
        self.ptr = ptr
        self.description = description
        self.tag = tag  # the tag's JSON key, e.g. "type"
        self.alts = alts  # ("string",) or ("struct", key, tag values, tag required, second values)


class Model:
    """Reads the spec into structs and unions keyed like the names map."""

    def __init__(self, spec, overrides):
        self.spec = spec
        self.overrides = overrides
        self.entities = {}
        self.warnings = []

    # -- kinds, for telling union alternatives apart
    def json_kind(self, ptr, node):
        ptr, node = self.spec.deref(ptr, node)
        alts = node.get("oneOf") or node.get("anyOf")
        if alts:
            kinds = {self.json_kind(f"{ptr}/x", a) for a in alts if not is_null_schema(a)}
            return kinds.pop() if len(kinds) == 1 else "mixed"
        t = node.get("type")
        if t in ("string", "array", "object", "boolean", "integer", "number"):
            return t
        if "enum" in node:
            return "string" if all(isinstance(v, str) for v in node["enum"]) else "mixed"
        if "properties" in node or "allOf" in node:
            return "object"
        return "any"

    def union_alts(self, ptr, node):
        """Flattens a union: nested unions of objects contribute their own alternatives."""
        alts_key = "oneOf" if "oneOf" in node else "anyOf"
        out = []
        for i, a in enumerate(node[alts_key]):
            if is_null_schema(a):
                continue
            aptr, anode = self.spec.deref(f"{ptr}/{alts_key}/{i}", a)
            if ("oneOf" in anode or "anyOf" in anode) and "properties" not in anode:
                kind = self.json_kind(aptr, anode)
                if kind in ("object", "mixed"):
                    out.extend(self.union_alts(aptr, anode))
                    continue
            out.append((aptr, anode))
        return out

    def merged_props(self, ptr, node):
        """The properties and required keys of an object or an allOf, parts merged in order."""
        props, required = {}, set()
        ptr, node = self.spec.deref(ptr, node)
        for i, part in enumerate(node.get("allOf", [])):
            p, r = self.merged_props(f"{ptr}/allOf/{i}", part)
            for k, v in p.items():
                props[k] = v
            required |= r
        for k, v in node.get("properties", {}).items():
            props[k] = (f"{ptr}/properties/{ptr_escape(k)}", v)
        required |= set(node.get("required", []))
        return props, required

    def tag_values(self, ptr, node, tag):
        """The tag values of an object alternative, and whether the tag is required."""
        props, required = self.merged_props(ptr, node)
        if tag not in props:
            return None, False
        pptr, pnode = self.spec.deref(*props[tag])
        nullable = False
        alts = pnode.get("oneOf") or pnode.get("anyOf")
        if alts:
            non_null = [a for a in alts if not is_null_schema(a)]
            nullable = len(non_null) < len(alts)
            if len(non_null) != 1:
                return None, False
            pptr, pnode = self.spec.deref(pptr, non_null[0])
        values = pnode.get("enum")
        if not values or not all(isinstance(v, str) for v in values):
            return None, False
        return list(values), tag in required and not nullable

    # -- type expressions
    def expr(self, ptr, node):
        """Returns (expression, nullable) for a schema."""
        ptr, node = self.spec.deref(ptr, node)
        nullable = bool(node.get("nullable"))
        ov = self.overrides.get("types", {}).get(key_of(ptr))
        if ov:
            return ("prim", ov), nullable
        alts_key = "oneOf" if "oneOf" in node else "anyOf" if "anyOf" in node else None
        if alts_key and "properties" not in node:
            alts = node[alts_key]
            non_null = [(f"{ptr}/{alts_key}/{i}", a) for i, a in enumerate(alts) if not is_null_schema(a)]
            nullable = nullable or len(non_null) < len(alts)
            if len(non_null) == 1:
                e, n = self.expr(*non_null[0])
                return e, n or nullable
            return self.union_expr(ptr, node), nullable
        if "allOf" in node:
            return self.struct_ref(ptr, node), nullable
        t = node.get("type")
        if isinstance(t, list):
            nullable = nullable or "null" in t
            t = [x for x in t if x != "null"]
            t = t[0] if len(t) == 1 else None
        if "enum" in node and t in (None, "string"):
            return ("prim", "std::string"), nullable
        if t == "string":
            return ("prim", "std::string"), nullable
        if t == "integer":
            return ("prim", "std::int64_t"), nullable
        if t == "number":
            return ("prim", "double"), nullable
        if t == "boolean":
            return ("prim", "bool"), nullable
        if t == "array":
            items = node.get("items")
            if not items:
                return ("vec", ("prim", "boost::json::value")), nullable
            e, _ = self.expr(f"{ptr}/items", items)
            return ("vec", e), nullable
        if t == "object" or "properties" in node:
            if node.get("properties"):
                return self.struct_ref(ptr, node), nullable
            ap = node.get("additionalProperties")
            if isinstance(ap, dict) and ap and not (ap.get("type") == "object" and len(ap) == 1):
                e, _ = self.expr(f"{ptr}/additionalProperties", ap)
                if e != ("prim", "boost::json::value"):
                    return ("map", e), nullable
            return ("prim", "boost::json::object"), nullable
        return ("prim", "boost::json::value"), nullable

    def struct_ref(self, ptr, node):
        key = key_of(ptr)
        if key not in self.entities:
            self.entities[key] = None  # placeholder against recursion
            self.entities[key] = self.build_struct(ptr, node)
        return ("ref", key)

    def build_struct(self, ptr, node):
        props, required = self.merged_props(ptr, node)
        desc = node.get("description") or node.get("title")
        if not desc:
            for i, part in enumerate(node.get("allOf", [])):
                _, pnode = self.spec.deref(f"{ptr}/allOf/{i}", part)
                if pnode.get("description"):
                    desc = pnode["description"]
                    break
        members = []
        for k, (pptr, pnode) in props.items():
            _, target = self.spec.deref(pptr, pnode)
            e, nullable = self.expr(pptr, pnode)
            mdesc = pnode.get("description") or target.get("description")
            const, enum = None, None
            # A one-valued string enum is a constant (the tag of a union alternative, `object`).
            inner = target
            alts = target.get("oneOf") or target.get("anyOf")
            if alts:
                non_null = [a for a in alts if not is_null_schema(a)]
                if len(non_null) == 1:
                    _, inner = self.spec.deref(pptr, non_null[0])
                    mdesc = mdesc or inner.get("description")
                else:
                    # An open enum: the listed values and any string.
                    vals = []
                    for a in non_null:
                        _, an = self.spec.deref(pptr, a)
                        vals += [v for v in an.get("enum", []) if isinstance(v, str) and v not in vals]
                    enum = vals or None
            if isinstance(inner.get("enum"), list) and all(isinstance(v, str) for v in inner["enum"]):
                if len(inner["enum"]) == 1:
                    const = inner["enum"][0]
                else:
                    enum = inner["enum"]
            m = Member(k, e, k in required, nullable, first_paragraph(mdesc), const)
            m.enum = enum
            if isinstance(inner.get("default"), str) and enum:
                m.tag_default = inner["default"]
            members.append(m)
        return Struct(key_of(ptr), ptr, first_paragraph(desc), members)

    def union_expr(self, ptr, node):
        alts = self.union_alts(ptr, node)
        kinds = [self.json_kind(p, n) for p, n in alts]
        if all(k == "string" for k in kinds):
            return ("prim", "std::string")  # an open enum
        objects = [(p, n) for (p, n), k in zip(alts, kinds) if k == "object"]
        strings = [k for k in kinds if k == "string"]
        tag = (node.get("discriminator") or {}).get("propertyName", "type")
        tagged = len(objects) >= 1 and len(objects) + len(strings) == len(alts) and len(strings) <= 1
        if tagged:
            for p, n in objects:
                values, _ = self.tag_values(p, n, tag)
                if not values:
                    tagged = False
                    break
        if tagged and (len(objects) > 1 or strings):
            key = key_of(ptr)
            if key not in self.entities:
                self.entities[key] = None
                self.entities[key] = self.build_union(ptr, node, tag, alts, kinds)
            return ("ref", key)
        if len(set(kinds)) == len(kinds) and "mixed" not in kinds and "any" not in kinds:
            # Told apart by the JSON kind alone (string | array): no table, no unknown alternative.
            return ("kvariant", [self.expr(p, n)[0] for p, n in alts])
        self.warnings.append(f"union read as any JSON value: {ptr} ({', '.join(kinds)})")
        return ("prim", "boost::json::value")

    def build_union(self, ptr, node, tag, alts, kinds):
        out = []
        if "string" in kinds:
            out.append(("string",))
        for (p, n), k in zip(alts, kinds):
            if k != "object":
                continue
            values, required = self.tag_values(p, n, tag)
            self.struct_ref(p, n)
            key = key_of(p)
            roles, _ = self.tag_values(p, n, "role")
            if not any(a[0] == "struct" and a[1] == key for a in out):
                out.append(("struct", key, values, required, roles or []))
        return Union(key_of(ptr), ptr, first_paragraph(node.get("description")), tag, out)


# ---------------------------------------------------------------------------------------------
# Names


class Names:
    def __init__(self, names, fallback, model):
        self.names = names
        self.fallback = fallback
        self.model = model
        self.missing = set()

    def entry(self, key, direction):
        e = self.lookup(key, direction)
        moved = self.model.overrides.get("headers", {}).get(e["cpp"])
        return dict(e, header=moved) if moved else e

    def lookup(self, key, direction):
        if not self.fallback:
            e = self.names.get("schemas", {}).get(key, {}).get(direction)
            if not e:
                self.missing.add((key, direction))
                return {"cpp": f"missing_{snake(key)[:40]}", "header": "missing.hpp", "python": "?"}
            return e
        return self.fallback_entry(key, direction)

    def fallback_entry(self, key, direction):
        suffix = "_param" if direction == WRITE else ""
        if not key.startswith("#"):
            base = snake(key)
            if direction == READ and base.endswith("_param"):
                base += "_read"  # DirectToolCallCallerParam read against DirectToolCallCaller written
            return {
                "cpp": base + suffix,
                "header": f"{self.area_of(key)}/{base}{suffix}.hpp",
                "python": key,
            }
        m = re.match(r"#/paths/([^/]+)/([a-z]+)/(requestBody|responses)", key)
        if m:
            op = self.model.spec.get(f"#/paths/{m.group(1)}/{m.group(2)}")
            comp = m.group(0) + ("/content/application~1json/schema" if m.group(3) == "requestBody" else "")
            base = snake(op["operationId"]) + ("_body" if m.group(3) == "requestBody" else "_result")
            parent = {"cpp": base, "header": f"{self.area_of(key)}/{base}.hpp"}
            if key == comp:
                return {"cpp": base + suffix, "header": parent["header"], "python": key}
        else:
            comp = Spec.component_of(key)
            parent = self.fallback_entry(key_of(comp), direction)
            base = snake(key_of(comp))
        rest = key[len(comp) :].split("/")[1:]
        parts = []
        i = 0
        while i < len(rest):
            if rest[i] in ("properties", "oneOf", "anyOf", "allOf") and i + 1 < len(rest):
                if rest[i] == "properties":
                    parts.append(snake(ptr_unescape(rest[i + 1])))
                elif rest[i] != "allOf":
                    parts.append(f"variant{rest[i + 1]}")
                i += 2
            else:
                if rest[i] not in ("items", "additionalProperties"):
                    parts.append(snake(rest[i]))
                i += 1
        base = base + "_" + "_".join(parts)
        return {"cpp": base + suffix, "header": parent["header"], "python": key}

    def area_of(self, key):
        return self.model.area.get(key, "responses")


# ---------------------------------------------------------------------------------------------
# Walking the operations


class Operation:
    def __init__(self, op_id, method, path, area, body, results, events, query=()):
        self.op_id = op_id
        self.method = method
        self.path = path
        self.area = area
        self.body = body  # (ptr, node) of the JSON request body, or None
        self.query = list(query)  # [(ptr, parameter)] of the query parameters
        self.results = results  # [(ptr, node)] of the 2xx JSON answers
        self.events = events  # [(ptr, node)] of the text/event-stream answers


def operations(spec):
    ops = []
    for path, item in spec.doc["paths"].items():
        area = next((a for p, a in PATH_PREFIXES.items() if path.startswith(p)), None)
        if not area:
            continue
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            base = f"#/paths/{ptr_escape(path)}/{method}"
            body = None
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = (f"{base}/requestBody/content/application~1json/schema", content["application/json"]["schema"])
            results, events = [], []
            for code, answer in op.get("responses", {}).items():
                if not code.startswith("2"):
                    continue
                for ctype, c in answer.get("content", {}).items():
                    sptr = f"{base}/responses/{code}/content/{ptr_escape(ctype)}/schema"
                    if "schema" not in c:
                        continue
                    if ctype == "application/json":
                        results.append((sptr, c["schema"]))
                    elif ctype == "text/event-stream":
                        events.append((sptr, c["schema"]))
            query = [(f"{base}/parameters/{i}", p) for i, p in enumerate(op.get("parameters", []))
                     if isinstance(p, dict) and p.get("in") == "query" and "schema" in p]
            ops.append(Operation(op["operationId"], method, path, area, body, results, events, query))
    return ops


def refs_of(expr):
    if expr[0] == "ref":
        yield expr[1]
    elif expr[0] in ("vec", "map"):
        yield from refs_of(expr[1])
    elif expr[0] == "kvariant":
        for e in expr[1]:
            yield from refs_of(e)


# ---------------------------------------------------------------------------------------------
# C++ emission


class Generator:
    def __init__(self, spec, names_doc, overrides, fallback):
        self.spec = spec
        self.overrides = overrides
        self.model = Model(spec, overrides)
        self.model.area = {}
        self.names = Names(names_doc, fallback, self.model)
        self.fallback = fallback
        self.ops = operations(spec)
        self.needed = {}  # (key, direction) -> area
        self.params = {}  # key of a write struct -> Operation
        self.results = {}  # key of a read struct -> Operation
        self.errors = []
        self.include_why = {}

    # -- reachability
    def walk(self):
        work = []

        def need(expr, direction, area):
            for key in refs_of(expr):
                if (key, direction) not in self.needed:
                    self.needed[(key, direction)] = area
                    self.model.area.setdefault(key, area)
                    work.append((key, direction, area))

        skip = set(self.overrides.get("skip", []))
        # Responses operations first, so that a schema both areas use lives in responses.
        for op in sorted(self.ops, key=lambda o: (AREAS.index(o.area), o.path, o.method)):
            if op.body:
                e, _ = self.model.expr(*op.body)
                if e[0] == "ref":
                    self.params.setdefault(e[1], op)
                    self.add_query_members(self.model.entities[e[1]], op)
                need(e, WRITE, op.area)
            for r in op.results:
                e, _ = self.model.expr(*r)
                if e[0] == "ref" and self.model.entities[e[1]].kind == "struct":
                    self.results.setdefault(e[1], op)
                need(e, READ, op.area)
            for r in op.events:
                e, _ = self.model.expr(*r)
                need(e, READ, op.area)
        while work:
            key, direction, area = work.pop(0)
            ent = self.model.entities[key]
            if key in skip:
                continue
            if ent.kind == "struct":
                for m in ent.members:
                    need(m.expr, direction, area)
            else:
                for a in ent.alts:
                    if a[0] == "struct":
                        need(("ref", a[1]), direction, area)

    def add_query_members(self, ent, op):
        """The query parameters of an operation with a JSON body (Python's ItemCreateParams has
        `include`): members of the request struct, sent in the URL (detail::json_query)."""
        if ent.kind != "struct":
            return
        for ptr, param in op.query:
            if any(m.key == param["name"] for m in ent.members):
                continue
            e, _ = self.model.expr(f"{ptr}/schema", param["schema"])
            m = Member(param["name"], e, bool(param.get("required")), False, first_paragraph(param.get("description")))
            m.query = True
            ent.members.append(m)

    def entry(self, key, direction):
        return self.names.entry(key, direction)

    def cpp(self, key, direction):
        return self.entry(key, direction)["cpp"]

    def header(self, key, direction):
        return self.entry(key, direction)["header"]

    def type_str(self, expr, direction):
        k = expr[0]
        if k == "prim":
            return expr[1]
        if k == "vec":
            return f"std::vector<{self.type_str(expr[1], direction)}>"
        if k == "map":
            return f"std::map<std::string, {self.type_str(expr[1], direction)}>"
        if k == "ref":
            return "openai::" + self.cpp(expr[1], direction)
        if k == "kvariant":
            alts = [self.type_str(e, direction) for e in expr[1]]
            if len(set(alts)) != len(alts):
                raise GenError(f"a union told apart by JSON kind repeats a C++ type: {', '.join(alts)}")
            return "std::variant<" + ", ".join(alts) + ">"
        raise GenError(f"bad expression {expr}")

    def member_type(self, m, direction):
        if m.const is not None or (m.tag_default is not None and m.key == "type"):
            return "std::string"
        t = self.type_str(m.expr, direction)
        if m.expr[0] in ("vec", "map") or m.expr == ("prim", "boost::json::value"):
            return t
        if m.required and not m.nullable:
            return t
        return f"std::optional<{t}>"

    def union_alt_types(self, u, direction):
        alts = []
        for a in u.alts:
            alts.append("std::string" if a[0] == "string" else "openai::" + self.cpp(a[1], direction))
        return alts + ["openai::unknown_json"]

    # -- the model, per header
    def plan(self):
        self.walk()
        items = {}  # (key, direction) -> header
        for (key, direction) in sorted(self.needed):
            if key in set(self.overrides.get("skip", [])):
                continue
            items[(key, direction)] = self.header(key, direction)
        if self.names.missing:
            lines = "\n".join(f"  {k} ({d})" for k, d in sorted(self.names.missing))
            raise GenError(f"no name in codegen/names.json for {len(self.names.missing)} schemas:\n{lines}")
        # One C++ name, one type.
        seen = {}
        for (key, direction) in items:
            name = self.cpp(key, direction)
            if name in seen and seen[name] != (key, direction):
                raise GenError(f"two types named {name}: {seen[name]} and {(key, direction)}")
            seen[name] = (key, direction)
        # Unions with the same alternatives are one std::variant: the first (by name) owns the
        # table, the others are aliases of it.
        self.union_owner = {}
        by_sig = {}
        # The owner: one named in overrides.json, a module's main type before a nested one, a
        # component before an inline schema, then the shorter name.
        def rank(kd):
            name, header = self.cpp(*kd), items[kd]
            main = name in (Path(header).stem, Path(header).stem + "_param")
            return (kd[0] not in owners, not main, kd[0].startswith("#"), len(name), name)

        owners = set(self.overrides.get("union_owners", []))

        for (key, direction) in sorted(items, key=rank):
            ent = self.model.entities[key]
            if ent.kind == "union":
                sig = tuple(self.union_alt_types(ent, direction))
                owner = by_sig.setdefault(sig, (key, direction))
                self.union_owner[(key, direction)] = owner
        # Types the hand-written headers already declare: used from there, not generated. Any other
        # generated name that a hand-written header declares is an error.
        existing = self.overrides.get("existing", {})
        self.external = {kd for kd in items if self.cpp(*kd) in existing}
        for kd in self.external:
            items[kd] = existing[self.cpp(*kd)]
        hand = {}
        for p in sorted((ROOT / "include" / "openai" / "types").rglob("*.hpp")):
            text = p.read_text()
            if not text.startswith(BANNER):
                for m in re.finditer(r"^(?:struct (\w+)$|using (\w+) =)", text, re.M):
                    hand[m.group(1) or m.group(2)] = str(p.relative_to(ROOT / "include" / "openai" / "types"))
        for kd in sorted(items):
            name = self.cpp(*kd)
            if name in hand and kd not in self.external:
                raise GenError(f"{name} is declared by the hand-written {hand[name]}: name it otherwise, or "
                               f'list it under "existing" in codegen/overrides.json')
        self.items = items
        return items

    def deps(self, key, direction):
        """(complete, declared): the types this one needs defined before it, and those it only names."""
        ent = self.model.entities[key]
        complete, declared = set(), set()

        def visit(expr, by_value):
            if expr[0] == "ref":
                target = (expr[1], direction)
                tent = self.model.entities[expr[1]]
                if tent.kind == "union":
                    complete.add(target)  # the alias must precede its use
                    owner = self.union_owner[target]
                    if owner != target:
                        complete.add(owner)
                    for a in tent.alts:
                        if a[0] == "struct":
                            visit(("ref", a[1]), by_value)
                elif by_value:
                    complete.add(target)
                else:
                    declared.add(target)
            elif expr[0] in ("vec", "map"):
                # The member's `{}` instantiates the container where the struct is complete (clang),
                # so the element must be complete too; only the struct itself may be incomplete
                # there (compound_filter's `filters`).
                visit(expr[1], True)
            elif expr[0] == "kvariant":
                for e in expr[1]:
                    visit(e, by_value)

        if ent.kind == "struct":
            for m in ent.members:
                if m.const is None and not (m.tag_default is not None and m.key == "type"):
                    visit(m.expr, True)
        else:
            owner = self.union_owner[(key, direction)]
            if owner != (key, direction):
                complete.add(owner)
            for a in ent.alts:
                if a[0] == "struct":
                    declared.add((a[1], direction))
        complete.discard((key, direction))
        return complete, declared - complete

    # -- emission
    def emit_all(self):
        items = self.plan()
        by_header = {}
        for kd, h in items.items():
            if kd not in self.external:
                by_header.setdefault(h, []).append(kd)
        files = {}
        include_graph = {}
        self.counts = {"headers": 0, "structs": 0, "unions": 0, "aliases": 0, "members": 0}
        self.json_types = []
        for h in sorted(by_header):
            text, includes = self.emit_header(h, by_header[h])
            files["include/openai/types/" + h] = text
            include_graph[h] = includes
            self.counts["headers"] += 1
        self.check_include_cycles(include_graph)
        # Conversations headers in conversations.hpp, all others (responses/, shared/, ...) in
        # responses.hpp; the hand-written headers of an area's directory (query parameters) too.
        types_dir = ROOT / "include" / "openai" / "types"
        hand = {
            str(p.relative_to(types_dir))
            for area in AREAS
            for p in (types_dir / area).glob("*.hpp")
            if not p.read_text().startswith(BANNER)
        }
        conv = sorted({h for h in set(by_header) | hand if h.startswith("conversations/")})
        files["include/openai/types/conversations.hpp"] = self.emit_umbrella("conversations", conv)
        rest = sorted({h for h in set(by_header) | hand if h not in conv})
        files["include/openai/types/responses.hpp"] = self.emit_umbrella("responses", rest)
        files["include/openai/types/fwd.hpp"] = self.emit_fwd()
        files["docs/types-index.md"] = self.emit_index()
        files["tests/unit/generated_described_types.hpp"] = self.emit_test_list()
        files["include/openai/impl/generated_json.ipp"] = self.emit_json_instances()
        return files

    def check_include_cycles(self, graph):
        state = {}

        def dfs(h, stack):
            state[h] = 1
            for d in sorted(graph.get(h, ())):
                if state.get(d) == 1:
                    cyc = stack[stack.index(d) :] + [d] if d in stack else [h, d]
                    why = [f"{a} -> {b}: {', '.join(sorted(self.include_why.get((a, b), ())))}" for a, b in zip(cyc, cyc[1:])]
                    raise GenError("include cycle:\n  " + "\n  ".join(why))
                if d not in state:
                    dfs(d, stack + [d])
            state[h] = 2

        for h in sorted(graph):
            if h not in state:
                dfs(h, [h])

    def order(self, kds):
        """Orders a header's types so that each follows what it needs complete."""
        mine = set(kds)
        by_name = sorted(kds, key=lambda kd: self.cpp(*kd))
        deps = {kd: self.deps(*kd)[0] & mine for kd in kds}
        # A union reads best after its alternatives; a recursive one (compound_filter's filters)
        # precedes its struct, which is forward-declared.
        soft = {kd: self.deps(*kd)[1] & mine if self.model.entities[kd[0]].kind == "union" else set() for kd in kds}
        done, out, temp = set(), [], set()

        def visit(kd, chain):
            if kd in done:
                return
            if kd in temp:
                raise GenError("types that contain each other: " + " -> ".join(self.cpp(*x) for x in chain + [kd]))
            temp.add(kd)
            for d in sorted(soft[kd] - temp, key=lambda x: self.cpp(*x)):
                if not self.reaches(d, kd, deps):
                    visit(d, chain + [kd])
            for d in sorted(deps[kd], key=lambda x: self.cpp(*x)):
                visit(d, chain + [kd])
            temp.discard(kd)
            done.add(kd)
            out.append(kd)

        # The header's main type last, its parts before it, in name order otherwise.
        for kd in by_name:
            visit(kd, [])
        return out

    @staticmethod
    def reaches(start, goal, deps):
        seen, stack = set(), [start]
        while stack:
            x = stack.pop()
            if x == goal:
                return True
            if x not in seen:
                seen.add(x)
                stack.extend(deps.get(x, ()))
        return False

    def emit_header(self, header, kds):
        ordered = self.order(kds)
        std_inc, boost_inc, openai_inc = set(), set(), set()
        openai_inc.add("openai/detail/config.hpp")
        dep_headers = set()
        body = []
        emitted = set()
        forward = []
        rules = []
        for kd in ordered:
            key, direction = kd
            ent = self.model.entities[key]
            complete, declared = self.deps(key, direction)
            for d in sorted(complete | declared):
                h = self.items.get(d)
                if h is None:
                    raise GenError(f"{self.cpp(*kd)} uses {d}, which is not generated")
                if h != header:
                    dep_headers.add(h)
                    self.include_why.setdefault((header, h), set()).add(f"{self.cpp(*kd)} uses {self.cpp(*d)}")
                elif d not in emitted and d != kd:
                    if self.model.entities[d[0]].kind == "struct" and d not in complete:
                        forward.append(self.cpp(*d))
                    else:
                        raise GenError(f"{self.cpp(*kd)} needs {self.cpp(*d)} first")
            if ent.kind == "struct":
                body += self.emit_struct(kd, ent, std_inc, boost_inc, openai_inc, rules)
            else:
                body += self.emit_union(kd, ent, std_inc, openai_inc)
            emitted.add(kd)
            body.append("")
        for h in dep_headers:
            openai_inc.add("openai/types/" + h)
        guard = "OPENAI_TYPES_" + re.sub(r"[^A-Za-z0-9]", "_", header[: -len(".hpp")]).upper() + "_HPP"
        main = self.header_title(header, kds)
        lines = [BANNER, f"// {main}", f"#ifndef {guard}", f"#define {guard}", ""]
        lines += [f"#include <{i}>" for i in sorted(openai_inc)]
        if boost_inc:
            lines += [""] + [f"#include <{i}>" for i in sorted(boost_inc)]
        if std_inc:
            lines += [""] + [f"#include <{i}>" for i in sorted(std_inc)]
        lines += ["", "OPENAI_BEGIN_NAMESPACE", ""]
        if forward:
            lines += [f"struct {n};" for n in sorted(set(forward))] + [""]
        lines += body
        lines += ["OPENAI_END_NAMESPACE", "", "#endif"]
        return "\n".join(lines) + "\n", dep_headers

    def header_title(self, header, kds):
        module = Path(header).stem
        for kd in kds:
            if self.cpp(*kd) == module:
                py = self.entry(*kd).get("python") or kd[0]
                return f"The Python SDK's {py}" + (f" (spec schema {kd[0]})" if not kd[0].startswith("#") else "") + "."
        return f"The types of the Python SDK's {module} module."

    def emit_struct(self, kd, ent, std_inc, boost_inc, openai_inc, rules):
        key, direction = kd
        name = self.cpp(key, direction)
        op_params = self.params.get(key) if direction == WRITE else None
        op_result = self.results.get(key) if direction == READ else None
        custom = self.overrides.get("members", {}).get(name, {})
        members = [m for m in ent.members if m.key not in custom.get("skip", [])]
        if len(members) > MAX_DESCRIBED:
            raise GenError(f"{name} has {len(members)} members; BOOST_DESCRIBE_STRUCT takes at most {MAX_DESCRIBED}")
        if op_params:
            main = self.op_main(op_params, ent)
            first = [m for m in members if m.key == "model"]
            first += [m for m in members if m.key == main and m.key != "model"]
            rest = sorted((m for m in members if m not in first), key=lambda m: m.name)
            members = first + rest
        out = []
        desc = ent.description
        if op_params and not desc:
            call = self.names.names.get("operations", {}).get(op_params.op_id, {}).get("call")
            where = f"{op_params.method.upper()} {op_params.path[len('/v1'):]}"
            desc = f"The request of `client.{call}` ({where})." if call else f"The request of {where}."
        if op_params:
            rule = "Members: `model` first, then " + (f"`{main}`, then " if main and main != "model" else "")
            rule += "the others alphabetically; `options` last (not sent)."
            desc = (desc + " " if desc else "") + rule
        out += comment_lines(desc or f"The {name} object.", 0)
        out.append(f"struct {name}")
        out.append("{")
        renamed, send_null, query = [], [], []
        names_used = set()
        for m in members:
            mtype = self.member_type(m, direction)
            if m.name == name:
                m.name = m.name + "_"
            if m.name in names_used or m.name in ("options", "raw_response") and (op_params or op_result):
                raise GenError(f"{name}: member name {m.name} taken")
            names_used.add(m.name)
            if m.name != m.key:
                renamed.append(f"{m.name}={m.key}")
            if direction == WRITE and m.required and m.nullable and mtype.startswith("std::optional<"):
                send_null.append(m.name)
            if getattr(m, "query", False):
                query.append(m.name)
            self.includes_for(mtype, std_inc, boost_inc, openai_inc)
            doc = m.description
            if m.const is not None and f"`{m.const}`" not in doc:
                doc = (doc + " " if doc else "") + f"Always `{m.const}`."
            elif m.enum and not all(f"`{v}`" in doc for v in m.enum):
                doc = (doc + " " if doc else "") + "One of: " + ", ".join(m.enum) + "."
            if getattr(m, "query", False):
                doc = (doc + " " if doc else "") + "Sent in the URL's query, not in the body."
            out += comment_lines(doc or f"The `{m.key}` member.", 4)
            if m.const is not None:
                out.append(f'    {mtype} {m.name} = "{m.const}";')
            elif m.tag_default is not None and m.key == "type":
                out.append(f'    {mtype} {m.name} = "{m.tag_default}";')
            else:
                out.append(f"    {mtype} {m.name}{{}};")
        if custom.get("code"):
            # Hand-written members of a generated type (the Python SDK's custom code, such as
            # Response.output_text): from overrides.json, verbatim.
            out.append("")
            out += [("    " + line) if line else "" for line in custom["code"]]
            for header in custom.get("std_includes", []):
                std_inc.add(header)
        if op_params:
            openai_inc.add("openai/request_options.hpp")
            out += ["", "    openai::request_options options{};"]
        if op_result:
            openai_inc.add("openai/raw_response.hpp")
            out += ["", "    openai::raw_response raw_response{};"]
        out.append("};")
        boost_inc.add("boost/describe/class.hpp")
        out.append(f"BOOST_DESCRIBE_STRUCT({name}, (), ({', '.join(m.name for m in members)}))")
        if renamed or send_null or query:
            openai_inc.add("openai/detail/json_model.hpp")
            out += ["", "namespace detail {"]
            if renamed:
                out.append(f'template <>\ninline constexpr const char* json_keys<{name}> = "{",".join(renamed)}";')
            if send_null:
                out.append(
                    f'template <>\ninline constexpr const char* json_send_null<{name}> = "{",".join(send_null)}";'
                )
            if query:
                out.append(f'template <>\ninline constexpr const char* json_query<{name}> = "{",".join(query)}";')
            out.append("}  // namespace detail")
        for alias in self.entry(key, direction).get("aliases", []) or []:
            out += [f"using {alias} = {name};"]
        out += self.json_extern(name, direction, openai_inc)
        self.counts["structs"] += 1
        self.counts["members"] += len(members)
        ent_members = getattr(self, "member_rows", [])
        ent_members.append((name, len(members)))
        self.member_rows = ent_members
        return out

    def json_extern(self, name, direction, openai_inc):
        """Declares the type's reader (a read type) or writer (a write type) compiled once, in
        impl/generated_json.ipp. The other direction, which few programs use (writing an answer
        back out), is instantiated where it is used."""
        openai_inc.add("openai/detail/json_extern.hpp")
        self.json_types.append((name, direction))
        return [f"OPENAI_EXTERN_JSON_{'READER' if direction == READ else 'WRITER'}({name})"]

    def emit_json_instances(self):
        lines = [
            BANNER,
            "// The JSON reader of every generated read type and the writer of every write type, compiled",
            "// once under separate compilation (see <openai/detail/json_extern.hpp>); included by",
            "// <openai/src.hpp>.",
            "#ifndef OPENAI_IMPL_GENERATED_JSON_IPP",
            "#define OPENAI_IMPL_GENERATED_JSON_IPP",
            "",
            "#include <openai/detail/json_model.hpp>",
            "#include <openai/detail/json_reader.hpp>",
            "#include <openai/types/conversations.hpp>",
            "#include <openai/types/responses.hpp>",
            "",
            "#include <boost/json/value.hpp>",
            "",
            "OPENAI_BEGIN_NAMESPACE",
            "namespace detail {",
            "",
        ]
        for name, direction in sorted(self.json_types):
            if direction == READ:
                lines.append(f"template const json_sink_ops& json_sink_for<{name}>() noexcept;")
            else:
                lines.append(f"template void write_json<{name}>(boost::json::value&, const {name}&);")
        lines += ["", "}  // namespace detail", "OPENAI_END_NAMESPACE", "", "#endif"]
        return "\n".join(lines) + "\n"

    def op_main(self, op, ent):
        if not self.fallback:
            o = self.names.names.get("operations", {}).get(op.op_id, {})
            if "main" in o:
                return o["main"]
        keys = [m.key for m in ent.members]
        return next((k for k in ("input", "items", "messages", "prompt") if k in keys), None)

    def includes_for(self, t, std_inc, boost_inc, openai_inc):
        for token, inc in (
            ("std::optional", "optional"),
            ("std::string", "string"),
            ("std::vector", "vector"),
            ("std::variant", "variant"),
            ("std::map", "map"),
            ("std::int64_t", "cstdint"),
        ):
            if token in t:
                std_inc.add(inc)
        if "boost::json::object" in t:
            boost_inc.add("boost/json/object.hpp")
        if "boost::json::value" in t:
            boost_inc.add("boost/json/value.hpp")

    def emit_union(self, kd, ent, std_inc, openai_inc):
        key, direction = kd
        name = self.cpp(key, direction)
        owner = self.union_owner[kd]
        std_inc.add("variant")
        out = comment_lines(ent.description or f"One of several objects, told apart by `{ent.tag}`.", 0)
        for alias in self.entry(key, direction).get("aliases", []) or []:
            pass
        if owner != kd:
            out.append(f"using {name} = openai::{self.cpp(*owner)};")
            self.counts["aliases"] += 1
            return out + [f"using {a} = {name};" for a in self.entry(key, direction).get("aliases", []) or []]
        alts = self.union_alt_types(ent, direction)
        if "std::string" in alts:
            std_inc.add("string")
        openai_inc.add("openai/unknown_json.hpp")
        openai_inc.add("openai/detail/json_model.hpp")
        out.append(f"using {name} = std::variant<{', '.join(alts)}>;")
        out += [f"using {a} = {name};" for a in self.entry(key, direction).get("aliases", []) or []]
        cases, second_key, missing = self.union_cases(kd, ent)
        out += ["", "namespace detail {"]
        rows = ", ".join("{" + ", ".join(c) + "}" for c in cases)
        out.append(f"inline constexpr json_union_case {name}_cases[] = {{{rows}}};")
        fields = [f'.key = "{ent.tag}"', f".cases = {name}_cases"]
        if second_key:
            fields.append(f'.second_key = "{second_key}"')
        if missing is not None:
            fields.append(f".missing_tag = {missing}")
        out.append(f"template <>\ninline constexpr json_union_table json_union<{name}>{{{', '.join(fields)}}};")
        out.append("}  // namespace detail")
        out += self.json_extern(name, direction, openai_inc)
        self.counts["unions"] += 1
        self.union_rows = getattr(self, "union_rows", []) + [(name, len(alts))]
        return out

    def union_cases(self, kd, ent):
        key, direction = kd
        ov = self.overrides.get("unions", {}).get(key, {})
        struct_alts = [(i, a) for i, a in enumerate(ent.alts) if a[0] == "struct"]
        by_tag = {}
        for i, a in struct_alts:
            for v in a[2]:
                by_tag.setdefault(v, []).append((i, a))
        # The default alternative: the first whose tag is optional (EasyInputMessage for input items).
        default = ov.get("default")
        if default is not None:
            default = next(i for i, a in struct_alts if a[1] == default)
        else:
            default = next((i for i, a in struct_alts if not a[3]), None)
        cases, second_key = [], None
        for tag, alts in by_tag.items():
            if len(alts) == 1:
                cases.append((f'"{tag}"', str(alts[0][0])))
                continue
            second_key = ov.get("second_key", "role")
            shared_default = default if default in [i for i, _ in alts] else alts[0][0]
            claimed = set()
            # Narrowest role sets first, so that the assistant role goes to the output message.
            others = sorted((x for x in alts if x[0] != shared_default), key=lambda x: (len(x[1][4]), x[0]))
            for i, a in others:
                values = [r for r in a[4] if r not in claimed]
                if not values:
                    raise GenError(f"{self.cpp(*kd)}: alternative {i} cannot be told apart by {second_key}")
                for r in values:
                    claimed.add(r)
                    cases.append((f'"{tag}"', str(i), f'"{r}"'))
            cases.append((f'"{tag}"', str(shared_default)))
        return cases, second_key, default

    def emit_umbrella(self, area, headers):
        guard = f"OPENAI_TYPES_{area.upper()}_HPP"
        lines = [BANNER, f"// Every type of the {area.capitalize()} API.", f"#ifndef {guard}", f"#define {guard}", ""]
        lines += [f"#include <openai/types/{h}>" for h in headers]
        lines += ["", "#endif"]
        return "\n".join(lines) + "\n"

    def emit_fwd(self):
        """Declares every generated type, defining none: what the client's headers name."""
        structs, unions = set(), []
        for kd in self.items:
            name = self.cpp(*kd)
            if self.model.entities[kd[0]].kind == "struct":
                structs.add(name)
            else:
                unions.append(kd)
        # A union's alias follows the unions it names (its alternatives, or the union it aliases).
        union_names = {self.cpp(*kd): kd for kd in unions}
        lines_of, needs = {}, {}
        for kd in unions:
            name, owner = self.cpp(*kd), self.union_owner[kd]
            aliases = self.entry(*kd).get("aliases", []) or []
            if owner != kd:
                text = [f"using {name} = openai::{self.cpp(*owner)};"]
                named = {self.cpp(*owner)}
            else:
                alts = self.union_alt_types(self.model.entities[kd[0]], kd[1])
                text = [f"using {name} = std::variant<{', '.join(alts)}>;"]
                named = {a[len("openai::") :] for a in alts if a.startswith("openai::")}
                structs |= {n for n in named if n not in union_names and n != "unknown_json"}
            lines_of[name] = text + [f"using {a} = {name};" for a in aliases]
            needs[name] = {n for n in named if n in union_names}
        ordered, done = [], set()

        def visit(name, chain):
            if name in done:
                return
            if name in chain:
                raise GenError("unions that name each other: " + " -> ".join(chain + [name]))
            for d in sorted(needs[name]):
                visit(d, chain + [name])
            done.add(name)
            ordered.append(name)

        for name in sorted(needs):
            visit(name, [])
        lines = [
            BANNER,
            "// Declares every generated type without defining it: what <openai/client.hpp> names, so",
            "// that a file pays to parse only the areas it includes (<openai/types/responses.hpp>, ...).",
            "#ifndef OPENAI_TYPES_FWD_HPP",
            "#define OPENAI_TYPES_FWD_HPP",
            "",
            "#include <openai/detail/config.hpp>",
            "",
            "#include <string>",
            "#include <variant>",
            "",
            "OPENAI_BEGIN_NAMESPACE",
            "",
            "struct unknown_json;",
        ]
        lines += [f"struct {n};" for n in sorted(structs)]
        lines.append("")
        for name in ordered:
            lines += lines_of[name]
        lines += ["", "OPENAI_END_NAMESPACE", "", "#endif"]
        return "\n".join(lines) + "\n"

    def emit_index(self):
        rows = []
        for (key, direction), h in sorted(self.items.items(), key=lambda kv: self.cpp(*kv[0])):
            e = self.entry(key, direction)
            ent = self.model.entities[key]
            kind = "union" if ent.kind == "union" else "struct"
            if (key, direction) in self.external:
                kind += " (hand-written)"
            schema = key if not key.startswith("#") else f"`{key}`"
            rows.append(f"| `openai::{e['cpp']}` | {kind} | {direction} | {e.get('python', '')} | {schema} | `{h}` |")
        out = [
            "<!-- Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit. -->",
            "# Generated types: C++, Python and the spec",
            "",
            "Each type of the Responses and Conversations APIs, with the Python SDK's name for it and the",
            "spec schema it is generated from (a component name, or the JSON pointer of an inline schema).",
            "`read` types are read from answers, `write` types are sent in requests.",
            "",
            "| C++ | Kind | Direction | Python | Spec schema | Header |",
            "|---|---|---|---|---|---|",
        ]
        return "\n".join(out + rows) + "\n"

    def emit_test_list(self):
        names = sorted(
            self.cpp(*kd)
            for kd in self.items
            if self.model.entities[kd[0]].kind == "struct" and kd not in self.external
        )
        lines = [
            BANNER,
            "// The described structs of the generated headers, for test_described_members.cpp.",
            "#ifndef OPENAI_TESTS_UNIT_GENERATED_DESCRIBED_TYPES_HPP",
            "#define OPENAI_TESTS_UNIT_GENERATED_DESCRIBED_TYPES_HPP",
            "",
            "#include <openai/types/conversations.hpp>",
            "#include <openai/types/responses.hpp>",
            "",
            "#define OPENAI_GENERATED_DESCRIBED_TYPES(X) \\",
        ]
        lines += [f"    X({n}, openai::{n}) \\" for n in names]
        lines[-1] = lines[-1][: -len(" \\")]
        lines += ["", "#endif"]
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------


class NoFormatter(Exception):
    pass


def clang_format(files):
    """Formats the C++ files with the repository's style, in one clang-format run."""
    exe = os.environ.get("CLANG_FORMAT") or shutil.which("clang-format-14") or shutil.which("clang-format")
    if not exe:
        raise NoFormatter("clang-format not found (set CLANG_FORMAT)")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
    if not re.search(r"version 14\.", version):
        # Another version formats differently: the output would differ from the checked-in one.
        first = version.strip().splitlines()[0] if version.strip() else "no version"
        raise NoFormatter(f"{exe} is not clang-format 14 ({first})")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / ".clang-format", Path(tmp) / ".clang-format")
        paths = []
        for name, text in files.items():
            if name.endswith((".hpp", ".ipp")):
                p = Path(tmp) / name
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text)
                paths.append((name, p))
        for i in range(0, len(paths), 200):
            subprocess.run([exe, "-i", "--style=file"] + [str(p) for _, p in paths[i : i + 200]], check=True)
        for name, p in paths:
            files[name] = p.read_text()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when the output differs")
    ap.add_argument("--fallback-names", action="store_true", help="name types after the spec's schema names")
    ap.add_argument("--stats", action="store_true", help="print the counts")
    args = ap.parse_args()
    try:
        spec = Spec(json.loads(SPEC_PATH.read_text()))
        overrides = json.loads(OVERRIDES_PATH.read_text()) if OVERRIDES_PATH.exists() else {}
        if not args.fallback_names and not NAMES_PATH.exists():
            raise GenError(f"{NAMES_PATH.relative_to(ROOT)} is missing (or use --fallback-names)")
        names = json.loads(NAMES_PATH.read_text()) if not args.fallback_names else {}
        gen = Generator(spec, names, overrides, args.fallback_names)
        files = clang_format(gen.emit_all())
    except GenError as e:
        print(f"generate.py: error: {e}", file=sys.stderr)
        return 2
    except NoFormatter as e:
        print(f"generate.py: {e}", file=sys.stderr)
        return 77 if args.check else 2  # ctest's SKIP_RETURN_CODE: the check cannot run here
    for w in gen.model.warnings:
        print(f"generate.py: note: {w}", file=sys.stderr)
    # Headers this generator wrote before and no longer writes.
    stale = []
    for p in sorted((ROOT / "include" / "openai" / "types").rglob("*.hpp")):
        rel = str(p.relative_to(ROOT))
        if rel not in files and p.read_text().startswith(BANNER):
            stale.append(rel)
    if args.stats or not args.check:
        c = gen.counts
        print(
            f"{c['headers']} headers, {c['structs']} structs, {c['unions']} unions "
            f"(+{c['aliases']} aliases), {c['members']} members"
        )
    if args.check:
        differ = [n for n, t in sorted(files.items()) if not (ROOT / n).exists() or (ROOT / n).read_text() != t]
        differ += stale
        if differ:
            print("generate.py --check: out of date (run python3 codegen/generate.py):")
            for n in differ:
                print(f"  {n}")
            return 1
        return 0
    for name, text in sorted(files.items()):
        p = ROOT / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if not p.exists() or p.read_text() != text:
            p.write_text(text)
    for rel in stale:
        (ROOT / rel).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
