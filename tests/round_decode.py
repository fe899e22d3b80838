#!/usr/bin/env python3
"""Independent reader of Kontaktpunkt's rating-round links, written from
docs/rating-rounds.md with the Python standard library only.

    python3 tests/round_decode.py <kr1 or ka1 link, fragment or URL>
        prints the round or the answer as JSON
"""

import base64
import json
import sys
import zlib


class Reader:
    def __init__(self, data):
        self.data = data
        self.at = 0

    def u8(self):
        if self.at >= len(self.data):
            raise ValueError("truncated")
        b = self.data[self.at]
        self.at += 1
        return b

    def raw(self, n):
        if self.at + n > len(self.data):
            raise ValueError("truncated")
        out = self.data[self.at:self.at + n]
        self.at += n
        return out

    def varint(self):
        value, shift = 0, 0
        while True:
            b = self.u8()
            value |= (b & 0x7F) << shift
            if b & 0x80 == 0:
                return value
            shift += 7
            if shift > 63:
                raise ValueError("varint too long")

    def text(self):
        return self.raw(self.varint()).decode("utf-8")

    def end(self):
        if self.at != len(self.data):
            raise ValueError("bytes after the last field")


def experience(code):
    if not 0 <= code <= 5:
        raise ValueError(f"experience code {code}")
    return None if code == 0 else code - 3


def read_round(r):
    out = {"id": r.raw(16).hex()}
    flags = r.u8()
    out["questions"] = {
        "importance": bool(flags & 1),
        "ist": bool(flags & 2),
        "soll": bool(flags & 4),
        "comment": bool(flags & 8),
    }
    out["min_group"] = r.u8()
    out["closes"] = r.text() if flags & 32 else None
    out["note"] = r.text()
    out["reply_to"] = r.text() if flags & 64 else None
    out["stages"] = [r.text() for _ in range(r.varint())]
    groups = []
    for _ in range(r.varint()):
        kind = r.u8()
        groups.append({"kind": ["internal", "customer"][kind], "name": r.text()})
    out["groups"] = groups
    n = r.varint()
    ids = [r.varint() for _ in range(n)]
    stages = [r.varint() for _ in range(n)]
    names = [r.text() for _ in range(n)]
    descriptions = [r.text() for _ in range(n)] if flags & 16 else [""] * n
    previous = [None] * n
    if flags & 128:
        previous = []
        for _ in range(n):
            b = r.u8()
            high, low = b >> 4, b & 15
            previous.append({
                "importance": high / 2 if high else None,
                "ist": (low - 5) / 2 if low else None,
            })
    r.end()
    out["touchpoints"] = [
        {"id": i, "stage": out["stages"][s], "name": name, "description": d, "previous": p}
        for i, s, name, d, p in zip(ids, stages, names, descriptions, previous)
    ]
    return out


def read_answer(r):
    out = {"round": r.raw(16).hex()}
    out["rater"] = int.from_bytes(r.raw(8), "little")
    out["group"] = r.varint()
    out["sequence"] = r.varint()
    flags = r.u8()
    if flags & ~3:
        raise ValueError(f"unknown flags {flags}")
    n = r.varint()
    ratings = []
    for _ in range(n):
        b = r.u8()
        if b & 0x80 or (b & 7) > 5:
            raise ValueError(f"rating byte {b}")
        ratings.append({
            "importance": (b & 7) or None,
            "ist": experience((b >> 3) & 7),
            "soll": None,
            "not_experienced": bool(b & 64),
            "comment": "",
        })
    if flags & 1:
        for rating in ratings:
            rating["soll"] = experience(r.u8())
    if flags & 2:
        for rating in ratings:
            rating["comment"] = r.text()
    r.end()
    out["ratings"] = ratings
    return out


def main():
    text = sys.argv[1].strip()
    fragment = text.split("#", 1)[1] if "#" in text else text
    prefix, payload = fragment.split(".", 1)
    data = zlib.decompress(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)), -15)
    if prefix == "kr1":
        value = read_round(Reader(data))
    elif prefix == "ka1":
        value = read_answer(Reader(data))
    else:
        raise SystemExit(f"not a kr1 or ka1 link: {prefix}")
    print(json.dumps(value, ensure_ascii=False))


if __name__ == "__main__":
    main()
