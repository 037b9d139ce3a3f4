#!/usr/bin/env python3
"""Independent check of the figures asserted in TagLoadingTests (PyYAML + hashlib, no ChainTrace code).

Usage: python3 verify_tag_figures.py [/path/to/shared/data]
"""
import collections, glob, hashlib, json, os, re, sys
import yaml

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../../shared/data')
labels = os.path.join(root, 'labels')
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

def b58version(s):
    if any(c not in B58 for c in s): return None
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    raw = b'\0' * (len(s) - len(s.lstrip('1'))) + raw
    if len(raw) != 25: return None
    if hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] != raw[21:]: return None
    return raw[0]

def polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in values:
        top = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5): chk ^= gen[i] if (top >> i) & 1 else 0
    return chk

def segwit_ok(s, hrp):
    if s.lower() != s and s.upper() != s: return False
    s = s.lower()
    if not s.startswith(hrp + '1') or len(s) > 90: return False
    data = s[len(hrp) + 1:]
    if len(data) < 7 or any(c not in CH for c in data): return False
    d = [CH.index(c) for c in data]
    const = polymod([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + d)
    ver = d[0]
    if const != (1 if ver == 0 else 0x2bc830a3): return False
    prog = d[1:-6]; acc = 0; bits = 0; out = []
    for v in prog:
        acc = (acc << 5) | v; bits += 5
        while bits >= 8: bits -= 8; out.append((acc >> bits) & 0xff)
    if bits > 4 or (acc & ((1 << bits) - 1)): return False
    return 2 <= len(out) <= 40 and ver <= 16 and (ver != 0 or len(out) in (20, 32))

EVM = {'ETH','ETC','BSC','BEP20','ARB','MATIC','POLYGON','FTM','OP','BASE','AVAXC','RBTC','SGB','KCS','CLO','VET'}
HEX40 = re.compile(r'^0[xX][0-9a-fA-F]{40}$')

def check(network, raw):
    """(normalised or None, trimmed?)"""
    a = raw.strip()
    if not a or re.search(r'\s', a): return None, False
    trimmed = a != raw
    if network == 'BTC' or network == 'LTC':
        hrp = 'bc' if network == 'BTC' else 'ltc'
        if a.lower().startswith(hrp + '1'):
            return (a.lower() if segwit_ok(a, hrp) else None), trimmed
        ok = b58version(a) in ((0, 5) if network == 'BTC' else (0x30, 0x32, 5))
        return (a if ok else None), trimmed
    if network == 'TRX':
        return (a if b58version(a) == 0x41 else None), trimmed
    if network in EVM and not HEX40.match(a): return None, trimmed
    return (a.lower() if HEX40.match(a) else a), trimmed

# ---- TagPacks: entries with their line (compose keeps marks)
entries = 0; per_file = {}; loaded = []; malformed = []; dups = []; trimmed_list = []
for path in sorted(glob.glob(os.path.join(labels, 'tagpacks/packs/**/*.yaml'), recursive=True)):
    name = os.path.relpath(path, os.path.join(labels, 'tagpacks/packs'))
    node = yaml.compose(open(path), Loader=yaml.CSafeLoader)
    header = {k.value: v for k, v in node.value if k.value != 'tags'}
    tags = next(v for k, v in node.value if k.value == 'tags')
    per_file[name] = len(tags.value); entries += len(tags.value)
    seen = set()
    for t in tags.value:
        f = {k.value: v for k, v in t.value}
        m = {**header, **f}
        line = t.start_mark.line + 1
        net = (m.get('network') or m.get('currency')).value.strip()
        addr, tr = check(net, m['address'].value)
        if addr is None: malformed.append((name, m['address'].start_mark.line + 1)); continue
        if tr: trimmed_list.append((name, line))
        key = (net, addr, m['label'].value.strip())
        if key in seen: dups.append((name, line)); continue
        seen.add(key)
        loaded.append((addr, net, m.get('category').value if m.get('category') else None, name, line))
print('tagpack entries', entries, 'ransomware.yaml', per_file['ransomware.yaml'], 'ransomwhere.yaml', per_file['ransomwhere.yaml'])
print('malformed', len(malformed), malformed)
print('duplicates', len(dups), dups)
print('trimmed', trimmed_list)
print('loaded', len(loaded))
for w in ['12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw', '115p7UMMngoj1pMvkpHijcRdfJNXj6LrLn', '13AM4VW2dhxYgXeQepoHkHSQuy6NgaEb94']:
    print('wannacry', w, [(n, l) for a, _, _, n, l in loaded if a == w])

# ---- OFAC
ofac = {}
for path in sorted(glob.glob(os.path.join(labels, 'ofac/sanctioned_addresses_*.txt'))):
    cur = re.search(r'_([A-Z0-9]+)\.txt$', path).group(1)
    net = 'BTC' if cur == 'XBT' else cur
    lines = open(path).read().split('\n')
    good = []; bad = []
    for i, l in enumerate(lines, 1):
        if not l.strip(): continue
        a, _ = check(net, l)
        (good if a else bad).append((i, l))
    ofac[cur] = (len(good) + len(bad), len(set(check(net, l)[0] for _, l in good)), bad)
print('ofac', {k: v[:2] for k, v in ofac.items()}, 'bad', {k: v[2] for k, v in ofac.items() if v[2]})
j = json.load(open(os.path.join(labels, 'ofac/sanctioned_addresses_XBT.json')))
print('ofac XBT json TRON index', [i for i, a in enumerate(j) if a.startswith('T')], '(json line = index + 2)')

# ---- darklist (line of each "address" value)
text = open(os.path.join(labels, 'mew-darklist/addresses-darklist.json')).read()
address_lines = [text.count('\n', 0, m.start()) + 1 for m in re.finditer(r'"address"\s*:', text)]
d = json.load(open(os.path.join(labels, 'mew-darklist/addresses-darklist.json')))
bad = []; trim = []; dup = []; first = {}; us_dates = collections.Counter()
for e, line in zip(d, address_lines):
    a, tr = check('ETH', e['address'])
    if a is None: bad.append(line); continue
    if tr: trim.append(line)
    if a in first: dup.append(line); continue
    first[a] = line
    if re.fullmatch(r'\d+/\d+/\d+', e['date']): us_dates[e['date']] += 1
print('darklist entries', len(d), 'malformed', bad, 'trimmed', trim, 'duplicates', len(dup), 'loaded', len(first), 'US dates (kept entries)', dict(us_dates))

# ---- conflicts over packs + OFAC + darklist: distinct categories per address, minus taxonomy parents
broader = {'exchange': 'service', 'mixing_service': 'service', 'wallet_service': 'service', 'market': 'service',
           'gambling': 'service', 'mining_service': 'service', 'defi': 'service', 'defi_dex': 'defi',
           'defi_lending': 'defi', 'defi_bridge': 'defi'}
def within(c, b):
    while c:
        if c == b: return True
        c = broader.get(c)
    return False
cats = collections.defaultdict(set)
for a, net, cat, _, _ in loaded:
    if cat: cats[a].add(cat.strip().lower())
conf = collections.Counter()
for a, cs in cats.items():
    rest = [c for c in cs if not any(o != c and within(o, c) for o in cs)]
    if len(rest) > 1: conf['/'.join(sorted(rest))] += 1
print('conflicts', sum(conf.values()), dict(conf))

# ---- distinct addresses over all three sources (as loaded)
addresses = {a for a, _, _, _, _ in loaded}
for path in sorted(glob.glob(os.path.join(labels, 'ofac/sanctioned_addresses_*.txt'))):
    cur = re.search(r'_([A-Z0-9]+)\.txt$', path).group(1)
    for l in open(path).read().split('\n'):
        if l.strip():
            a, _ = check('BTC' if cur == 'XBT' else cur, l)
            if a: addresses.add(a)
addresses |= set(first)
print('distinct addresses', len(addresses), 'tags', len(loaded) + sum(v[1] for v in ofac.values()) + len(first))
