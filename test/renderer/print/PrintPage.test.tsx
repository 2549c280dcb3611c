import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { PrintPage, type PrintPageProps } from '@renderer/features/print/PrintPage';

import { FakePrintCore } from './printFixture';

afterEach(() => setBridge(undefined));

function page(props: Partial<PrintPageProps> & { children?: ReactNode } = {}) {
  setBridge(new FakePrintCore({}));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PrintPage
        title="Rapport"
        fileName="Rapport 2027"
        backHref="#/rapporter"
        confidential={false}
        {...props}
      >
        {props.children ?? <p>Innhold</p>}
      </PrintPage>
    </QueryClientProvider>,
  );
}

const marking = /^Taushetsbelagt, jf\./;

describe('a print page', () => {
  it('carries no confidentiality marking when it holds no personal data', async () => {
    page();
    expect(await screen.findByText(/^Skrevet ut .* av Kari Saksbehandler, Marker kommune$/)).toBeTruthy();
    expect(screen.queryByText(marking)).toBeNull();
    expect(document.querySelector('.print-layout > style')?.textContent).not.toContain('@top-center');
  });

  it('marks personal data on the sheet and on every printed page', () => {
    page({ confidential: true });
    expect(screen.getByText(marking)).toBeTruthy();
    expect(document.querySelector('.print-layout > style')?.textContent).toContain(
      '@top-center { content: "Taushetsbelagt, jf.',
    );
  });

  it('names the window after the file while open, and gives the old title back when closed', () => {
    document.title = 'Samordna';
    const view = page();
    expect(document.title).toBe('Rapport 2027');
    view.unmount();
    expect(document.title).toBe('Samordna');
  });

  it('leaves the heading to a document that brings its own, such as a letter', () => {
    page({ bare: true, confidential: true });
    const heading = screen.getByRole('heading', { level: 1, name: 'Rapport' });
    expect(heading.className).toContain('visually-hidden');
    expect(screen.queryByText(/^Skrevet ut/)).toBeNull();
    expect(screen.getByText(marking)).toBeTruthy();
  });

  it('keeps printing and saving off until the content is there', () => {
    page({ ready: false });
    expect(screen.getByRole('button', { name: 'Skriv ut' }).hasAttribute('disabled')).toBe(true);
  });
});
