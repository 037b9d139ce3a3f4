#!/usr/bin/env python3
"""Independent reference: parse the same real blocks with python3-bitcoinlib and report MB/s.

Usage: /usr/bin/python3 bench/reference/bitcoinlib_parse.py [SHARED_DATA_DIR] [--seconds N]

Parses each segwit-era block of ../shared/data/bitcoin/blocks (deserialise the block, compute every txid, every
output's address where bitcoinlib can), repeatedly for about N seconds, and prints one line per block and a total
line `TOTAL <MB/s>`, which bench/run-parse-comparison.sh compares with ChainTrace's parser.
"""
import os
import sys
import time

import bitcoin
from bitcoin.core import CBlock, b2lx
from bitcoin.wallet import CBitcoinAddress, CBitcoinAddressError

BLOCKS = [
    "block-0000000000000000001602407ac49862a7bca9d00f7f402db20b7be2f5de59d2.blk",
    "block-00000000000000000021868c2cefc52a480d173c849412fe81c4e5ab806f94ab.blk",
    "mainnet_block_000000000000000000000c835b2adcaedc20fdf6ee440009c249452c726dafae.raw",
]


def load(path):
    with open(path, "rb") as f:
        return f.read()


def parse(raw):
    block = CBlock.deserialize(raw)
    txids = 0
    addresses = 0
    for tx in block.vtx:
        b2lx(tx.GetTxid())
        txids += 1
        for out in tx.vout:
            try:
                str(CBitcoinAddress.from_scriptPubKey(out.scriptPubKey))
                addresses += 1
            except (CBitcoinAddressError, ValueError):
                pass
    return txids, addresses


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seconds = 10.0
    if "--seconds" in sys.argv:
        seconds = float(sys.argv[sys.argv.index("--seconds") + 1])
    here = os.path.dirname(os.path.abspath(__file__))
    data = args[0] if args else os.path.join(here, "..", "..", "..", "shared", "data")
    bitcoin.SelectParams("mainnet")
    total_bytes = 0
    total_time = 0.0
    for name in BLOCKS:
        raw = load(os.path.join(data, "bitcoin", "blocks", name))
        budget = seconds / len(BLOCKS)
        runs = 0
        start = time.perf_counter()
        while True:
            parse(raw)
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= budget:
                break
        mbps = runs * len(raw) / elapsed / 1e6
        print(f"{name[:40]:40s} {len(raw):>9d} bytes  {runs:>4d} runs  {mbps:8.2f} MB/s")
        total_bytes += runs * len(raw)
        total_time += elapsed
    print(f"TOTAL {total_bytes / total_time / 1e6:.2f}")


if __name__ == "__main__":
    main()
