// Compiles the test contracts with the pinned solc-js (tools/anvil/node_modules/solc) and prints, or checks, the
// committed build output contracts/build/contracts.json (bytecode and method identifiers per contract).
//   node contracts/compile.mjs            write contracts/build/contracts.json
//   node contracts/compile.mjs --check    exit 1 when the committed file differs from a fresh compile
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJson, compileFolder, writeOrCheck } from './solc-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
writeOrCheck([[join(here, 'build', 'contracts.json'), buildJson(compileFolder(here))]], 'contracts/build/contracts.json matches the sources');
