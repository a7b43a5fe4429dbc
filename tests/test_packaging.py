"""The declared environments agree, and the repository keeps its promises."""
from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[]", spec.strip(), maxsplit=1)[0].lower()


def test_environment_yml_names_the_runtime_dependencies():
    import yaml

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert {_name(d) for d in deps} == conda
    assert "python=3.11" in env["dependencies"]
    for required in ("jupyterlab", "pandas", "matplotlib", "textblob", "papermill", "nbconvert"):
        assert required in conda


def test_import_toolkit_stays_light():
    code = ("import sys, toolkit; heavy = [m for m in ('pandas', 'matplotlib', 'papermill', "
            "'nbconvert', 'textblob') if m in sys.modules]; print(heavy)")
    out = subprocess.run([__import__("sys").executable, "-c", code], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_nothing_downloads_at_run_time():
    # the calls are spelled in pieces so this test does not match its own search
    calls = ["nltk\\.down" + "load", "download" + "_corpora", "from" + "_pretrained",
             "hf_hub_down" + "load"]
    pattern = re.compile("|".join(calls))
    for path in (ROOT / "toolkit").rglob("*.py"):
        assert not pattern.search(path.read_text()), path


def test_every_lexicon_notes_source_and_licence():
    folder = ROOT / "toolkit" / "lexicons"
    index = (folder / "README.md").read_text()
    for csv_file in folder.glob("*.csv"):
        head = "\n".join(line for line in csv_file.read_text().splitlines()
                         if line.startswith("#"))
        assert "Source:" in head and "Licence:" in head, csv_file.name
        assert f"`{csv_file.name}`" in index, csv_file.name


#: each package's modules, lowest first: each may import only those before it
LAYERS = {
    "stance": ("words", "sentence", "claims", "targets", "actors", "reactions", "pairs"),
    "speakers": ("entities", "resolver"),
}


def sibling_imports(path: Path) -> set[str]:
    """The sibling modules a package's module imports (``from .words import ...``), at
    the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module.split(".")[0] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_package_modules_import_only_the_layers_below(package):
    """Data flows one way inside a package too: stance's words know nothing of targets,
    its targets nothing of reactions, and only ``pairs`` puts an article's pairs
    together; the speakers' entity registry knows nothing of resolving quotes."""
    layers = LAYERS[package]
    folder = ROOT / "toolkit" / package
    assert {p.stem for p in folder.glob("*.py")} - {"__init__"} == set(layers)
    for i, name in enumerate(layers):
        upward = sibling_imports(folder / f"{name}.py") - set(layers[:i])
        assert not upward, f"toolkit/{package}/{name}.py imports {sorted(upward)} from above it"
