// What each command module exports: a function adding its verb (options, help, action) to the program.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;
