// Records what the simulators compute today for every golden URL (tests/golden/simulator-urls.ts) into
// tests/golden/simulator-urls.json, which tests/unit/simulators/golden-urls.test.ts replays.
// Run: node scripts/record-golden-urls.mjs   (only to add URLs, or to record a deliberate, documented change)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module: urls } = await runnerImport(`${root}tests/golden/simulator-urls.ts`, { root, logLevel: 'error' });
const { module: golden } = await runnerImport(`${root}tests/golden/replay.ts`, { root, logLevel: 'error' });
const records = urls.GOLDEN_URLS.map(({ kind, query }) => golden.replay(kind, query));
writeFileSync(`${root}tests/golden/simulator-urls.json`, `${JSON.stringify(records, null, 1)}\n`);
console.log(`recorded ${records.length} URLs`);
