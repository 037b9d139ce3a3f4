// Shared by contracts/compile.mjs and contracts/scenario/compile.mjs: compiles every .sol file of a folder with the
// pinned solc-js (tools/anvil/node_modules/solc) and fixed settings, and writes or checks committed outputs.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const solc = createRequire(join(root, 'tools', 'anvil', 'package.json'))('solc');

/** The repository root. */
export const repositoryRoot = root;

/** Compiles folder/*.sol; returns { compiler, contracts: { Name: { bytecode, methods } } } or exits 2 on errors. */
export function compileFolder(folder) {
  const sources = {};
  for (const file of readdirSync(folder).filter(f => f.endsWith('.sol')).sort()) {
    sources[file] = { content: readFileSync(join(folder, file), 'utf8') };
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

  return { compiler: solc.version(), contracts };
}

/** The committed JSON form of a build. */
export const buildJson = build => JSON.stringify(build, null, 2) + '\n';

/**
 * Writes [path, text] targets, or with --check on the command line exits 1 when a committed file differs.
 * okMessage is printed when the check passes.
 */
export function writeOrCheck(targets, okMessage) {
  if (process.argv.includes('--check')) {
    let ok = true;
    for (const [target, text] of targets) {
      let committed = '';
      try { committed = readFileSync(target, 'utf8'); } catch { committed = ''; }
      if (committed !== text) {
        console.error(target + ' does not match a fresh compile of its sources');
        ok = false;
      }
    }
    if (!ok) process.exit(1);
    console.log(okMessage);
  } else {
    for (const [target, text] of targets) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log('wrote ' + target);
    }
  }
}
