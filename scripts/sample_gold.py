#!/usr/bin/env python3
"""Builds and checks the gold files of samples/ (NAME.expected.jsonl), so that no span is ever
counted by hand.

  build: python3 scripts/sample_gold.py build samples/NAME.txt DRAFT.json > samples/NAME.expected.jsonl
  check: python3 scripts/sample_gold.py check samples/*.expected.jsonl

A draft is a JSON list of attributions written as strings, each found in the text inside its
"at" window (a passage that occurs once in the text):

  {"at": "\\"The savings are a fantasy,\\" she said after the vote. \\"Every family",
   "type": "DIRECT", "content": ["The savings are a fantasy,", "Every family"],
   "cue": "said", "speaker": "she", "speakerCanonical": "Helen Vasquez", "speakerKind": "PERSON"}

"content" is a string, or a list of the parts of an interrupted content (they become
contentSpans, the content their texts joined by a space and contentSpan their hull). Each string
is its first occurrence in the window after the previous role's start, or its n-th with "text#n".
"speakerAt" / "documentAt" give another window for a speaker or document named elsewhere;
"document", "optional" as in FORMAT.md. check verifies that every string equals the text at its
span and that parts are in order inside their hull.
"""
import json, sys

ROLES = ("cue", "speaker", "document")


def window(text, anchor):
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        sys.exit(f"window must occur exactly once: {anchor!r}")
    return first, first + len(anchor)


def locate(text, value, win):
    value, _, nth = value.partition("#")
    begin = win[0] - 1
    for _ in range(int(nth or 1)):
        begin = text.find(value, begin + 1, win[1])
        if begin < 0:
            sys.exit(f"{value!r} not in window {text[win[0]:win[1]]!r}")
    return [begin, begin + len(value)]


def build(text_path, draft_path):
    text = open(text_path, encoding="utf-8").read()
    out = []
    for d in json.load(open(draft_path, encoding="utf-8")):
        win = window(text, d["at"])
        parts = d["content"] if isinstance(d["content"], list) else [d["content"]]
        spans = [locate(text, p, win) for p in parts]
        a = {"type": d["type"], "content": " ".join(text[b:e] for b, e in spans),
             "contentSpan": [spans[0][0], spans[-1][1]]}
        if len(spans) > 1:
            a["contentSpans"] = spans
        for role in ROLES:
            value = d.get(role)
            role_win = window(text, d[role + "At"]) if role + "At" in d else win
            a[role] = value.partition("#")[0] if value else None
            a[role + "Span"] = locate(text, value, role_win) if value else None
            if role == "speaker":
                a["speakerCanonical"] = d.get("speakerCanonical")
                a["speakerKind"] = d.get("speakerKind")
        if d.get("optional"):
            a["optional"] = True
        out.append(a)
    out.sort(key=lambda a: a["contentSpan"])
    doc_id = text_path.rsplit("/", 1)[-1].removesuffix(".txt")
    print(json.dumps({"id": doc_id, "text": text, "attributions": out}, ensure_ascii=False))


def check(paths):
    bad = 0
    for path in paths:
        doc = json.loads(open(path, encoding="utf-8").read())
        text = doc["text"]
        for a in doc["attributions"]:
            parts = a.get("contentSpans") or [a["contentSpan"]]
            pieces = [text[b:e] for b, e in parts]
            ordered = all(parts[i][1] <= parts[i + 1][0] for i in range(len(parts) - 1))
            hull = [parts[0][0], parts[-1][1]] == a["contentSpan"]
            problems = [] if " ".join(pieces) == a["content"] and ordered and hull else ["content"]
            for role in ROLES:
                span = a.get(role + "Span")
                if (span is None) != (a.get(role) is None) or (span and text[span[0]:span[1]] != a[role]):
                    problems.append(role)
            for p in problems:
                bad += 1
                print(f"{path}: {p} of {a['content'][:50]!r} differs from the text at its span")
        print(f"{path}: {len(doc['attributions'])} attributions checked")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "check":
        check(sys.argv[2:])
    else:
        sys.exit(__doc__)
