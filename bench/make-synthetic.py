#!/usr/bin/env python3
"""Makes a synthetic publication project FACTOR times the bundled example's countries.

Copies examples/egm-2021 into OUT and replaces survey/countries.csv and every results file with
FACTOR copies of each country (new ISO3 codes and names, values nudged deterministically), so the
benchmark measures how the build grows with the data. Standard library only.
"""
import csv
import itertools
import random
import shutil
import string
import sys
from pathlib import Path


def codes():
    for a, b, c in itertools.product(string.ascii_uppercase, repeat=3):
        yield a + b + c


def main(example: Path, out: Path, factor: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(example, out)
    rows = list(csv.DictReader(open(example / "survey/countries.csv", encoding="utf-8")))
    fields = list(rows[0].keys())
    if factor * len(rows) > 26 ** 3:
        sys.exit(f"make-synthetic: {factor}x needs {factor * len(rows)} ISO3 codes; three letters give {26 ** 3} "
                 f"(at most {26 ** 3 // len(rows)}x)")
    taken = {r["iso3"] for r in rows}
    code_iter = (c for c in codes() if c not in taken)
    clones = {}  # original name -> its names in each copy
    out_rows = []
    for copy in range(factor):
        for r in rows:
            # The first copy keeps the real codes, so the meeting's experts still find their countries.
            iso3 = r["iso3"] if copy == 0 else next(code_iter)
            name = r["name"] if copy == 0 else f"{r['name']} {copy + 1}"
            clones.setdefault(r["name"], []).append(name)
            # Clones get no M49 code: they have no place on the world map.
            m49 = r["m49"] if copy == 0 else ""
            out_rows.append({**r, "iso3": iso3, "name": name, "m49": m49})
    with open(out / "survey/countries.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(out_rows)
    rng = random.Random(2021)
    for results in sorted((example / "survey/results").glob("*.csv")):
        reader = csv.DictReader(open(results, encoding="utf-8"))
        header = reader.fieldnames
        src = list(reader)
        with open(out / "survey/results" / results.name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
            w.writeheader()
            for copy in range(factor):
                for r in src:
                    name = r["Country Name"].strip()
                    name = "Georgia (Country)" if name == "Georgia (Country)" else name
                    row = dict(r)
                    row["Country Name"] = clones[name][copy]
                    if copy > 0:
                        for col in header[3:]:
                            v = float(r[col])
                            row[col] = f"{min(1.0, max(0.0, v * (0.97 + 0.06 * rng.random()))):.5f}" if v <= 1 else r[col]
                    w.writerow(row)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
