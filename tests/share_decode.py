#!/usr/bin/env python3
"""Independent reader and writer of Kontaktpunkt share links, written from
docs/share-format.md with the Python standard library only.

    python3 tests/share_decode.py decode <fragment or URL>
        prints the model as readable JSON (the app's ordinary JSON layout)
    python3 tests/share_decode.py make
        prints the fragment of a small hand-made model (2 stages, 3 touchpoints,
        2 snapshots, cycle notes and a funnel with a competitor)
"""

import base64
import json
import sys
import zlib

PREFIX = "kp1."
MAX_FRAGMENT = 64 * 1024
MAX_INFLATED = 4 * 1024 * 1024

DEFAULT_CATEGORIES = [
    ["awareness", "Aufmerksamkeit"],
    ["information", "Information"],
    ["purchase", "Kauf"],
    ["usage", "Nutzung & Service"],
    ["loyalty", "Bindung & Empfehlung"],
    ["awareness", "Awareness"],
    ["information", "Information"],
    ["purchase", "Purchase"],
    ["usage", "Usage & Service"],
    ["loyalty", "Loyalty & Referral"],
    ["marketing", "Marketing"],
    ["sales", "Vertrieb"],
    ["service", "Service"],
    ["logistics", "Logistik"],
    ["billing", "Buchhaltung"],
    ["product", "Produkt"],
    ["management", "Geschäftsführung"],
    ["marketing", "Marketing"],
    ["sales", "Sales"],
    ["service", "Service"],
    ["logistics", "Logistics"],
    ["billing", "Billing"],
    ["product", "Product"],
    ["management", "Management"],
]
CONTACT = ["direct", "indirect"]
CHANNEL = ["online", "offline", "both"]
DECISION = ["keep", "optimise", "new", "retire"]
STATUS = ["idea", "planned", "in_progress", "done", "dropped"]


def at(record, i, default):
    """Element i of a positional record; a missing trailing element is its default."""
    return record[i] if i < len(record) else default


def rating(code):
    """0 is not rated, 1..5 are -2..+2."""
    if code == 0:
        return None
    if not 1 <= code <= 5:
        raise ValueError(f"rating code {code}")
    return code - 3


def unpack(fragment):
    if len(fragment.encode()) > MAX_FRAGMENT:
        raise ValueError("fragment too long")
    fragment = fragment.strip().split("#", 1)[-1].strip()
    if not fragment.startswith(PREFIX):
        raise ValueError("not a kp1 link")
    payload = fragment[len(PREFIX):]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    inflater = zlib.decompressobj(-15)  # raw DEFLATE, no zlib header
    data = inflater.decompress(raw, MAX_INFLATED)
    if inflater.unconsumed_tail:
        raise ValueError("inflates to more than 4 MiB")
    if not inflater.eof:
        raise ValueError("truncated DEFLATE stream")
    if inflater.unused_data:
        raise ValueError("bytes after the end of the DEFLATE stream")
    return json.loads(data.decode("utf-8"))


def category(c):
    if isinstance(c, int):
        key, name = DEFAULT_CATEGORIES[c]
    else:
        key, name = at(c, 0, ""), at(c, 1, "")
    return {"key": key, "name": name}


def ids_from_deltas(deltas):
    """id[i] = id[i-1] + 1 + delta[i], with id[-1] = 0."""
    ids, id_ = [], 0
    for delta in deltas:
        id_ = id_ + 1 + delta
        ids.append(id_)
    return ids


def padded(values, length, default):
    return values + [default] * (length - len(values))


def snapshot(s):
    """[id, date, label, names, id_deltas, importance, ist, soll]; columns as in touchpoints."""
    names = at(s, 3, [])
    ids = ids_from_deltas(padded(at(s, 4, []), len(names), 0))
    rows = zip(names, ids, padded(at(s, 5, []), len(names), 3),
               padded(at(s, 6, []), len(names), 0), padded(at(s, 7, []), len(names), 0))
    return {
        "id": at(s, 0, 0),
        "date": at(s, 1, ""),
        "label": at(s, 2, ""),
        "ratings": [
            {"touchpoint": id_, "name": name, "importance": imp,
             "ist": rating(ist), "soll": rating(soll)}
            for name, id_, imp, ist, soll in rows
        ],
    }


def figures(values):
    """Five funnel figures; null is not known."""
    return padded(values, 5, None)


def funnel(f):
    competitor = at(f, 1, None)
    return {
        "ours": figures(at(f, 0, [])),
        "competitor": None if competitor is None else {
            "name": at(competitor, 0, ""),
            "figures": figures(at(competitor, 1, [])),
        },
    }


def decode(fragment):
    top = unpack(fragment)
    stages = [category(c) for c in at(top, 1, [])]
    owners = [category(c) for c in at(top, 2, [])]
    cols = at(top, 3, [])
    strings = at(top, 4, [])
    names = at(cols, 0, [])

    def column(i, default):
        values = at(cols, i, [])
        return values + [default] * (len(names) - len(values))

    def owner(code):
        return owners[code - 1]["key"] if code else None

    ids = ids_from_deltas(column(1, 0))
    touchpoints = []
    rows = zip(
        names, ids, column(2, 0), column(3, 0), column(4, 0), column(5, 0), column(6, 3),
        column(7, 0), column(8, 0), column(9, 0), column(10, 0), column(11, []),
        column(12, []), column(13, []), column(14, ""),
    )
    for name, id_, st, ow, co, ch, imp, ist, soll, fl, dec, dis, ok, de, desc in rows:
        touchpoints.append({
            "id": id_,
            "name": name,
            "description": desc,
            "stage": stages[st]["key"],
            "contact": CONTACT[co],
            "channel": CHANNEL[ch],
            "owner": owner(ow),
            "importance": imp,
            "ist": rating(ist),
            "soll": rating(soll),
            "factors": {
                "disappointment": [strings[i] for i in dis],
                "okay": [strings[i] for i in ok],
                "delight": [strings[i] for i in de],
            },
            "flags": {"entry": bool(fl & 1), "exit": bool(fl & 2), "moment_of_truth": bool(fl & 4)},
            "decision": DECISION[dec],
        })
    meta = at(top, 5, [])
    measures = []
    for m in at(top, 6, []):
        measures.append({
            "id": at(m, 0, 0),
            "title": at(m, 1, ""),
            "description": at(m, 2, ""),
            "touchpoints": at(m, 3, []),
            "owner": owner(at(m, 4, 0)),
            "due": at(m, 5, "") or None,
            "effort": at(m, 6, 3),
            "status": STATUS[at(m, 7, 0)],
            "expected": {
                "best": rating(at(m, 8, 0)),
                "realistic": rating(at(m, 9, 0)),
                "worst": rating(at(m, 10, 0)),
            },
        })
    kpis = at(top, 7, [])
    loyalty = at(kpis, 2, []) + [0] * 6
    cycle = at(top, 9, [])
    return {
        "version": 1,
        "meta": {
            "title": at(meta, 0, ""),
            "company": at(meta, 1, ""),
            "created": at(meta, 2, 0),
            "updated": at(meta, 3, 0),
        },
        "stages": stages,
        "owners": owners,
        "touchpoints": touchpoints,
        "measures": measures,
        "kpis": {
            "nps": [
                {"period": at(p, 0, ""), "promoters": at(p, 1, 0),
                 "passives": at(p, 2, 0), "detractors": at(p, 3, 0)}
                for p in at(kpis, 0, [])
            ],
            "referrals": [
                {"period": at(p, 0, ""), "referred": at(p, 1, 0), "new_customers": at(p, 2, 0)}
                for p in at(kpis, 1, [])
            ],
            "loyalty": dict(zip(
                ["saboteurs", "disloyal", "lost", "conditionally_loyal", "fully_loyal", "fans"],
                loyalty,
            )),
            "funnel": funnel(at(top, 10, [])),
        },
        "snapshots": [snapshot(x) for x in at(top, 8, [])],
        "cycle": {
            "current_step": at(cycle, 0, 1),
            "notes": padded(at(cycle, 1, []), 8, ""),
        },
        "next_id": at(top, 0, 0),
    }


def make():
    """A small model written by hand from the document: 2 stages, 3 touchpoints."""
    model = [
        13,                                      # next_id
        [5, ["after", "After the sale"]],        # stages: default 5 (awareness), one custom
        [17, ["owner-2", "Kundendienst"]],       # owners: default 17 (marketing), one custom
        [                                        # touchpoints, by column
            ["Flyer", "Hotline", "Thank-you mail"],  # names
            [0, 3],                              # ids 1, 5, 6 (deltas 0, 3, 0)
            [0, 1, 1],                           # stage indexes
            [1, 2],                              # owners: marketing, owner-2, none
            [0, 1],                              # contact: direct, indirect, direct
            [1, 0, 2],                           # channel: offline, online, both
            [2, 5],                              # importance 2, 5, 3 (default)
            [2, 1, 5],                           # ist -1, -2, +2
            [4, 5],                              # soll +1, +2, not rated
            [1, 4],                              # flags: entry; moment of truth; none
            [0, 1],                              # decision: keep, optimise, keep
            [[], [0]],                           # disappointment factors
            [],                                  # okay factors
            [[], [1], [1]],                      # delight factors
            ["", "24/7, auch am Wochenende"],     # descriptions
        ],
        ["lange Warteschleife", "persönlicher Rückruf"],  # strings
        ["Handgemacht", "Beispiel AG", 1700000000000],    # meta (updated defaults to 0)
        [[9, "Rückruf-Service", "", [5], 2, "2025-01-31", 2, 1, 5, 4, 3]],  # measures
        [[["2024-Q4", 40, 30, 10]], [], [1, 2, 3, 4, 5, 6]],               # kpis
        [                                                                 # snapshots
            [11, "2024-11-05", "Workshop 1",
             ["Flyer", "Hotline", "Old kiosk"],    # names: touchpoint 3 is gone since
             [0, 3, -3],                           # ids 1, 5, 3
             [2, 4],                               # importance 2, 4, 3 (default)
             [1, 1, 3],                            # ist -2, -2, 0
             [4]],                                 # soll +1, not rated, not rated
            [12, "2025-02-01"],                    # no label, no ratings
        ],
        [3, ["erledigt", "", "läuft"]],           # cycle: step 3, notes of steps 1 and 3
        [[1000, 400, None, 90], ["Rival", [None, 500]]],  # funnel: ours, competitor
    ]
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw DEFLATE
    raw = deflater.compress(text) + deflater.flush()
    return PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def main(argv):
    if len(argv) == 3 and argv[1] == "decode":
        print(json.dumps(decode(argv[2]), ensure_ascii=False, indent=2))
    elif len(argv) == 2 and argv[1] == "make":
        print(make())
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
