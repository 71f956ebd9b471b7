// `pnpm test:api -- <file>`: pnpm hands the `--` on to the command, and Vitest takes what
// follows a `--` for no filter at all, so the whole suite would run. This drops that `--` and
// runs the rest (docs/testing.md).
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const dashes = args.indexOf('--');
if (dashes !== -1) args.splice(dashes, 1);
const [command = '', ...rest] = args;
const child = spawn(command, rest, { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`${command}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
