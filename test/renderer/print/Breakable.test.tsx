import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Breakable } from '@renderer/features/print/Breakable';

const html = (text: string | null) => render(<Breakable text={text} />).container.innerHTML;

describe('Breakable', () => {
  it('leaves names of ordinary words as they are: the table lays out as without it', () => {
    expect(html('Siri Koordinator')).toBe('Siri Koordinator');
    // A hyphen is already a place to break: the parts between count, not the whole.
    expect(html('Pedagogisk-psykologisk-tjeneste-for-Indre-Østfold')).toBe(
      'Pedagogisk-psykologisk-tjeneste-for-Indre-Østfold',
    );
    expect(html(null)).toBe('');
  });

  it('lets a word too long for any column break in even parts of at most 16 letters, adding no letter to the text', () => {
    const word = 'Wolfeschlegelsteinhausenbergerdorffvoralternwaren';
    const { container } = render(<Breakable text={`Maria ${word}`} />);
    expect(container.textContent).toBe(`Maria ${word}`);
    expect(container.innerHTML).toBe(
      'Maria Wolfeschlegel<wbr>steinhausenbe<wbr>rgerdorffvora<wbr>lternwaren',
    );
  });

  it('never cuts a letter outside the basic plane in two', () => {
    const word = '𝒜'.repeat(30);
    const { container } = render(<Breakable text={word} />);
    expect(container.textContent).toBe(word);
    expect(container.querySelectorAll('wbr')).toHaveLength(1);
  });
});
