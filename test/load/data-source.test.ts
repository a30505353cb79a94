// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/load/data-source.ts';
import { toProblem } from '../../src/load/load-error.ts';

// The data source resolves its base against document.baseURI; a minimal stand-in for Node.
(globalThis as { document?: { baseURI: string } }).document ??= { baseURI: 'http://lokus.test/app/' };
(globalThis as { performance: Performance }).performance.mark ??= () => undefined as never;

const respond = (body: string, status = 200) => Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));

describe('createDataSource', () => {
  it('says which file could not be downloaded and why', async () => {
    const source = createDataSource('./data/', () => respond('', 404));
    await expect(source.indicatorIndex()).rejects.toMatchObject({ problem: { kind: 'http', file: 'indicators/index.json', status: 404 } });
  });

  it('turns a network failure into a problem naming the file', async () => {
    const source = createDataSource('./data/', () => Promise.reject(new TypeError('Failed to fetch')));
    const e = await source.regions('kabupaten').catch((x: unknown) => x);
    expect(toProblem(e)).toEqual({ kind: 'network', file: 'regions/kabupaten.json', detail: 'Failed to fetch' });
  });

  it('names a file that is not JSON', async () => {
    const source = createDataSource('./data/', () => respond('{"type": "Topol'));
    await expect(source.national()).rejects.toMatchObject({ problem: { kind: 'json', file: 'boundaries/national.topo.json' } });
  });

  it('names what is wrong in a damaged indicator index', async () => {
    const source = createDataSource('./data/', () => respond('{"catalogue": 5, "sources": {}, "years": {}}'));
    await expect(source.indicatorIndex()).rejects.toMatchObject({ problem: { kind: 'invalid', file: 'indicators/index.json', detail: '"catalogue" is not a list (found number)' } });
  });

  it('names the year and region of a bad indicator value', async () => {
    const source = createDataSource('./data/', () => respond('{"format": "lokus-indicator-values/2", "codes": ["5303", "5371"], "sources": ["BPS"], "years": {"2025": {"values": [20.32, "8,4"], "sources": [[0, 2]]}}}'));
    await expect(source.indicatorValues('p0')).rejects.toMatchObject({ problem: { kind: 'invalid', file: 'indicators/values/p0.json', detail: '2025, region 5371: "8,4" is not a number' } });
  });

  it('names the row and column of a bad region cell', async () => {
    const cols = { kode: ['5303'], kemendagri: ['53.01'], name: ['Kabupaten Kupang'], parent: ['53'], coastal: [2], coastlineKm: [1], areaKm2: [1], lon: [null], lat: [null] };
    const source = createDataSource('./data/', () => respond(JSON.stringify(cols)));
    await expect(source.regions('kabupaten')).rejects.toMatchObject({ problem: { kind: 'invalid', file: 'regions/kabupaten.json', detail: 'row 1, column "coastal": 2 is not 0 or 1' } });
  });

  it("keeps a chunk's coastal flags; a flag that is not true or false draws its region neutral and is said in the console, naming file, region and value", async () => {
    const geometry = (id: string, coastal: unknown) => ({ type: 'Polygon', arcs: [[0]], id, properties: { name: id, parent: '53.01.24', coastal } });
    const topo = { type: 'Topology', arcs: [[[0, 0], [1, 0], [1, 1], [0, 0]]], objects: { desa: { type: 'GeometryCollection', geometries: [geometry('53.01.24.2002', false), geometry('53.01.24.2003', true), geometry('53.01.24.2004', 'ya')] } } };
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => void warned.push(m);
    try {
      const fc = await createDataSource('./data/', () => respond(JSON.stringify(topo))).chunk({ level: 'desa', key: '5303' });
      expect(fc.features.map((f) => f.properties.coastal)).toEqual([false, true, undefined]);
    } finally {
      console.warn = warn;
    }
    expect(warned).toEqual(['boundaries/desa/5303.topo.json: 1 region(s) with a "coastal" flag that is not true or false (drawn neither coastal nor inland): region 53.01.24.2004, "coastal" is "ya"']);
  });

  it('fetches a file once, and again after a failure', async () => {
    let calls = 0;
    const source = createDataSource('./data/', () => (++calls === 1 ? respond('', 500) : respond('{}')));
    await expect(source.programs()).rejects.toBeTruthy();
    await Promise.all([source.programs(), source.programs()]);
    expect(calls).toBe(2);
  });
});
