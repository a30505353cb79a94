/**
 * `npm run bench`: sizes and timings, printed as `label: value` lines. Budgets live here, not in
 * unit tests; a figure over budget is marked OVER (and the exit code is 1).
 * Flags: `--no-pipeline` skips the full pipeline rebuild (about 2 minutes), `--no-browser`
 * skips the Chromium measurements. Every printed line is also written to docs/bench-results.md with
 * the date and the machine's load, so figures in the docs come from a run, never typed by hand.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchImport } from './bench/import.ts';
import { benchIndicators } from './bench/indicators.ts';
import { benchMap } from './bench/map.ts';
import { benchPrograms } from './bench/programs.ts';
import { benchSearch } from './bench/search.ts';
import { outDir, root } from './data.ts';

const args = new Set(process.argv.slice(2));
let over = 0;
const lines: string[] = [];
const print = (label: string, value: string) => {
  lines.push(`| ${label.replaceAll('|', '\\|')} | ${value.replaceAll('|', '\\|')} |`);
  console.log(`${label.padEnd(64)} ${value}`);
};
const load = () => loadavg().map((n) => n.toFixed(1)).join(' / ');
const started = { at: new Date().toISOString(), load: load() };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const budget = (label: string, value: number, max: number, fmt: (n: number) => string) => {
  const ok = value <= max;
  if (!ok) over++;
  print(label, `${fmt(value)} (budget ${fmt(max)}${ok ? '' : ' — OVER'})`);
};

function chunkStats(dir: string, label: string) {
  const files = readdirSync(join(outDir, dir)).map((f) => join(outDir, dir, f));
  const sized = files.map((f) => ({ f, raw: statSync(f).size, gz: gz(f) })).sort((a, b) => a.gz - b.gz);
  const med = sized[Math.floor(sized.length / 2)], big = sized[sized.length - 1];
  print(`${label}: ${files.length} chunks, median`, `${kb(med.raw)} raw / ${kb(med.gz)} gzip`);
  budget(`${label}: largest (${big.f.split('/').pop()}) gzip`, big.gz, label.startsWith('desa') ? 600 * 1024 : 400 * 1024, kb);
}

/** The browser the map figures are measured in (its software WebGL changes with its version). */
const browserVersion = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.match(/Chromium [\d.]+/)?.[0] ?? 'Chromium (version unknown)';
console.log('== Lokus bench', started.at, `(node ${process.version}, ${browserVersion}, ${cpus().length} cores, load average ${started.load})`);
if (!args.has('--no-pipeline')) {
  const t = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/data.ts'), '--force', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pipeline failed:\n${r.stderr}`);
  const stage = (name: string) => r.stdout.match(new RegExp(`▸ ${name}: done in ([\\d.]+) s`))?.[1] ?? '?';
  budget('pipeline: full rebuild wall time (2-core machine)', (Date.now() - t) / 1000, 300, (n) => `${n.toFixed(1)} s`);
  print('pipeline: stages', `boundaries ${stage('boundaries')} s, indicators ${stage('indicators')} s, programs ${stage('programs')} s, search ${stage('search')} s`);
  print('pipeline: peak memory', r.stdout.match(/peak memory (\d+) MB/)?.[1] + ' MB');
}
const national = join(outDir, 'boundaries/national.topo.json');
budget('boundaries: national provinsi+kabupaten TopoJSON gzip', gz(national), 200 * 1024, kb);
print('boundaries: national raw', kb(statSync(national).size));
chunkStats('boundaries/kecamatan', 'kecamatan');
chunkStats('boundaries/desa', 'desa');
for (const level of ['provinsi', 'kabupaten', 'kecamatan', 'desa']) print(`regions/${level}.json`, `${kb(statSync(join(outDir, `regions/${level}.json`)).size)} raw / ${kb(gz(join(outDir, `regions/${level}.json`)))} gzip`);
print('regions.csv (open data)', kb(statSync(join(outDir, 'regions.csv')).size));
print('basemap/countries.topo.json gzip', kb(gz(join(outDir, 'basemap/countries.topo.json'))));
await benchIndicators(print);
await benchPrograms(print, budget);
await benchSearch(print, budget);
if (!args.has('--no-browser')) {
  await benchMap(print, budget);
  await benchImport(print, budget);
}
const verdict = over ? `${over} figure(s) over budget` : 'all figures within budget';
console.log(`== ${verdict}`);
const flags = [...args].join(' ') || 'none';
writeFileSync(
  join(root, 'docs/bench-results.md'),
  `# Bench results\n\nWritten by \`npm run bench\` (flags: ${flags}); do not edit by hand. Started ${started.at} on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, ${browserVersion}; load average (1 / 5 / 15 min) ${started.load} at the start, ${load()} at the end. What each figure means and its budget: [bench.md](bench.md).\n\n**${verdict}**\n\n| figure | value |\n| --- | --- |\n${lines.join('\n')}\n`,
);
process.exit(over ? 1 : 0);
