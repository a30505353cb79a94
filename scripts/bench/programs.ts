/**
 * Bench for programs: point-in-polygon assignment of 10,000 points in the pipeline, placement by
 * names of Kemnaker's register (data/programs/blk_java_bali_2024.csv), and the
 * browser's recomputation of coverage + convergence + gap table for all desa after a filter
 * change. The points are GENERATED here (seeded, uniformly inside randomly chosen real desa
 * polygons) and never written anywhere; so are the hotspot flags the gap finder needs.
 * Needs public/data from `npm run data`; prints "skipped" without it.
 * Standalone: `npx tsx scripts/bench/programs.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCoverage } from '../../src/lib/programs/coverage/coverage.ts';
import { filterLoci } from '../../src/lib/programs/coverage/filter-loci.ts';
import { findGaps } from '../../src/lib/programs/gaps/find-gaps.ts';
import { prepareGapFlags, type GapHotspot } from '../../src/lib/programs/gaps/gap-flags.ts';
import { desaNeed } from '../../src/lib/programs/gaps/desa-need.ts';
import { valuesFromFile } from '../../src/lib/indicators/values-file.ts';
import { importPrograms } from '../../src/lib/programs/ingest/import-programs.ts';
import { indexLoci } from '../../src/lib/programs/coverage/index-loci.ts';
import { makePointLocator } from '../../src/lib/geo/point-locator.ts';
import { indexNearest, nearestKm } from '../../src/lib/programs/coverage/nearest-locus.ts';
import { clusterPoints, projectPoints } from '../../src/lib/view/cluster-points.ts';
import { pointInFeature, type PolygonIndex } from '../../src/lib/geo/polygon-index.ts';
import { INTERVENTION_TYPES } from '../../src/lib/programs/types.ts';
import { readDesaIndex, readRegionLookup } from '../programs.ts';
import { seededRandom as rng } from '../seeded-random.ts';

const POINTS = 10_000;
const SEED = 20261123;

/** mulberry32: small seeded PRNG, uniform in [0, 1). */
/** `n` points uniformly inside randomly chosen desa polygons (rejection sampling in each bbox). */
function generatePoints(ix: PolygonIndex, n: number, random: () => number): [number, number][] {
  const out: [number, number][] = [];
  while (out.length < n) {
    const f = Math.floor(random() * ix.codes.length);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let p = ix.ringStart[ix.featureRing[f]]; p < ix.ringStart[ix.featureRing[f + 1]]; p++) {
      minX = Math.min(minX, ix.coords[2 * p]); maxX = Math.max(maxX, ix.coords[2 * p]);
      minY = Math.min(minY, ix.coords[2 * p + 1]); maxY = Math.max(maxY, ix.coords[2 * p + 1]);
    }
    for (let tries = 0; tries < 100; tries++) {
      const x = minX + random() * (maxX - minX), y = minY + random() * (maxY - minY);
      if (pointInFeature(ix, f, x, y)) { out.push([x, y]); break; }
    }
  }
  return out;
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (v: number) => `${v.toFixed(1)} ms`;

/** Print program bench figures through `print(label, value)`. */
export async function benchPrograms(print: (label: string, value: string) => void, budget?: (label: string, value: number, max: number, fmt: (n: number) => string) => void): Promise<void> {
  const dataDir = join(dirnameOf(import.meta.url), '../../public/data');
  if (!existsSync(join(dataDir, 'regions/desa.json')) || !existsSync(join(dataDir, 'boundaries/desa'))) {
    print('programs', 'skipped (run npm run data first)');
    return;
  }
  const random = rng(SEED);
  const lookup = await readRegionLookup(dataDir);
  let t = performance.now();
  const desa = await readDesaIndex(dataDir);
  print('programs: desa polygon index (read chunks + Flatbush)', `${fmt(ms(t))} for ${desa.codes.length} desa`);

  const points = generatePoints(desa, POINTS, random);
  const locate = makePointLocator(lookup, [desa]);
  t = performance.now();
  let inside = 0;
  for (const [x, y] of points) if (locate(x, y).found) inside++;
  print(`programs: point-in-polygon, ${POINTS} generated points`, `${fmt(ms(t))} (${inside} assigned)`);

  const csv = ['id,name,program,ministry,intervention_type,lat,lon,year', ...points.map(([x, y], i) =>
    `B${i},bench ${i},bench program ${i % 7},ministry ${i % 5},${INTERVENTION_TYPES[Math.floor(random() * 6)]},${y},${x},${2019 + (i % 7)}`)].join('\n');
  t = performance.now();
  const imported = importPrograms(csv, 'bench.csv', lookup, { locate });
  print(`programs: import (parse + validate + place) of ${POINTS} rows`, `${fmt(ms(t))} (${imported.loci.length} loci, ${imported.issues.length} issues)`);

  // Placement by names: Kemnaker's register (1,897 rows, desa names within kab/kota and kecamatan).
  const registerFile = join(dirnameOf(import.meta.url), '../../data/programs/blk_java_bali_2024.csv');
  if (existsSync(registerFile)) {
    const text = readFileSync(registerFile, 'utf8');
    const fresh = await readRegionLookup(dataDir); // name indexes are built per lookup on first use
    t = performance.now();
    const first = importPrograms(text, 'blk_java_bali_2024.csv', fresh);
    const cold = ms(t);
    t = performance.now();
    importPrograms(text, 'blk_java_bali_2024.csv', fresh);
    print(`programs: import by names (Kemnaker register, ${first.rowsRead} rows)`, `${fmt(cold)} first (incl. name indexes of ${fresh.levels.desa.kode.length} desa), ${fmt(ms(t))} again (${first.nameMethods.exact + first.nameMethods.normalised + first.nameMethods['one-edit']} matched by name)`);
  }

  t = performance.now();
  const ix = indexLoci(imported.loci, lookup);
  print('programs: index loci to region rows (once per import)', fmt(ms(t)));

  // Generated hotspot flags: ~40% of kabupaten poverty hotspots, farming true/false/unknown.
  const hotspots: GapHotspot[] = lookup.levels.kabupaten.kode.map((kodeBps) => ({
    kodeBps, poverty: random() < 0.4, farming: random() < 0.2 ? null : random() < 0.5, p0: 2 + random() * 40, poor: Math.round(random() * 300_000),
    reasons: [{ id: 'bench', en: 'bench' }],
  }));
  // The desa rows' own IDM 2024 (real values, as the page loads them).
  const idmValues = (id: string) => valuesFromFile(JSON.parse(readFileSync(join(dataDir, `indicators/values/${id}.json`), 'utf8')), `${id}.json`)['2024'] ?? {};
  const idm = idmValues('idm'), idmStatus = idmValues('idm_status');
  t = performance.now();
  const need = desaNeed(lookup, idm, idmStatus, 2024, { id: 'IDM 2024', en: 'IDM 2024' });
  print(`programs: desa IDM per desa row (${lookup.levels.desa.kode.length} desa, once per load)`, fmt(ms(t)));
  const flags = prepareGapFlags(lookup, hotspots, need);

  const loci = imported.loci;
  const run = () => {
    const active = filterLoci(loci, { interventions: ['jobs', 'skills_training', 'land_reform'], years: { from: 2021, to: 2024 } });
    const coverage = computeCoverage(lookup, ix, active);
    const desaGaps = findGaps(lookup, coverage, flags, { level: 'desa', require: 'coastal-or-farming' });
    const kabGaps = findGaps(lookup, coverage, flags, { level: 'kabupaten' });
    return desaGaps.total + kabGaps.total;
  };
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  let gaps = 0;
  for (let i = 0; i < 30; i++) { t = performance.now(); gaps = run(); times.push(ms(t)); }
  times.sort((a, b) => a - b);
  print(`programs: filter + coverage + convergence + gaps, ${lookup.levels.desa.kode.length} desa × ${loci.length} loci (30 runs)`, `median ${fmt(times[15])}, p90 ${fmt(times[26])}, max ${fmt(times[29])} (${gaps} gap rows; target < 200 ms)`);

  // The national desa lists after a filter change: nearest index, coverage, and every desa tested by
  // IDM status, coast and distance to the nearest program (the worst case: all desa, each measured and ranked).
  const national = (options: Parameters<typeof findGaps>[3]) => {
    const active = filterLoci(loci, {});
    const coverage = computeCoverage(lookup, ix, active);
    return findGaps(lookup, coverage, flags, options, indexNearest(loci, active)).total;
  };
  for (const [name, options] of [
    ['Sangat Tertinggal coastal desa, no program within 10 km', { level: 'desa', idm: 'sangat', require: 'coastal', noProgramWithinKm: 10 }],
    ['every desa and kelurahan, no program within 10 km', { level: 'desa', idm: 'all', require: 'any', noProgramWithinKm: 10 }],
    ['every desa and kelurahan, ranked by IDM then distance', { level: 'desa', idm: 'all', require: 'any', maxLoci: Infinity }],
  ] as const) {
    for (let i = 0; i < 2; i++) national(options);
    const runs: number[] = [];
    let found = 0;
    for (let i = 0; i < 10; i++) { t = performance.now(); found = national(options); runs.push(ms(t)); }
    runs.sort((a, b) => a - b);
    print(`programs: national desa gap list, ${name} (coverage + nearest index + gaps, 10 runs)`, `median ${fmt(runs[5])}, max ${fmt(runs[9])} (${found} desa; budget 200 ms)`);
  }

  // Coverage + distance to the nearest locus (overall) for every desa: what the desa gap table ranks by.
  const lon = lookup.levels.desa.lon, lat = lookup.levels.desa.lat;
  const coverageAndDistances = () => {
    const active = filterLoci(loci, {});
    const coverage = computeCoverage(lookup, ix, active);
    const near = indexNearest(loci, active);
    let sum = 0;
    for (let r = 0; r < lon.length; r++) {
      const x = lon[r], y = lat[r];
      if (x != null && y != null) sum += nearestKm(near, x, y) ?? 0;
    }
    return coverage.desa.count.length + sum;
  };
  for (let i = 0; i < 2; i++) coverageAndDistances();
  const dist: number[] = [];
  for (let i = 0; i < 10; i++) { t = performance.now(); coverageAndDistances(); dist.push(ms(t)); }
  dist.sort((a, b) => a - b);
  const label = `programs: coverage + distance to nearest locus, ${lon.length} desa × ${loci.length} loci (10 runs, median)`;
  if (budget) budget(label, dist[5], 200, fmt);
  else print(label, `${fmt(dist[5])} (budget 200 ms)`);

  // The page's import of 100,000 rows (what the import worker runs), placed by region code.
  const desaCodes = lookup.levels.desa.kode;
  const words = ['bansos', 'pelatihan', 'UMKM', 'reforma agraria', 'padat karya'];
  const big = ['id,name,program,ministry,intervention_type,admin_code,year', ...Array.from({ length: 100_000 }, (_, i) => `G${i},bench ${i},bench program,Kementerian bench,${words[i % 5]},${desaCodes[(i * 7919) % desaCodes.length]},2024`)].join('\n');
  t = performance.now();
  const bigImport = importPrograms(big, 'bench-100k.csv', lookup);
  print('programs: import of 100,000 rows by code (the import worker\'s work, off the main thread)', `${fmt(ms(t))} (${bigImport.loci.length} loci)`);
  const pts = bigImport.loci.map((p) => ({ lon: p.lon, lat: p.lat, intervention: p.intervention, locatedBy: p.locatedBy }));
  const xy = projectPoints(pts);
  t = performance.now();
  const c = clusterPoints(pts, xy, 4, 40, 14);
  print('programs: map rings for 100,000 loci at the national zoom (main thread)', `${fmt(ms(t))} (${c.clusters.length} rings, ${c.singles.length} single)`);
}

function dirnameOf(url: string): string {
  return join(fileURLToPath(url), '..');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchPrograms((label, value) => console.log(`${label.padEnd(90)} ${value}`));
}
