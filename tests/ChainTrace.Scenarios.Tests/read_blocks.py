#!/usr/bin/env python3
"""Independent reader of a blocks folder for the scenario tests, built on python-bitcoinlib (Debian python3-bitcoinlib).

Usage: read_blocks.py BLOCKS_DIR

Reads blk*.dat in file-number order (de-obfuscating with xor.dat when present), deserializes every block with
bitcoin.core.CBlock, and prints one JSON object per block on stdout:
  {"hash", "header_merkle_root", "merkle_root" (computed by calc_merkle_root), "check" ("ok" or CheckBlock's error),
   "txids": [...]}
Hashes are in display (byte-reversed) hex. Exits non-zero on framing errors.
"""
import json
import os
import re
import sys

import bitcoin
from bitcoin.core import CBlock, b2lx
from bitcoin.core.serialize import SerializationError
from bitcoin.core import CheckBlock, CheckBlockError

MAGIC = bytes.fromhex("fabfb5da")


def main() -> int:
    bitcoin.SelectParams("regtest")
    folder = sys.argv[1]
    key = b"\x00" * 8
    key_path = os.path.join(folder, "xor.dat")
    if os.path.exists(key_path):
        with open(key_path, "rb") as f:
            key = f.read()
    files = sorted(
        (name for name in os.listdir(folder) if re.fullmatch(r"blk\d+\.dat", name)),
        key=lambda name: int(name[3:-4]),
    )
    for name in files:
        with open(os.path.join(folder, name), "rb") as f:
            data = bytearray(f.read())
        if any(key):
            for i in range(len(data)):
                data[i] ^= key[i % 8]
        offset = 0
        while offset < len(data):
            if data[offset:offset + 4] != MAGIC:
                print(f"{name}: bad magic at offset {offset}", file=sys.stderr)
                return 2
            length = int.from_bytes(data[offset + 4:offset + 8], "little")
            raw = bytes(data[offset + 8:offset + 8 + length])
            offset += 8 + length
            try:
                block = CBlock.deserialize(raw)
            except SerializationError as error:
                print(f"{name}: block does not deserialize: {error}", file=sys.stderr)
                return 3
            try:
                CheckBlock(block, cur_time=4_000_000_000)
                check = "ok"
            except CheckBlockError as error:
                check = str(error)
            print(json.dumps({
                "hash": b2lx(block.GetHash()),
                "header_merkle_root": b2lx(block.hashMerkleRoot),
                "merkle_root": b2lx(block.calc_merkle_root()),
                "check": check,
                "txids": [b2lx(tx.GetTxid()) for tx in block.vtx],
            }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
