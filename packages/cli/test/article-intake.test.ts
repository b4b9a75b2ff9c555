// One article is one document whichever way it arrives: `kg import` of a file and the viewer's upload
// (wired as `kg serve` wires it) go through the extractor's one intake and land on the same document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createViewerServer } from '@kg/viewer';
import { articleExtractor } from '../src/commands/serve.js';
import { openConfiguredStore, resolveStoreConfig } from '../src/store.js';
import { runCli } from './run-cli.js';

const ARTICLE =
  '# Alice in Paris\n\nAlice Johnson met Bob Smith in Paris. Microsoft praised Alice Johnson on Monday.\n';

function multipart(file: { name: string; type: string; body: string }) {
  const boundary = '----kgintake';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
    `Content-Type: ${file.type}\r\n\r\n${file.body}\r\n--${boundary}--\r\n`;
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function documents(env: Record<string, string | undefined>) {
  const store = await openConfiguredStore(resolveStoreConfig({}, env));
  try {
    return (await store.snapshot()).documents;
  } finally {
    await store.close();
  }
}

describe('article intake', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  test.each([
    ['an uploaded file of the same name', () => multipart({ name: 'alice.md', type: 'text/markdown', body: ARTICLE })],
    [
      'pasted text with the same source',
      () => ({
        body: JSON.stringify({ text: ARTICLE, source: 'alice.md' }),
        headers: { 'content-type': 'application/json' },
      }),
    ],
  ])('kg import and %s are one document', async (_how, makeRequest) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-intake-'));
    const env = { KG_DIR: path.join(root, '.kg'), NEO4J_URI: undefined };
    writeFileSync(path.join(root, 'alice.md'), ARTICLE);
    process.chdir(root);
    expect((await runCli(['import', 'alice.md'], env)).code).toBe(0);
    const [imported] = await documents(env);
    expect(imported).toMatchObject({ title: 'Alice in Paris', source: 'alice.md' });

    const store = await openConfiguredStore(resolveStoreConfig({}, env));
    const app = await createViewerServer({ store, extractArticle: articleExtractor() });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/articles`, { method: 'POST', ...makeRequest() });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.document).toMatchObject({ id: imported.id, title: imported.title, source: imported.source });
      expect(body.summary.documents).toBe(1);
    } finally {
      await app.close();
      await store.close();
    }
    expect((await documents(env)).map((d) => d.id)).toEqual([imported.id]);
  });
});
