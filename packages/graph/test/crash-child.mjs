// Child process for the crash-recovery test: imports the results in a JSON file into Neo4j in small
// batches, printing "batch" after each committed one, until the parent kills it.
import { readFileSync } from 'node:fs';
import { openNeo4jStore } from '../dist/index.js';

const [file, batchRows] = process.argv.slice(2);
const results = JSON.parse(readFileSync(file, 'utf8'));
const store = await openNeo4jStore({
  uri: process.env.NEO4J_URI,
  user: process.env.NEO4J_USER,
  password: process.env.NEO4J_PASSWORD,
  batchRows: Number(batchRows),
});
await store.importDocuments(results, { onProgress: (done, total) => process.stdout.write(`batch ${done}/${total}\n`) });
await store.close();
process.stdout.write('done\n');
