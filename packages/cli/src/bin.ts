#!/usr/bin/env node
// The `kg` executable: parse argv, run, map errors to one-line messages and exit codes.
import { run } from './program.js';

// A closed pipe (`kg extract … | head`) is a normal end, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
