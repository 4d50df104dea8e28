"""Compare the event rows of two checkouts of conflictparse over a folder of texts.

Each checkout's ``src`` is run in its own process; the rows of every text are
compared without the coordinate columns, so what shows is a place, country or
event that one checkout finds and the other does not («في الحرية» read as a place).

    python tools/compare_rows.py OLD_SRC NEW_SRC ABSOLUTE_TEXT_GLOB...
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DUMP = """
import json, sys
import conflictparse as cp
out = {}
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as handle:
        out[name] = [
            {k: v for k, v in row.items() if k not in {"latitude", "longitude", "geonameid"}}
            for row in cp.parse_report(handle.read()).to_rows()
        ]
print(json.dumps(out, ensure_ascii=False, default=str))
"""


def rows(src: str, names: list[str]) -> dict[str, list[dict[str, object]]]:
    """The rows of each text, as the conflictparse of ``src`` reads them."""
    done = subprocess.run(
        [sys.executable, "-c", DUMP, *names],
        env={"PYTHONPATH": src},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, list[dict[str, object]]] = json.loads(done.stdout)
    return result


def main(argv: list[str]) -> int:
    """Print every row that differs; exit 1 when any does."""
    old_src, new_src, *patterns = argv
    root = Path("/")
    names = sorted(str(path) for pattern in patterns for path in root.glob(pattern.lstrip("/")))
    old, new = rows(old_src, names), rows(new_src, names)
    changed = 0
    for name in names:
        gone = [row for row in old[name] if row not in new[name]]
        came = [row for row in new[name] if row not in old[name]]
        for sign, row in [*(("-", row) for row in gone), *(("+", row) for row in came)]:
            changed += 1
            sys.stdout.write(f"{sign} {name}: {json.dumps(row, ensure_ascii=False)}\n")
    sys.stdout.write(f"{len(names)} texts, {changed} rows differ\n")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
