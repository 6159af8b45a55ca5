#!/usr/bin/env python3
"""Writes N realistic payment events (design.md's JSON Lines) to stdout or a file.

Deterministic for a given --seed. A small share of the lines repeat an earlier id, and
--bad-every K makes every K-th line a bad one (of rotating kinds), for ingest benchmarks.
"""
import argparse
import datetime
import json
import random
import sys

METHODS = [("card", 0.62), ("upi", 0.25), ("netbanking", 0.08), ("wallet", 0.05)]
ISSUERS = ["HDFC", "ICICI", "SBI", "AXIS", "KOTAK", "YES", "PNB", "BOB", "IDFC", "INDUS"]
NETWORKS = ["visa", "mastercard", "rupay", "amex"]
CARD_TYPES = ["credit", "debit", "prepaid"]
GATEWAYS = ["gw_a", "gw_b", "gw_c"]
CURRENCIES = [("INR", 0.9), ("USD", 0.06), ("EUR", 0.04)]
ERRORS = [("BANK_DECLINED", "bank"), ("ISSUER_TIMEOUT", "bank"), ("GATEWAY_ERROR", "gateway"),
          ("INTERNAL", "internal"), ("INSUFFICIENT_FUNDS", "customer"),
          ("CARD_EXPIRED", "customer"), ("MERCHANT_BLOCKED", "merchant")]
BAD_LINES = [
    '{"id":"evt_bad", "status":',
    '{"id":"evt_badstatus_%d","payment_id":"pay_x","merchant_id":"m_1","status":"lost",'
    '"method":"card","amount":100,"currency":"INR","occurred_at":"2026-11-24T16:00:00Z"}',
    '{"id":"evt_badamount_%d","payment_id":"pay_x","merchant_id":"m_1","status":"created",'
    '"method":"card","amount":-5,"currency":"INR","occurred_at":"2026-11-24T16:00:00Z"}',
    '{"id":"evt_badtime_%d","payment_id":"pay_x","merchant_id":"m_1","status":"created",'
    '"method":"card","amount":5,"currency":"INR","occurred_at":"yesterday"}',
]


def weighted(rng, pairs):
    x = rng.random()
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def event(rng, n, at):
    method = weighted(rng, METHODS)
    status = rng.choices(["created", "authorized", "captured", "failed", "refunded"],
                         [20, 30, 35, 12, 3])[0]
    error = rng.choice(ERRORS) if status == "failed" else (None, None)
    card = method == "card"
    return {
        "id": "evt_%012x%08x" % (int(at.timestamp() * 1000), n),
        "payment_id": "pay_%010x" % rng.getrandbits(40),
        "merchant_id": "m_%d" % rng.randint(1000, 1999),
        "status": status,
        "method": method,
        "issuer": rng.choice(ISSUERS),
        "network": rng.choice(NETWORKS) if card else None,
        "card_type": rng.choice(CARD_TYPES) if card else None,
        "gateway": rng.choice(GATEWAYS),
        "amount": rng.choice([100, 4900, 49900, 99900, 250000, rng.randint(100, 5000000)]),
        "currency": weighted(rng, CURRENCIES),
        "error_code": error[0],
        "error_source": error[1],
        "occurred_at": at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--duplicate-every", type=int, default=0, help="0: no duplicates")
    parser.add_argument("--bad-every", type=int, default=0, help="0: no bad lines")
    parser.add_argument("--start", default="2026-11-24T00:00:00+00:00")
    parser.add_argument("--per-second", type=float, default=200.0)
    parser.add_argument("--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime.datetime.fromisoformat(args.start)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    previous = []
    for n in range(args.count):
        if args.bad_every and n % args.bad_every == args.bad_every - 1:
            line = BAD_LINES[(n // args.bad_every) % len(BAD_LINES)]
            out.write((line % n if "%d" in line else line) + "\n")
            continue
        if args.duplicate_every and previous and n % args.duplicate_every == 0:
            out.write(rng.choice(previous) + "\n")
            continue
        at = start + datetime.timedelta(seconds=n / args.per_second)
        line = json.dumps(event(rng, n, at), separators=(",", ":"))
        if len(previous) < 1000:
            previous.append(line)
        else:
            previous[rng.randrange(1000)] = line
        out.write(line + "\n")
    out.close()


if __name__ == "__main__":
    main()
