import type { BigJoinResult } from './join-big.ts';

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The BIG ↔ Kemendagri join as a Markdown report (counts, and every pairing that is not by code)
 * and a CSV of every row that did not pair by code, on both sides: BIG polygons paired by name or
 * not at all, and Kemendagri desa without a polygon (placed at their kecamatan).
 */
export function bigJoinReport(r: BigJoinResult, source: string): { markdown: string; csv: string } {
  const notByCode = r.desa.filter((d) => d.method !== 'code');
  const md = [
    '# BIG RBI 2023 desa ↔ Kemendagri list (generated; do not edit)',
    '',
    `Source: ${source}. Kemendagri list: npm idn-area-data (${r.desa.length.toLocaleString('en')} BIG polygons, ${(r.desa.length - r.counts.unmatched + r.withoutPolygon.length).toLocaleString('en')} listed desa/kelurahan).`,
    '',
    '| how | BIG polygons |',
    '| --- | ---: |',
    ...Object.entries(r.counts).map(([k, n]) => `| ${k} | ${n} |`),
    '',
    `Kemendagri desa/kelurahan without a BIG polygon: **${r.withoutPolygon.length}** (still listed; placed at their kecamatan). Kecamatan without any polygon: **${r.kecamatanWithoutPolygon.length}**${r.kecamatanWithoutPolygon.length ? ` (${r.kecamatanWithoutPolygon.map((k) => `${k.code} ${k.name}`).join(', ')})` : ''}.`,
    '',
    `Every row that did not pair by code is in \`join.csv\` (${notByCode.length + r.withoutPolygon.length} rows).`,
    '',
    '## BIG polygons not paired',
    '',
    '| BIG code | BIG name | why |',
    '| --- | --- | --- |',
    ...r.desa.filter((d) => d.method === 'unmatched').map((d) => `| ${d.bigCode} | ${d.bigName} | ${d.note} |`),
    '',
  ].join('\n');
  const rows = [
    'side,big_code,big_name,kode_kemendagri,kemendagri_name,method,note',
    ...notByCode.map((d) => ['big', d.bigCode, d.bigName, d.code, '', d.method, d.note].map(cell).join(',')),
    ...r.withoutPolygon.map((v) => ['kemendagri', '', '', v.code, v.name, 'no polygon', `placed at kecamatan ${v.districtCode}`].map(cell).join(',')),
  ];
  return { markdown: md, csv: rows.join('\n') + '\n' };
}
