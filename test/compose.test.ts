// docker-compose.yml is valid Compose (checked with the docker-compose CLI; no engine needed), publishes
// only on 127.0.0.1, hands the viewer KG_TOKEN, and keeps Neo4j's LOAD CSV away from files and URLs.
import { spawnSync } from 'node:child_process';

const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const maybe = hasCompose ? test : test.skip;
if (!hasCompose)
  console.warn('compose.test: docker-compose not installed (scripts/install-system-deps.sh installs it); skipping');

const config = (env: Record<string, string | undefined>) => {
  const merged = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { encoding: 'utf8', env: merged });
};

describe('docker-compose.yml', () => {
  maybe('passes `docker-compose config -q` with KG_TOKEN set', () => {
    const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      encoding: 'utf8',
      env: { ...process.env, KG_TOKEN: 'compose-test-token-0123' },
    });
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  maybe('publishes every port on 127.0.0.1 only', () => {
    const r = config({ KG_TOKEN: 'compose-test-token-0123' });
    const published = [...r.stdout.matchAll(/^\s*- (\S+:\d+\/tcp)$/gm)].map((m) => m[1]).sort();
    expect(published).toEqual(['127.0.0.1:5173:5173/tcp', '127.0.0.1:7474:7474/tcp', '127.0.0.1:7687:7687/tcp']);
  });

  maybe('hands KG_TOKEN to the viewer, which listens on every interface in its container', () => {
    // Without KG_TOKEN the value is empty and `kg serve --host 0.0.0.0` refuses to start (kg-serve-cli.test).
    expect(config({ KG_TOKEN: undefined }).stdout).toMatch(/KG_TOKEN: ''/);
    const r = config({ KG_TOKEN: 'compose-test-token-0123' });
    expect(r.stdout).toContain('KG_TOKEN: compose-test-token-0123');
    expect(r.stdout).toContain('serve --host 0.0.0.0 --port 5173');
  });

  maybe("configures Neo4j's LOAD CSV: no file URLs, a confined import directory, no URL fetches", () => {
    const r = config({ KG_TOKEN: 'compose-test-token-0123' });
    expect(r.stdout).toContain('NEO4J_dbms_security_allow__csv__import__from__file__urls: "false"');
    expect(r.stdout).toContain('NEO4J_server_directories_import: /var/lib/neo4j/import');
    expect(r.stdout).toContain('NEO4J_internal_dbms_cypher__ip__blocklist: 0.0.0.0/0,::/0');
  });
});
