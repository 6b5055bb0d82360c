"""The package's structure: no module imports another that imports it back (directly or
round a loop, at module level or inside a function), and the engine modules hold no
Chinese words of their own: those are rule data (``data/rules/*.toml``)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "mzextract"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in SRC.rglob("*.py")}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The package modules ``path`` imports, anywhere but in ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking(node):
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                ).strip(".")
            for a in node.names:
                sub = f"{base}.{a.name}"
                found.add(sub if sub in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in known and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            strong(v)
    return out


def test_no_import_cycles() -> None:
    modules = _modules()
    known = set(modules)
    # The package's __init__ re-exports for users; its imports are no dependency of the
    # modules it names.
    graph = {
        name: {m for m in _imports(path, name, known) if m != "mzextract"}
        for name, path in modules.items()
        if name != "mzextract"
    }
    assert not _cycles(graph)


def test_a_cycle_is_found() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


# Engine modules: they read their words from the rule data, not from literals.
ENGINE = (
    "api",
    "clauses",
    "figures",
    "layout",
    "meaning",
    "numbers",
    "numerals",
    "places",
    "qualifiers",
    "rules",
    "sections",
    "subjects",
    "units",
)
# The few literals an engine module may hold, each with why.
ALLOWED: dict[str, str] = {
    # places: the gazetteer file's own placeholder rows (a province's 市辖区), a fact of
    # that file's format rather than a rule of reading reports.
    "市辖区": "places",
    "县": "places",
    "省直辖县级行政区划": "places",
    "自治区直辖县级行政区划": "places",
}


def _cjk(s: str) -> bool:
    """Whether ``s`` holds a Chinese character (punctuation alone is the script's grammar,
    kept in `mzextract.clauses`)."""
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # Attribute docstrings (a string right after an assignment) document, too.
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for a, b in itertools.pairwise(body):
                if (
                    isinstance(a, (ast.Assign, ast.AnnAssign))
                    and isinstance(b, ast.Expr)
                    and isinstance(b.value, ast.Constant)
                ):
                    docstrings.add(id(b.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _cjk(node.value)
    ]


def test_engine_modules_hold_no_chinese_words() -> None:
    found = []
    for name, path in _modules().items():
        short = name.split(".")[1] if "." in name else ""
        if short not in ENGINE:
            continue
        for line, value in _literals(path):
            if value not in ALLOWED:
                found.append(f"{name}:{line} {value[:40]!r}")
    assert not found, "\n".join(found)
