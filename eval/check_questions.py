#!/usr/bin/env python3
"""Validate the curated reportqa evaluation question set.

Usage: python3 eval/check_questions.py [questions.jsonl] [report.txt]

Checks
  * every line is a JSON object with exactly the expected fields and types
  * ids are unique snake_case
  * category / split values are from the allowed sets
  * answerable questions: non-empty answers list of non-empty strings, an
    evidence phrase (5-15 words) found verbatim in the whitespace-normalised
    report, and at least one gold answer found (case/whitespace-insensitive)
    within 400 characters of an occurrence of the evidence phrase
  * unanswerable questions: answers == [] and evidence is null
  * evidence contains no bullet glyphs and no hyphenated line-break artefacts
Prints counts per split, per category, answerable/unanswerable and the
paraphrased share. Exits non-zero on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_QUESTIONS = HERE / "questions.jsonl"
DEFAULT_REPORT = HERE.parent / "seeds" / "000_297a8c00ba7ed4e2.txt"

CATEGORIES = {
    "demography",
    "migration_law",
    "sdg",
    "emergencies",
    "e_government",
    "statelessness",
    "labour_migration",
    "migrant_children",
    "trafficking",
    "consular",
    "visas",
    "health",
    "education",
    "diaspora",
    "remittances",
    "regional_cooperation",
    "recommendations",
    "other",
}
SPLITS = {"dev", "test"}
# Splits written after the composer was last tuned, never looked at question by question while
# tuning; optional, reported beside dev and test. `holdout` was written in session 8 (its
# failures were then read); `fresh` was written blind in session 9, before that session's changes.
OPTIONAL_SPLITS = {
    # The test split of sessions 1-17, retired in session 18: its failures had been read in
    # notes across sessions, so it no longer measured unseen questions. Reported, not a target.
    "test_v1",
    "holdout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh56",
    "fresh57",
    "fresh58",
    "fresh59",
    "fresh60",
    "fresh61",
    "fresh62",
    "fresh63",
    "fresh64",
    "fresh65",
    "fresh66",
    "fresh67",
    "fresh68",
    "fresh69",
    "fresh70",
    "fresh71",
    "fresh72",
    "fresh73",
    "fresh74",
    "fresh75",
    "fresh76",
    "fresh77",
    "fresh78",
    "fresh79",
    "fresh80",
    "fresh81",
    "fresh82",
    "fresh83",
    "fresh84",
    "fresh85",
    "fresh86",
    "fresh87",
    "fresh88",
    "fresh89",
    "fresh90",
    "fresh91",
    "fresh92",
    "fresh93",
    "fresh94",
    "fresh95",
    "fresh96",
    "fresh97",
    "fresh98",
    "fresh99",
    "fresh100",
    "fresh101",
    "fresh102",
    "fresh103",
    "fresh104",
    "fresh105",
    "fresh106",
    "fresh107",
    "fresh108",
    "fresh109",
    "fresh110",
    "fresh111",
    "fresh112",
    "fresh113",
    "fresh114",
    "fresh115",
    "fresh116",
    "fresh117",
    "fresh118",
    "fresh119",
    "fresh120",
    "fresh121",
    "fresh122",
    "fresh123",
    "fresh124",
    "fresh125",
    "fresh126",
    "fresh127",
    "fresh128",
    "fresh129",
    "fresh130",
    "fresh131",
    "fresh132",
    "fresh133",
    "fresh134",
    "fresh135",
}
FIELDS = {
    "id": str,
    "question": str,
    "answers": list,
    "evidence": (str, type(None)),
    "answerable": bool,
    "category": str,
    "paraphrased": bool,
    "split": str,
}
WINDOW = 400
MIN_ANSWERABLE = 85
MIN_UNANSWERABLE = 18
MIN_PARAPHRASED_SHARE = 0.25


def norm(text):
    """Collapse every whitespace run to a single space and strip."""
    return re.sub(r"\s+", " ", text).strip()


def find_all(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def main(argv):
    qpath = Path(argv[1]) if len(argv) > 1 else DEFAULT_QUESTIONS
    rpath = Path(argv[2]) if len(argv) > 2 else DEFAULT_REPORT
    report = norm(rpath.read_text(encoding="utf-8"))
    report_lc = report.lower()

    errors = []
    rows = []
    for lineno, line in enumerate(qpath.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {lineno}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {lineno}: not a JSON object")
            continue
        rows.append((lineno, obj))

    seen = set()
    questions_seen: dict[str, str] = {}
    for lineno, q in rows:
        tag = f"line {lineno} ({q.get('id', '?')})"
        keys = set(q)
        if keys != set(FIELDS):
            errors.append(
                f"{tag}: fields missing {sorted(set(FIELDS) - keys)} "
                f"/ unexpected {sorted(keys - set(FIELDS))}"
            )
            continue
        bad_type = [k for k, t in FIELDS.items() if not isinstance(q[k], t)]
        if bad_type:
            errors.append(f"{tag}: wrong type for {bad_type}")
            continue
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", q["id"]):
            errors.append(f"{tag}: id is not snake_case")
        if q["id"] in seen:
            errors.append(f"{tag}: duplicate id")
        seen.add(q["id"])
        if not q["question"].strip():
            errors.append(f"{tag}: empty question")
        # A question asked twice counts twice, and one repeated from a split already read is
        # no held-out question: every question must be new, word for word.
        asked = " ".join(q["question"].lower().split())
        if asked in questions_seen:
            errors.append(f"{tag}: repeats the question of {questions_seen[asked]}")
        questions_seen.setdefault(asked, q["id"])
        if q["category"] not in CATEGORIES:
            errors.append(f"{tag}: unknown category {q['category']!r}")
        if q["split"] not in SPLITS | OPTIONAL_SPLITS:
            errors.append(f"{tag}: unknown split {q['split']!r}")

        if not q["answerable"]:
            if q["answers"] != []:
                errors.append(f"{tag}: unanswerable question must have answers == []")
            if q["evidence"] is not None:
                errors.append(f"{tag}: unanswerable question must have evidence == null")
            continue

        # answerable
        answers = q["answers"]
        if not answers or not all(isinstance(a, str) and a.strip() for a in answers):
            errors.append(f"{tag}: answers must be a non-empty list of non-empty strings")
            continue
        ev = q["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            errors.append(f"{tag}: answerable question needs an evidence string")
            continue
        ev_n = norm(ev)
        nwords = len(ev_n.split())
        if not 5 <= nwords <= 15:
            errors.append(f"{tag}: evidence has {nwords} words (want 5-15)")
        if re.match(r"^(\||1 |\)l)", ev_n):
            errors.append(f"{tag}: evidence starts with a bullet glyph")
        if re.search(r"[A-Za-z]- [a-z]", ev_n):
            errors.append(f"{tag}: evidence seems to cross a hyphenated line break")
        positions = find_all(report, ev_n)
        if not positions:
            errors.append(f"{tag}: evidence not found in report: {ev_n!r}")
            continue
        answers_lc = [norm(a).lower() for a in answers]
        ok = False
        for pos in positions:
            lo = max(0, pos - WINDOW)
            hi = min(len(report_lc), pos + len(ev_n) + WINDOW)
            window = report_lc[lo:hi]
            if any(a in window for a in answers_lc):
                ok = True
                break
        if not ok:
            errors.append(
                f"{tag}: no gold answer within {WINDOW} chars of evidence (answers={answers})"
            )

    # ---- summary
    valid = [q for _, q in rows if set(q) == set(FIELDS)]
    ans = [q for q in valid if q["answerable"] is True]
    unans = [q for q in valid if q["answerable"] is False]
    para = [q for q in ans if q["paraphrased"] is True]
    share = len(para) / len(ans) if ans else 0.0

    if len(ans) < MIN_ANSWERABLE:
        errors.append(f"only {len(ans)} answerable questions (need >= {MIN_ANSWERABLE})")
    if len(unans) < MIN_UNANSWERABLE:
        errors.append(f"only {len(unans)} unanswerable questions (need >= {MIN_UNANSWERABLE})")
    if share < MIN_PARAPHRASED_SHARE:
        errors.append(f"paraphrased share {share:.1%} < {MIN_PARAPHRASED_SHARE:.0%}")
    for split in sorted(SPLITS):
        sub = [q for q in valid if q["split"] == split]
        if not any(q["answerable"] for q in sub):
            errors.append(f"split {split}: no answerable questions")
        if not any(not q["answerable"] for q in sub):
            errors.append(f"split {split}: no unanswerable questions")
        if not any(q["answerable"] and q["paraphrased"] for q in sub):
            errors.append(f"split {split}: no paraphrased answerable questions")
        if not any(q["answerable"] and not q["paraphrased"] for q in sub):
            errors.append(f"split {split}: no literal answerable questions")
    cats_used = {q["category"] for q in ans}
    for cat in sorted(cats_used):
        splits = {q["split"] for q in ans if q["category"] == cat} - OPTIONAL_SPLITS
        if splits != SPLITS:
            errors.append(f"category {cat}: answerable questions only in {sorted(splits)}")

    print(f"questions: {len(valid)}  answerable: {len(ans)}  unanswerable: {len(unans)}")
    print(f"paraphrased (answerable): {len(para)}/{len(ans)} = {share:.1%}")
    print("per split:")
    for split in sorted(SPLITS | {q["split"] for q in valid}):
        sub = [q for q in valid if q["split"] == split]
        sa = sum(q["answerable"] for q in sub)
        sp = sum(q["answerable"] and q["paraphrased"] for q in sub)
        print(
            f"  {split:7s} total={len(sub):3d} answerable={sa:3d} "
            f"unanswerable={len(sub) - sa:3d} paraphrased={sp:3d}"
        )
    print("per category (answerable / unanswerable / dev / test):")
    cat_ans = Counter(q["category"] for q in ans)
    cat_un = Counter(q["category"] for q in unans)
    for cat in sorted(CATEGORIES):
        sub = [q for q in valid if q["category"] == cat]
        dev = sum(q["split"] == "dev" for q in sub)
        print(f"  {cat:22s} {cat_ans[cat]:3d} / {cat_un[cat]:3d} / {dev:3d} / {len(sub) - dev:3d}")

    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
