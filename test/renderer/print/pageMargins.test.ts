import { describe, expect, it } from 'vitest';

import { cssString, pageMarginCss } from '@renderer/features/print/pageMargins';

describe('the printed page', () => {
  it('puts the marking at the top of every page after the first, and the page number at the bottom', () => {
    const css = pageMarginCss({
      marking: 'Taushetsbelagt, jf. offentleglova § 13',
      pageOf: 'Side {{page}} av {{pages}}',
    });
    expect(css).toContain('size: A4');
    expect(css).toContain('@top-center { content: "Taushetsbelagt, jf. offentleglova § 13";');
    expect(css).toContain('@bottom-right { content: "Side " counter(page) " av " counter(pages);');
    // The first page has the marking boxed above the heading, not twice.
    expect(css).toContain('@page :first { @top-center { content: none; } }');
  });

  it('has no marking for a document without personal data', () => {
    const css = pageMarginCss({ marking: null, pageOf: 'Page {{page}} of {{pages}}' });
    expect(css).not.toContain('@top-center');
    expect(css).not.toContain(':first');
    expect(css).toContain('"Page " counter(page) " of " counter(pages)');
  });

  it('keeps any text inside its CSS string', () => {
    expect(cssString('a "quoted" \\ text\nwith </style> in it')).toBe(
      '"a \\"quoted\\" \\\\ text with \\3c /style> in it"',
    );
  });
});
