import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { ScrollBox } from '@renderer/features/imports/ScrollBox';

const HINT = 'Rull sideveis for å se alle kolonnene.';

/** jsdom lays nothing out: the box's content is made `content` pixels wide in a 600 px box. */
function widths(content: number) {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => content });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
}
afterEach(() => {
  delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

function box() {
  render(
    <ScrollBox label="De første radene i arket">
      <table>
        <tbody>
          <tr>
            <td>A</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>,
  );
  return screen.getByRole('region', { name: 'De første radene i arket' });
}

describe('a wide table in the wizard', () => {
  it('says it scrolls sideways and takes the focus, so the arrow keys scroll it', () => {
    widths(1400);
    const region = box();
    expect(screen.getByText(HINT)).toBeTruthy();
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(region.getAttribute('aria-describedby')!)?.textContent).toBe(HINT);
  });

  it('adds no hint and no tab stop when the table fits', () => {
    widths(600);
    const region = box();
    expect(screen.queryByText(HINT)).toBeNull();
    expect(region.hasAttribute('tabindex')).toBe(false);
  });
});
