import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../../src/lib/embed/embed-snippets.ts';

const input = () => ({ src: 'https://example.org/lokus/?embed=1&region=53', scriptUrl: 'https://example.org/lokus/embed.js', title: 'P0 2025, NTT — peta Lokus', alt: 'Peta "P0" <NTT>', height: 512.4, width: null });

describe('embedSnippets', () => {
  it('writes a plain iframe with title, lazy loading, full width, no border, height and the alt text', () => {
    const { plain } = embedSnippets(input());
    expect(plain).toBe(
      '<iframe src="https://example.org/lokus/?embed=1&amp;region=53" title="P0 2025, NTT — peta Lokus" aria-description="Peta &quot;P0&quot; &lt;NTT&gt;" loading="lazy" allowfullscreen style="width:100%;border:0" height="512"></iframe>\n<noscript>Peta &quot;P0&quot; &lt;NTT&gt;</noscript>',
    );
  });

  it('adds embed.js and marks the iframe for it in the responsive snippet', () => {
    const { responsive } = embedSnippets(input());
    expect(responsive).toMatch(/^<iframe data-lokus-embed src=/);
    expect(responsive).toMatch(/<script src="https:\/\/example.org\/lokus\/embed.js" async><\/script>$/);
  });

  it('a column-wide frame with a height as CSS of its width sits in a container, the fixed height kept as fallback', () => {
    const css = 'calc(100px + clamp(240px, 0.6 * 100cqw, 600px))';
    const { plain, responsive } = embedSnippets({ ...input(), heightCss: css });
    expect(plain).toMatch(/^<div style="container-type:inline-size"><iframe src=/);
    expect(plain).toContain(`style="width:100%;border:0;height:${css}" height="512"></iframe></div>\n<noscript>`);
    expect(responsive).toMatch(/^<div style="container-type:inline-size"><iframe data-lokus-embed src=.*<\/iframe><\/div>\n<noscript>/);
  });

  it('a fixed-size frame keeps its fixed height, without a container', () => {
    const { plain } = embedSnippets({ ...input(), width: 600, heightCss: 'calc(1px + 1cqw)' });
    expect(plain).toMatch(/^<iframe /);
    expect(plain).not.toContain('cqw');
  });

  it('caps the width of a fixed-size frame', () => {
    expect(embedSnippets({ ...input(), width: 600 }).plain).toContain('style="width:100%;max-width:600px;border:0"');
  });
});
