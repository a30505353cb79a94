import { describe, expect, it } from 'vitest';
import { exportLayout, exportLayoutDefaults, wrapText, type DrawOp, type Rect } from '../../../src/ui/export/export-layout.ts';
import { fitContain } from '../../../src/ui/export/fit-contain.ts';
import type { ExportLegend, ExportSpec } from '../../../src/ui/export/export-spec.ts';

/** Every character as wide as 0.6 × the font's pixel size (the page measures with a canvas). */
const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)![1]);

const classes = (): ExportLegend => ({
  kind: 'classes',
  title: 'Persentase penduduk miskin (P0) (%), 2025',
  rows: [
    ...['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'].map((colour, i) => ({ colour, label: `${i * 5},00 – ${i * 5 + 5},00`, count: '103 wilayah' })),
    { colour: '#d9d9d9', label: 'Tidak ada data', count: '0 wilayah', hatched: true },
  ],
  note: 'Angka kemiskinan hanya tersedia untuk provinsi dan kabupaten/kota. Kecamatan dan desa diwarnai menurut status pesisir.',
  noteRows: [{ colour: '#9ecae1', label: 'Pesisir' }, { colour: '#f2e6c9', label: 'Bukan pesisir' }],
});

const spec = (patch: Partial<ExportSpec> = {}): ExportSpec => ({
  lang: 'id',
  title: 'Persentase penduduk miskin (P0) 2025, Nusa Tenggara Timur',
  legend: classes(),
  source: 'Sumber: BPS, Susenas Maret 2025 (2025) · Batas wilayah: BIG (RBI 2023)',
  breadcrumb: ['Indonesia', 'Nusa Tenggara Timur'],
  url: 'https://example.org/lokus/?region=53',
  date: '30 November 2026',
  description: 'Peta …',
  summary: [],
  fileName: 'lokus-p0-2025-nusa-tenggara-timur.png',
  ...patch,
});

const inside = (r: Rect, box: Rect) => r.x >= box.x - 1e-9 && r.y >= box.y - 1e-9 && r.x + r.w <= box.x + box.w + 1e-9 && r.y + r.h <= box.y + box.h + 1e-9;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const page = { x: 0, y: 0, w: exportLayoutDefaults.width, h: exportLayoutDefaults.height };

describe('exportLayout', () => {
  it('is 1200 × 800 px at 1× and 2400 × 1600 px at 2×, with the same positions', () => {
    const one = exportLayout(spec(), 1, measure), two = exportLayout(spec(), 2, measure);
    expect([one.width, one.height, two.width, two.height]).toEqual([1200, 800, 2400, 1600]);
    expect(two.ops).toEqual(one.ops);
  });
  it('puts the legend beside the map, never over it, and both inside the image', () => {
    const l = exportLayout(spec(), 1, measure);
    expect(overlap(l.map, l.legend)).toBe(false);
    expect(inside(l.map, page)).toBe(true);
    expect(inside(l.legend, { ...page, h: l.map.y + l.map.h - 0 })).toBe(true);
    expect(l.map.w).toBeGreaterThan(800);
    expect(l.map.h).toBeGreaterThan(550);
  });
  it('draws one swatch per legend row in the row colour, inside the legend box', () => {
    const l = exportLayout(spec(), 1, measure);
    const swatches = l.ops.filter((op): op is Extract<DrawOp, { kind: 'rect' }> => op.kind === 'rect' && op.w === 24);
    expect(swatches.map((s) => s.fill)).toEqual(['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154', '#d9d9d9', '#9ecae1', '#f2e6c9']);
    expect(swatches[5].hatch).toBe(true);
    for (const s of swatches) expect(inside(s, l.legend)).toBe(true);
  });
  it('writes title, breadcrumb, source and the credit line with URL and date', () => {
    const t = texts(exportLayout(spec(), 1, measure).ops);
    expect(t).toContain('Persentase penduduk miskin (P0) 2025, Nusa Tenggara Timur');
    expect(t).toContain('Indonesia › Nusa Tenggara Timur');
    expect(t).toContain('Sumber: BPS, Susenas Maret 2025 (2025) · Batas wilayah: BIG (RBI 2023)');
    expect(t).toContain('Lokus · https://example.org/lokus/?region=53 · 30 November 2026');
  });
  it('fits the longest legend (classes, coastal key, program key) above the footer', () => {
    const programs = { title: 'Lokus program', rows: ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#999999'].map((colour) => ({ colour, label: 'Pelatihan keterampilan kerja', dot: true })), note: 'kelompok: cincin menunjukkan campuran jenis; lokasi menurut wilayah, bukan koordinat: ○' };
    const l = exportLayout(spec({ programs, title: 'Judul yang cukup panjang sehingga terbagi menjadi dua baris pada gambar ukuran 1200 piksel, Kabupaten Timor Tengah Selatan' }), 1, measure);
    expect(l.legend.y + l.legend.h).toBeLessThanOrEqual(l.map.y + l.map.h);
    const dots = l.ops.filter((op) => op.kind === 'rect' && op.round);
    expect(dots).toHaveLength(6);
    for (const d of dots) expect(inside(d as Rect, l.legend)).toBe(true);
  });
  it('draws the 3×3 bivariate key with its axis labels', () => {
    const colours = Array.from({ length: 9 }, (_, i) => `#00000${i}`);
    const legend: ExportLegend = { kind: 'bivariate', title: 'P0 × cakupan program, 2025', colours, rowLabels: ['rendah', 'sedang', 'tinggi'], colLabels: ['0', '1–2', '≥ 3'], axes: '↑ Kemiskinan · → Lokus program', note: 'Magenta: kemiskinan tinggi tanpa program.' };
    const l = exportLayout(spec({ legend }), 1, measure);
    const cells = l.ops.filter((op): op is Extract<DrawOp, { kind: 'rect' }> => op.kind === 'rect' && op.w === 44);
    expect(cells).toHaveLength(9);
    // High poverty on top: the first row drawn holds classes 6, 7, 8.
    expect(cells.slice(0, 3).map((c) => c.fill)).toEqual([colours[6], colours[7], colours[8]]);
    expect(texts(l.ops)).toEqual(expect.arrayContaining(['tinggi', 'rendah', '≥ 3', '↑ Kemiskinan · → Lokus program']));
    for (const c of cells) expect(inside(c, l.legend)).toBe(true);
  });
  it('keeps a long title to two lines and a long URL to one, cut with "…"', () => {
    const l = exportLayout(spec({ title: 'Sangat panjang '.repeat(30), url: `https://example.org/?${'x'.repeat(400)}` }), 1, measure);
    const titles = l.ops.filter((op) => op.kind === 'text' && op.font === exportLayoutDefaults.font.title);
    expect(titles).toHaveLength(2);
    const credit = texts(l.ops).find((s) => s.startsWith('Lokus · '))!;
    expect(credit).toMatch(/^Lokus · https:\/\/example\.org\/\?x+… · 30 November 2026$/);
    expect(measure(credit, exportLayoutDefaults.font.small)).toBeLessThanOrEqual(1200 - 48);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('aa bb cc', '10px x', 30, 5, measure)).toEqual(['aa bb', 'cc']);
  });
  it('returns no line for empty text', () => {
    expect(wrapText('', '10px x', 30, 2, measure)).toEqual([]);
  });
});

describe('fitContain', () => {
  it('fits a wide image across the box, centred vertically', () => {
    expect(fitContain({ w: 200, h: 100 }, { x: 10, y: 10, w: 100, h: 100 })).toEqual({ x: 10, y: 35, w: 100, h: 50, k: 0.5 });
  });
  it('fits a tall image to the box height, centred horizontally', () => {
    expect(fitContain({ w: 50, h: 200 }, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 37.5, y: 0, w: 25, h: 100, k: 0.5 });
  });
});
