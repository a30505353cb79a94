/**
 * `npm test`: build the data (`npm run data --quiet`: stages whose inputs changed), then every test.
 * The unit tests and the browser tests' site (test/e2e/site-build.ts) need no built data, so they
 * are done while the data is built (on a clean clone the build takes over a minute, mostly one
 * core); the data and browser tests follow once it is in. The unit run's report is printed after the build's lines,
 * not interleaved with them. With arguments (`npm test -- test/e2e/map.test.ts`), the data is built
 * and then `vitest run <arguments>` runs alone, as before.
 * Exit code: 1 if the build or any test run failed (all runs that can run still do), else 0.
 */
import { spawn } from 'node:child_process';
import { isMain } from './cli.ts';

/** A child process' exit code, with its output collected (`buffer`) or passed through. */
function run(command: string, args: string[], buffer: boolean, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env, ...(buffer ? { FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } : {}) } });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }));
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export async function main(args: string[]): Promise<number> {
  const data = () => run(npx, ['tsx', 'scripts/data.ts', '--quiet'], false);
  if (args.length) {
    const built = await data();
    if (built.code !== 0) return built.code;
    return (await run(npx, ['vitest', 'run', ...args], false)).code;
  }
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  console.log('== data build, and meanwhile the unit tests and the browser tests\' site (their reports follow the build)');
  // The unit tests and the site need no data: they take the core the data build leaves free.
  const beside = async () => {
    const unit = await run(npx, ['vitest', 'run', '--project', 'unit'], true);
    const site = await run(npx, ['tsx', 'test/e2e/site-build.ts'], true);
    return { unit, site };
  };
  const [built, { unit, site }] = await Promise.all([data(), beside()]);
  process.stdout.write(unit.output);
  if (site.code !== 0) process.stdout.write(`The browser tests' site did not build here; their setup builds it again:\n${site.output}`);
  if (built.code !== 0) {
    console.error('The data build failed (above): the data and browser tests need it and did not run.');
    return 1;
  }
  console.log(`== data and browser tests (${took()} since npm test started)`);
  const rest = await run(npx, ['vitest', 'run', '--project', 'data', '--project', 'e2e'], false, site.code === 0 ? { LOKUS_E2E_SITE_BUILT: '1' } : {});
  if (unit.code !== 0) console.error('The unit tests failed (their report is above the data and browser tests).');
  console.log(`== npm test took ${took()}`);
  return unit.code !== 0 || rest.code !== 0 ? 1 : 0;
}

if (isMain(import.meta.url)) main(process.argv.slice(2)).then((code) => process.exit(code));
