"""The README's test command is the one CI runs, word for word."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```bash\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_second_command_is_the_ci_test_line() -> None:
    commands = _readme_commands()
    assert len(commands) >= 2
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[1] in ci_lines


def test_the_suite_runs_with_coverage() -> None:
    assert "--cov" in _readme_commands()[1].split()


def test_ci_runs_the_readme_example_from_the_built_wheel() -> None:
    assert _readme_commands()[0].endswith(" && .venv/bin/conflictparse examples/report.txt")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert '"$clean/venv/bin/conflictparse" examples/report.txt' in ci


def test_readme_links_are_absolute() -> None:
    # PyPI renders the README without the repository: a relative link would lead nowhere.
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = [match.split(")", 1)[0] for match in text.split("](")[1:]]
    assert targets
    assert all(target.startswith("https://") for target in targets), targets
