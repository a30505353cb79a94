import { addPngText } from '../../lib/png/png-text.ts';
import type { MapSnapshot } from '../../map/map-view.ts';
import { downloadBlob } from '../download.ts';
import { renderExport } from './draw-export.ts';
export { exportMapBox } from './draw-export.ts';
export { drawStill } from './draw-map-snapshot.ts';
export { exportSpec, pageAppUrl } from './export-spec.ts';
import type { ExportSpec } from './export-spec.ts';
import { scaledFileName } from './export-file-name.ts';

/**
 * Draw the export image of `spec` with `snap`, encode it as PNG with the title, the alt text
 * (`Description`) and the view's URL (`Source`) as iTXt entries, and save it as `spec.fileName`
 * (`…@2x.png` at 2×).
 */
export async function saveMapImage(spec: ExportSpec, snap: MapSnapshot, scale: number): Promise<void> {
  const { canvas } = renderExport(spec, snap, scale);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`the browser could not encode the ${canvas.width} × ${canvas.height} px image as PNG`))), 'image/png'));
  const png = addPngText(new Uint8Array(await blob.arrayBuffer()), [
    { keyword: 'Title', text: spec.title, lang: spec.lang },
    { keyword: 'Description', text: spec.description, lang: spec.lang },
    { keyword: 'Source', text: spec.url },
    { keyword: 'Software', text: 'Lokus' },
  ]);
  downloadBlob(new Blob([png], { type: 'image/png' }), scaledFileName(spec.fileName, scale));
}
