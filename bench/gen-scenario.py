#!/usr/bin/env python3
"""bench/gen-scenario.py -- a large scenario for the scale benchmarks (docs/performance.md).

    bench/gen-scenario.py [--users 10000] [--resources 1000] [--out /tmp/authlab-large.json]

The default scenario (resources/scenarios/default.json) plus generated users, groups and
resources up to the given totals, so that every request of the default scenario's benchmarks
(alice on /admin, bob on /digest/staff, the /app/ login...) means the same in both. Generated
users are user00001... (password "pw-<name>", one Bearer token each, 1-3 of 20 extra groups);
generated resources are /r/0001... (Basic, one group each; every tenth is a prefix match,
every fiftieth hidden), listed after the default ones so that a lookup that scans would pay
for them on every request.
"""
import argparse
import json
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=10_000)
    ap.add_argument("--resources", type=int, default=1_000)
    ap.add_argument("--groups", type=int, default=20)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out", default="/tmp/authlab-large.json")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    s = json.loads((ROOT / "resources/scenarios/default.json").read_text(encoding="utf-8"))
    s["name"] = f"Generated: {a.users} users, {a.resources} resources"
    s["description"] = "bench/gen-scenario.py: the default scenario plus generated users and resources."
    extra = [f"team{g:02d}" for g in range(1, a.groups + 1)]
    s["groups"] += [{"name": g, "description": f"Generated group {g}"} for g in extra]
    for i in range(1, a.users - len(s["users"]) + 1):
        name = f"user{i:05d}"
        s["users"].append({
            "name": name,
            "password": f"pw-{name}",
            "groups": sorted(rnd.sample(extra, rnd.randint(1, 3))),
            "tokens": [{"token": f"tok-{name}", "scopes": ["read"]}],
        })
    for i in range(1, a.resources - len(s["resources"]) + 1):
        r = {"path": f"/r/{i:04d}", "title": f"Resource {i}", "auth": ["basic"], "groups": [rnd.choice(extra)],
             "description": "Generated."}
        if i % 10 == 0:
            r["path"] += "/"
            r["match"] = "prefix"
        if i % 50 == 0:
            r["hidden"] = True
        s["resources"].append(r)
    out = pathlib.Path(a.out)
    out.write_text(json.dumps(s, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(s['users'])} users, {len(s['groups'])} groups, {len(s['resources'])} resources, "
          f"{out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
