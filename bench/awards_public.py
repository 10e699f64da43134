"""Awards on invented sentences written after real press releases (bench/awards_public/).

A measurement, not a test. Each block of the files is one construction found in a public
press release (the source address is on its first line), rewritten with invented names, and the
records the genre corpus's rules (../shared/genre-dev/README.md) would give it:

    # construction: <what it shows> | source: <address>
    <one to four invented sentences or lines>
    => rank | award | recipient | kind        (one line per record; "=> —" for none)

dev1.txt … dev40.txt (dev3 to dev20 on five topics: coaches' prizes, medics' honours, police units,
labour spartakiads, МЧС medals; dev4 to dev40 from regions other than the genre check split's; dev5
to dev40 whole releases, headline to photo credit, between "%%%%" lines: dev6 sports, dev7 police and
МЧС, dev8 health, dev9, dev12, dev15 and dev18 coaches and spartakiads, dev10, dev13, dev16 and dev19
police and rescue, dev11, dev14, dev17 and dev20 medics, dev21 culture and school contests, dev22
honours of professional days, dev23 skill contests and departmental spartakiads, dev24 honours for
courage and rescue, dev25 regional sports results, dev26 civic contests, dev27 contests of units and
houses, dev28 public services and municipal staff, dev29 labour contests in farming and industry, dev30
school and student competitions, dev31 teachers' contests, dev32 landscaping and housing contests, dev33
honours in business and labour, dev34 culture, dev35 youth and volunteers, dev36 transport, dev37
honorary titles and boards of honour, dev38 olympiads and research contests, dev39 regional
championships by sport, dev40 media and civic contests) are for
developing rules (look at their errors); check.txt is held out:
look at its scores only, never at its errors, as with the genre corpus's check split. A record
matches when its rank is equal and its recipient shares a word (the first five letters) with the
expected one; the field conventions of these sets were written by hand and are looser than the
genre gold's, so the figures are for comparing versions of the rules, not for the README's table.

    python bench/awards_public.py                 # scores of the sets
    python bench/awards_public.py --errors dev1   # the misses and false records of a dev set
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import NamedTuple

import pressfacts

SETS = Path(__file__).with_name("awards_public")
HELD_OUT = "check"


class Block(NamedTuple):
    title: str
    text: str
    expected: list[tuple[int | None, str]]   # (rank, recipient)


def read_blocks(path: Path) -> list[Block]:
    blocks = []
    text = path.read_text(encoding="utf-8")
    # blocks are one construction each, between blank lines; whole documents go between "%%%%" lines
    for chunk in text.split("\n%%%%\n") if "\n%%%%\n" in text else text.split("\n\n"):
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        title = next((line for line in lines if line.startswith("# construction")), None)
        if title is None:
            continue
        text = "\n".join(line for line in lines if not line.startswith(("#", "=>")))
        expected = []
        for line in lines:
            fields = [f.strip() for f in line[2:].split("|")] if line.startswith("=>") else []
            if len(fields) >= 3:
                expected.append((int(fields[0]) if fields[0].isdigit() else None, fields[2]))
        blocks.append(Block(title[len("# construction:"):].split("| source")[0].strip(), text, expected))
    return blocks


def stems(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower().replace("ё", "е"))
    # a bare number for a counted group whose noun is left out ("38 – почётной грамотой") matches as written
    return {w[:5] for w in words if w[:1].isalpha()} or {w for w in words if w.isdigit()}


def score(nlp, blocks: list[Block], errors: bool) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for block in blocks:
        found = [(a.rank, a.recipient) for a in nlp(block.text)._.awards]
        used: set[int] = set()
        missed = []
        for rank, recipient in block.expected:
            hit = next((i for i, (r, who) in enumerate(found) if i not in used and r == rank and stems(who) & stems(recipient)), None)
            if hit is None:
                missed.append((rank, recipient))
            else:
                used.add(hit)
        extra = [f for i, f in enumerate(found) if i not in used]
        tp, fn, fp = tp + len(block.expected) - len(missed), fn + len(missed), fp + len(extra)
        if errors and (missed or extra):
            print(f"## {block.title}\n   {block.text.replace(chr(10), ' / ')[:300]}")
            print("".join(f"   missed {m}\n" for m in missed) + "".join(f"   false  {e}\n" for e in extra), end="")
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", metavar="SET", choices=sorted(p.stem for p in SETS.glob("dev*.txt")), help="print a dev set's errors")
    args = parser.parse_args()
    nlp = pressfacts.load()
    names = [args.errors] if args.errors else sorted(p.stem for p in SETS.glob("*.txt"))
    for name in names:
        tp, fp, fn = score(nlp, read_blocks(SETS / f"{name}.txt"), errors=bool(args.errors) and name != HELD_OUT)
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{name:6} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({tp} right, {fp} false, {fn} missed)")


if __name__ == "__main__":
    main()
