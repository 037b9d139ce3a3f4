// Compiles the test contracts with the pinned solc-js (tools/anvil/node_modules/solc) and prints, or checks, the
// committed build output contracts/build/contracts.json (bytecode and method identifiers per contract).
//   node contracts/compile.mjs            write contracts/build/contracts.json
//   node contracts/compile.mjs --check    exit 1 when the committed file differs from a fresh compile
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'tools', 'anvil', 'package.json'));
const solc = require('solc');

const sources = {};
for (const file of readdirSync(here).filter(f => f.endsWith('.sol')).sort()) {
  sources[file] = { content: readFileSync(join(here, file), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['evm.bytecode.object', 'evm.methodIdentifiers'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors ?? []).filter(e => e.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(2);
}

const contracts = {};
for (const file of Object.keys(output.contracts).sort()) {
  for (const name of Object.keys(output.contracts[file]).sort()) {
    const evm = output.contracts[file][name].evm;
    contracts[name] = { bytecode: '0x' + evm.bytecode.object, methods: evm.methodIdentifiers };
  }
}

const text = JSON.stringify({ compiler: solc.version(), contracts }, null, 2) + '\n';
const target = join(here, 'build', 'contracts.json');
if (process.argv.includes('--check')) {
  let committed = '';
  try { committed = readFileSync(target, 'utf8'); } catch { committed = ''; }
  if (committed !== text) {
    console.error('contracts/build/contracts.json does not match a fresh compile of contracts/*.sol');
    process.exit(1);
  }
  console.log('contracts/build/contracts.json matches the sources');
} else {
  mkdirSync(join(here, 'build'), { recursive: true });
  writeFileSync(target, text);
  console.log('wrote ' + target);
}
