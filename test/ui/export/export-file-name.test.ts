import { describe, expect, it } from 'vitest';
import { exportFileName, scaledFileName, slug } from '../../../src/ui/export/export-file-name.ts';

describe('exportFileName', () => {
  it('names a province view from indicator, year and region', () => {
    expect(exportFileName('p0', 2025, 'Nusa Tenggara Timur')).toBe('lokus-p0-2025-nusa-tenggara-timur.png');
  });
  it('names the national view Indonesia', () => {
    expect(exportFileName('p0', 2025, 'Indonesia')).toBe('lokus-p0-2025-indonesia.png');
  });
  it('slugs indicator ids and names with punctuation and accents', () => {
    expect(exportFileName('poor_thousands', 2024, 'Kota Bau-Bau (Baubau)')).toBe('lokus-poor-thousands-2024-kota-bau-bau-baubau.png');
    expect(slug('Daerah Istimewa Yogyakarta')).toBe('daerah-istimewa-yogyakarta');
    expect(slug('Sélatan  Ñ')).toBe('selatan-n');
  });
  it('marks the bivariate view', () => {
    expect(exportFileName('p0', 2025, 'Indonesia', 'bivariate')).toBe('lokus-p0-2025-bivariate-indonesia.png');
  });
});

describe('scaledFileName', () => {
  it('keeps the 1× name and gives the 2× image its own (no overwrite)', () => {
    expect(scaledFileName('lokus-p0-2025-indonesia.png', 1)).toBe('lokus-p0-2025-indonesia.png');
    expect(scaledFileName('lokus-p0-2025-indonesia.png', 2)).toBe('lokus-p0-2025-indonesia@2x.png');
  });
});
