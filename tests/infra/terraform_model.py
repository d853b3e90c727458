"""A small model of the Terraform configuration in infra/, for tests that cannot run `terraform`.

Every `.tf` file is parsed by python-hcl2 into its parse tree; `Module` keeps the blocks and
evaluates the subset of expressions infra/ uses (literals, templates, references, for expressions,
conditionals, a few functions), with `for_each` and `dynamic` blocks expanded. What Terraform only
knows after apply (an `id`, an `email`, a project number) stays symbolic as a `Ref`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hcl2
from lark import Token, Tree

INFRA_DIR = Path(__file__).resolve().parents[2] / "infra"


class UnsupportedExpression(ValueError):
    """The expression uses HCL that this model does not evaluate (add it here, or simplify the .tf)."""


@dataclass(frozen=True)
class Ref:
    """A value known only after apply, named by its address (`google_service_account.service["x"].email`)."""

    address: str

    def __str__(self) -> str:
        return "${" + self.address + "}"


@dataclass
class Block:
    type: str
    labels: tuple[str, ...]
    attributes: dict[str, Tree]
    blocks: list[Block]
    file: str

    def blocks_of(self, block_type: str) -> list[Block]:
        return [block for block in self.blocks if block.type == block_type]


@dataclass
class Instance:
    """One instance of a resource, data source or output: `for_each` expanded, nested blocks too."""

    address: str
    values: dict[str, Any]
    blocks: dict[str, list[Instance]] = field(default_factory=dict)

    def block(self, name: str) -> Instance:
        (only,) = self.blocks.get(name, [])
        return only


@dataclass
class Scope:
    """The names an expression can see besides `var` and `local`: `each`, iterators, dynamic blocks."""

    names: dict[str, Any] = field(default_factory=dict)

    def with_names(self, **names: Any) -> Scope:
        return Scope({**self.names, **names})


# --- parsing ------------------------------------------------------------------------------------


def _children(tree: Tree) -> list[Tree | Token]:
    return [c for c in tree.children if not (isinstance(c, Tree) and c.data == "new_line_or_comment")]


def _trees(tree: Tree) -> list[Tree]:
    return [c for c in _children(tree) if isinstance(c, Tree)]


def _name(node: Tree | Token) -> str:
    """The text of an identifier, keyword or quoted label."""
    if isinstance(node, Token):
        return str(node)
    if node.data in ("identifier", "keyword", "literal_value"):
        return str(node.children[0])
    if node.data == "string":
        return "".join(str(part.children[0]) for part in _trees(node))
    raise UnsupportedExpression(f"not a name: {node.data}")


def _parse_body(body: Tree, file: str) -> tuple[dict[str, Tree], list[Block]]:
    attributes: dict[str, Tree] = {}
    blocks: list[Block] = []
    for node in _trees(body):
        if node.data == "attribute":
            name, expression = _trees(node)
            attributes[_name(name)] = expression
        elif node.data == "block":
            parts = _trees(node)
            inner_attributes, inner_blocks = _parse_body(parts[-1], file)
            block_type, *labels = (_name(part) for part in parts[:-1])
            blocks.append(Block(block_type, tuple(labels), inner_attributes, inner_blocks, file))
    return attributes, blocks


def parse_file(path: Path) -> list[Block]:
    tree = hcl2.parses_to_tree(path.read_text())
    (body,) = _trees(tree)
    attributes, blocks = _parse_body(body, path.name)
    if attributes:
        raise UnsupportedExpression(f"{path.name}: top-level attributes {sorted(attributes)}")
    return blocks


# --- the module ---------------------------------------------------------------------------------


class Module:
    """All `.tf` files of one directory, with variables set by `variables` (else their defaults)."""

    def __init__(self, directory: Path = INFRA_DIR, variables: dict[str, Any] | None = None):
        self.directory = directory
        self.files = sorted(directory.glob("*.tf"))
        self.blocks = [block for path in self.files for block in parse_file(path)]
        self._local_trees: dict[str, Tree] = {}
        for block in self.blocks_of("locals"):
            for name, tree in block.attributes.items():
                if name in self._local_trees:
                    raise ValueError(f"local.{name} is defined twice")
                self._local_trees[name] = tree
        self._locals: dict[str, Any] = {}
        self.variables = {
            block.labels[0]: (
                self.evaluate(block.attributes["default"]) if "default" in block.attributes else None
            )
            for block in self.blocks_of("variable")
        }
        self.variables.update(variables or {})

    def blocks_of(self, block_type: str) -> list[Block]:
        return [block for block in self.blocks if block.type == block_type]

    def block(self, block_type: str, *labels: str) -> Block:
        matches = [block for block in self.blocks_of(block_type) if block.labels == labels]
        if len(matches) != 1:
            raise KeyError(f"{block_type} {' '.join(labels)}: {len(matches)} blocks")
        return matches[0]

    @property
    def local_names(self) -> set[str]:
        return set(self._local_trees)

    def local(self, name: str) -> Any:
        if name not in self._locals:
            if name not in self._local_trees:
                raise KeyError(f"local.{name} is not defined")
            self._locals[name] = self.evaluate(self._local_trees[name])
        return self._locals[name]

    # --- instances ----------------------------------------------------------------------------

    def instances(self, resource_type: str, name: str, kind: str = "resource") -> dict[Any, Instance]:
        """The instances of a resource by `for_each` key (None when it has no `for_each`)."""
        block = self.block(kind, resource_type, name)
        prefix = f"data.{resource_type}.{name}" if kind == "data" else f"{resource_type}.{name}"
        if "count" in block.attributes:
            raise UnsupportedExpression(f"{prefix}: count")
        if "for_each" not in block.attributes:
            return {None: self._instance(block, prefix, Scope())}
        return {
            key: self._instance(block, f'{prefix}["{key}"]', Scope({"each": {"key": key, "value": value}}))
            for key, value in _for_each_items(self.evaluate(block.attributes["for_each"]))
        }

    def _instance(self, block: Block, address: str, scope: Scope) -> Instance:
        values = {
            name: self.evaluate(tree, scope)
            for name, tree in block.attributes.items()
            if name not in ("for_each", "depends_on", "provider", "lifecycle")
        }
        nested: dict[str, list[Instance]] = {}
        for inner in block.blocks:
            if inner.type == "lifecycle":
                continue
            if inner.type == "dynamic":
                (block_name,) = inner.labels
                (content,) = inner.blocks_of("content")
                iterator = block_name
                if "iterator" in inner.attributes:
                    iterator = _reference_name(inner.attributes["iterator"])
                for key, value in _for_each_items(self.evaluate(inner.attributes["for_each"], scope)):
                    inner_scope = scope.with_names(**{iterator: {"key": key, "value": value}})
                    nested.setdefault(block_name, []).append(
                        self._instance(content, f"{address}.{block_name}", inner_scope)
                    )
            else:
                nested.setdefault(inner.type, []).append(
                    self._instance(inner, f"{address}.{inner.type}", scope)
                )
        return Instance(address, values, nested)

    def resolve(self, ref: Ref, attribute: str = "name") -> Any:
        """The configured `attribute` of the resource instance that `ref` (e.g. its `.id`) points to."""
        match = re.fullmatch(r'([a-z0-9_]+)\.([a-z0-9_]+)(?:\["([^"]+)"\])?(?:\.[a-z_]+)?', ref.address)
        if not match:
            raise ValueError(f"not a resource attribute: {ref.address}")
        resource_type, name, key = match.groups()
        return self.instances(resource_type, name)[key].values[attribute]

    # --- references ---------------------------------------------------------------------------

    def references(self, root: str) -> Iterator[tuple[str, str]]:
        """(file, name) of every `root.name` reference in the configuration, e.g. root='var'."""

        def walk(tree: Tree, file: str) -> Iterator[tuple[str, str]]:
            if tree.data == "get_attr_expr_term":
                base, attr = _trees(tree)
                base_trees = _trees(base)
                if len(base_trees) == 1 and base_trees[0].data == "identifier":
                    if _name(base_trees[0]) == root:
                        yield file, _name(_trees(attr)[0])
            for child in _trees(tree):
                yield from walk(child, file)

        def block_trees(block: Block) -> Iterator[Tree]:
            yield from block.attributes.values()
            for inner in block.blocks:
                yield from block_trees(inner)

        for block in self.blocks:
            for tree in block_trees(block):
                yield from walk(tree, block.file)

    # --- expressions --------------------------------------------------------------------------

    def evaluate(self, tree: Tree, scope: Scope | None = None) -> Any:
        return _Evaluator(self, scope or Scope()).eval(tree)


def _for_each_items(collection: Any) -> list[tuple[Any, Any]]:
    if isinstance(collection, dict):
        return sorted(collection.items())
    if isinstance(collection, list):
        return [(item, item) for item in collection]
    raise UnsupportedExpression(f"for_each over {type(collection).__name__}")


def _reference_name(tree: Tree) -> str:
    trees = _trees(tree)
    if tree.data == "identifier":
        return _name(tree)
    if len(trees) == 1:
        return _reference_name(trees[0])
    raise UnsupportedExpression(f"not a plain name: {tree.data}")


def _to_set(values: list) -> list:
    """Terraform sets of strings iterate in lexical order."""
    return sorted(set(values))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "concat": lambda *lists: [item for items in lists for item in items],
    "merge": lambda *maps: {key: value for mapping in maps for key, value in mapping.items()},
    "toset": _to_set,
    "distinct": lambda values: list(dict.fromkeys(values)),
    "keys": lambda mapping: sorted(mapping),
    "values": lambda mapping: [mapping[key] for key in sorted(mapping)],
    "length": len,
    "contains": lambda collection, value: value in collection,
    "lookup": lambda mapping, key, default=None: mapping.get(key, default),
    "trimprefix": lambda text, prefix: text[len(prefix) :] if str(text).startswith(prefix) else text,
    "tostring": lambda value: value if isinstance(value, str) else _to_string(value),
}


class _Evaluator:
    def __init__(self, module: Module, scope: Scope):
        self.module = module
        self.scope = scope

    def eval(self, tree: Tree | Token) -> Any:
        if isinstance(tree, Token):
            raise UnsupportedExpression(f"token {tree!r}")
        method = getattr(self, f"_{tree.data}", None)
        if method is None:
            raise UnsupportedExpression(tree.data)
        return method(tree)

    def _expr_term(self, tree: Tree) -> Any:
        (inner,) = _trees(tree)
        return self.eval(inner)

    def _int_lit(self, tree: Tree) -> int:
        return int(tree.children[0])

    def _float_lit(self, tree: Tree) -> float:
        return float(tree.children[0])

    def _literal_value(self, tree: Tree) -> Any:
        return {"true": True, "false": False, "null": None}[str(tree.children[0])]

    def _string(self, tree: Tree) -> Any:
        parts = []
        for part in _trees(tree):
            (inner,) = part.children
            if isinstance(inner, Tree) and inner.data == "interpolation":
                (expression,) = _trees(inner)
                parts.append(self.eval(expression))
            elif isinstance(inner, Token) and inner.type == "STRING_CHARS":
                parts.append(_unescape(str(inner)))
            elif isinstance(inner, Token) and inner.type == "ESCAPED_INTERPOLATION":
                parts.append(str(inner)[1:])
            else:
                raise UnsupportedExpression(f"string part {inner!r}")
        if len(parts) == 1 and not isinstance(parts[0], str):
            return parts[0]  # "${x}" is x itself
        return "".join(_to_string(part) for part in parts)

    def _tuple(self, tree: Tree) -> list:
        return [self.eval(item) for item in _trees(tree)]

    def _object(self, tree: Tree) -> dict:
        result = {}
        for element in _trees(tree):
            key_tree, value_tree = _trees(element)
            result[self._object_key(key_tree)] = self.eval(value_tree)
        return result

    def _object_key(self, tree: Tree) -> str:
        (inner,) = _trees(tree)
        inner_trees = _trees(inner)
        if inner.data == "expr_term" and len(inner_trees) == 1 and inner_trees[0].data == "identifier":
            return _name(inner_trees[0])  # a bare key is a literal
        if inner.data == "keyword":
            return _name(inner)
        return _to_string(self.eval(inner))

    def _identifier(self, tree: Tree) -> Any:
        name = _name(tree)
        if name in self.scope.names:
            return self.scope.names[name]
        if name in ("var", "local"):
            return _Namespace(name)
        return Ref(name)

    def _get_attr_expr_term(self, tree: Tree) -> Any:
        base, attr = _trees(tree)
        return self._attribute(self.eval(base), _name(_trees(attr)[0]))

    def _attribute(self, base: Any, name: str) -> Any:
        if isinstance(base, _Namespace):
            if base.root == "local":
                return self.module.local(name)
            if name not in self.module.variables:
                raise KeyError(f"var.{name} is not declared")
            value = self.module.variables[name]
            return Ref(f"var.{name}") if value is None else value
        if isinstance(base, Ref):
            return Ref(f"{base.address}.{name}")
        if isinstance(base, dict):
            return base[name]
        raise UnsupportedExpression(f".{name} of {type(base).__name__}")

    def _index_expr_term(self, tree: Tree) -> Any:
        base, index = _trees(tree)
        container = self.eval(base)
        if index.data != "braces_index":
            raise UnsupportedExpression(index.data)
        (key_tree,) = _trees(index)
        key = self.eval(key_tree)
        if isinstance(container, Ref):
            return Ref(
                f'{container.address}["{key}"]' if isinstance(key, str) else f"{container.address}[{key}]"
            )
        return container[key]

    def _function_call(self, tree: Tree) -> Any:
        name_tree, *rest = _trees(tree)
        name = _name(name_tree)
        if name not in FUNCTIONS:
            raise UnsupportedExpression(f"function {name}()")
        arguments = [self.eval(argument) for argument in _trees(rest[0])] if rest else []
        return FUNCTIONS[name](*arguments)

    def _conditional(self, tree: Tree) -> Any:
        condition, when_true, when_false = _trees(tree)
        test = self.eval(condition)
        if isinstance(test, Ref):
            raise UnsupportedExpression(f"condition on an unknown value {test}")
        return self.eval(when_true) if test else self.eval(when_false)

    def _binary_op(self, tree: Tree) -> Any:
        left_tree, term = _trees(tree)
        operator_tree, right_tree = _trees(term)
        left, right = self.eval(left_tree), self.eval(right_tree)
        operator = str(operator_tree.children[0])
        operations: dict[str, Callable[[Any, Any], Any]] = {
            "==": lambda a, b: a == b,
            "!=": lambda a, b: a != b,
            "&&": lambda a, b: a and b,
            "||": lambda a, b: a or b,
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a / b,
            "<": lambda a, b: a < b,
            ">": lambda a, b: a > b,
            "<=": lambda a, b: a <= b,
            ">=": lambda a, b: a >= b,
        }
        if isinstance(left, Ref) or isinstance(right, Ref):
            raise UnsupportedExpression(f"{operator} on an unknown value")
        return operations[operator](left, right)

    def _unary_op(self, tree: Tree) -> Any:
        operator, operand = tree.children
        value = self.eval(operand)
        return (not value) if str(operator) == "!" else -value

    def _for_tuple_expr(self, tree: Tree) -> list:
        intro, *rest = _trees(tree)
        result = []
        for scope in self._iterations(intro):
            if self._keeps(rest[1:], scope):
                result.append(_Evaluator(self.module, scope).eval(rest[0]))
        return result

    def _for_object_expr(self, tree: Tree) -> dict:
        intro, *rest = _trees(tree)
        result = {}
        for scope in self._iterations(intro):
            if self._keeps(rest[2:], scope):
                evaluator = _Evaluator(self.module, scope)
                result[evaluator.eval(rest[0])] = evaluator.eval(rest[1])
        return result

    def _iterations(self, intro: Tree) -> Iterator[Scope]:
        *names, collection_tree = _trees(intro)
        collection = self.eval(collection_tree)
        if isinstance(collection, Ref):  # all instances of a resource, e.g. `for c in google_x.y : c.id`
            resource_type, _, name = collection.address.partition(".")
            keys = self.module.instances(resource_type, name)
            collection = {key: Ref(f'{collection.address}["{key}"]') for key in keys}
        if isinstance(collection, dict):
            items = sorted(collection.items())
        elif isinstance(collection, list):
            items = list(enumerate(collection))
        else:
            raise UnsupportedExpression(f"for over {collection!r}")
        names = [_name(name) for name in names]
        for key, value in items:
            if len(names) == 1:
                yield self.scope.with_names(**{names[0]: value})
            else:
                yield self.scope.with_names(**{names[0]: key, names[1]: value})

    def _keeps(self, conditions: list[Tree], scope: Scope) -> bool:
        for condition in conditions:  # for_cond: `if expression`
            (expression,) = _trees(condition)
            if not _Evaluator(self.module, scope).eval(expression):
                return False
        return True


@dataclass(frozen=True)
class _Namespace:
    root: str


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def _to_string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
