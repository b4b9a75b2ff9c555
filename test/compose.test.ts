// docker-compose.yml is valid Compose (checked with the docker-compose CLI; no engine needed).
import { spawnSync } from 'node:child_process';

const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const maybe = hasCompose ? test : test.skip;
if (!hasCompose)
  console.warn('compose.test: docker-compose not installed (scripts/install-system-deps.sh installs it); skipping');

describe('docker-compose.yml', () => {
  maybe('passes `docker-compose config -q`', () => {
    const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });
});
