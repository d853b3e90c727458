"""services/Dockerfile read without Docker: its stages, what each is built from and what a target installs."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from retention.config import REPO_ROOT

DOCKERFILE = REPO_ROOT / "services" / "Dockerfile"
SUBSTITUTION = re.compile(r"\$\{?(\w+)\}?")


@dataclass
class Stage:
    name: str
    base: str  # a stage name, "scratch" or an image reference, build arguments substituted
    instructions: list[tuple[str, str]] = field(default_factory=list)  # (KEYWORD, arguments)

    def arguments(self, keyword: str) -> list[str]:
        return [args for word, args in self.instructions if word == keyword]


def instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction: continuation lines joined, comments dropped."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    found = []
    for line in joined.splitlines():
        if line.strip():
            word, _, args = line.strip().partition(" ")
            found.append((word.upper(), " ".join(args.split())))
    return found


class Dockerfile:
    def __init__(self, path: Path = DOCKERFILE, build_args: dict[str, str] | None = None):
        self.path = path
        self.text = path.read_text()
        self.args: dict[str, str] = {}
        self.stages: dict[str, Stage] = {}
        self.order: list[str] = []
        stage = None
        for word, args in instructions(self.text):
            if word == "FROM":
                base, _, name = args.partition(" AS ")
                stage = Stage(name.strip() or f"stage-{len(self.order)}", base.strip())
                self.stages[stage.name] = stage
                self.order.append(stage.name)
            elif stage is None:
                if word == "ARG":  # global: usable in FROM lines
                    key, _, default = args.partition("=")
                    self.args[key] = (build_args or {}).get(key, default)
            else:
                stage.instructions.append((word, args))
        for stage in self.stages.values():
            stage.base = self.substitute(stage.base)

    def substitute(self, value: str) -> str:
        return SUBSTITUTION.sub(lambda match: self.args.get(match.group(1), match.group(0)), value)

    def image_bases(self, target: str) -> list[str]:
        """The images that building `target` starts from, stages and `scratch` left out."""
        stages = [self.stages[name] for name in self.needs(target)]
        return sorted({s.base for s in stages if s.base not in self.stages and s.base != "scratch"})

    def chain(self, target: str) -> list[Stage]:
        """`target` and the stages it is built on (FROM), nearest first."""
        stages = []
        name = target
        while name in self.stages:
            stages.append(self.stages[name])
            name = self.stages[name].base
        return stages

    def needs(self, target: str) -> set[str]:
        """Every stage that building `target` builds: through FROM and COPY --from."""
        seen: set[str] = set()
        pending = [target]
        while pending:
            name = pending.pop()
            if name in seen or name not in self.stages:
                continue
            seen.add(name)
            stage = self.stages[name]
            pending.append(stage.base)
            pending += [self.copy_source(copy)[0] for copy in stage.arguments("COPY") if "--from=" in copy]
        return seen

    def copy_source(self, copy: str) -> tuple[str, list[str], str]:
        """(stage or "context", sources, destination) of a COPY instruction's arguments."""
        words = shlex.split(copy)
        options = [word for word in words if word.startswith("--")]
        paths = [word for word in words if not word.startswith("--")]
        origin = next((o.split("=", 1)[1] for o in options if o.startswith("--from=")), "context")
        return origin, paths[:-1], paths[-1]

    def env(self, target: str) -> dict[str, str]:
        values: dict[str, str] = {}
        for stage in reversed(self.chain(target)):
            for args in stage.arguments("ENV"):
                values.update(dict(re.findall(r"(\w+)=(\S+)", self.substitute(args))))
        return values

    def user(self, target: str) -> str | None:
        users = [user for stage in reversed(self.chain(target)) for user in stage.arguments("USER")]
        return users[-1] if users else None

    def runtime_image(self, target: str) -> str:
        return self.chain(target)[-1].base

    def venv_stage(self, target: str) -> str:
        """The stage whose /venv the target copies."""
        for stage in self.chain(target):
            for copy in stage.arguments("COPY"):
                origin, sources, _ = self.copy_source(copy)
                if sources == ["/venv"]:
                    return self.substitute(origin)
        raise AssertionError(f"{target} copies no /venv")

    def requirement_files(self, stage_name: str) -> list[Path]:
        """The repository's requirement files that `pip install -r` puts into a stage's environment."""
        copied: dict[str, str] = {}
        files = []
        for stage in reversed(self.chain(stage_name)):
            for word, args in stage.instructions:
                if word == "COPY" and "--from=" not in args:
                    _, sources, destination = self.copy_source(args)
                    if len(sources) == 1:  # a file to a path (several go into a folder)
                        copied[destination] = sources[0]
                elif word == "RUN" and "pip install" in args:
                    for path in re.findall(r"-r (\S+)", args):
                        files.append(REPO_ROOT / copied.get(path, path))
        return files


def requirements(path: Path) -> dict[str, str]:
    """Package name (normalized) -> the whole requirement line, of a requirements file."""
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            name = re.split(r"[=<>!~\[; ]", line, maxsplit=1)[0]
            found[normalize(name)] = line
    return found


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
