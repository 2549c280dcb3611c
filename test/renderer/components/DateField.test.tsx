import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';

import { DateField } from '@renderer/components/fields';

/** A date field as a form holds it, with the bounds a field may give. */
function Form({ min, max, onValue }: { min?: string; max?: string; onValue: (v: string) => void }) {
  const { register, watch } = useForm({ defaultValues: { date: '' } });
  onValue(watch('date'));
  return (
    <DateField label="Neste møte" error={undefined} registration={register('date')} min={min} max={max} />
  );
}

describe('a date field’s calendar bounds', () => {
  it('offers only the days between min and max, and opens on the nearest month allowed', async () => {
    const user = userEvent.setup();
    let value = '';
    render(<Form min="2031-03-10" max="2031-04-05" onValue={(v) => (value = v)} />);

    await user.click(screen.getByRole('button', { name: 'Velg dato: Neste møte' }));
    const dialog = screen.getByRole('dialog', { name: 'Kalender: Neste møte' });
    expect(within(dialog).getByRole('grid', { name: 'mars 2031' })).toBeTruthy();
    const before = within(dialog).getByRole('button', { name: 'søndag 9. mars 2031' });
    expect(before.hasAttribute('disabled')).toBe(true);
    // The month before min cannot be reached.
    const previous = within(dialog).getByRole('button', { name: 'Gå til forrige måned' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');

    await user.click(before);
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'mandag 10. mars 2031' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByLabelText('Neste møte') as HTMLInputElement).value).toBe('10.03.2031');
    expect(value).toBe('10.03.2031');
  });

  it('opens on this month, with no day selected, for a day that does not exist (no roll into March)', async () => {
    const user = userEvent.setup();
    render(<Form onValue={() => undefined} />);
    await user.type(screen.getByLabelText('Neste møte'), '31.02.2026');
    await user.click(screen.getByRole('button', { name: 'Velg dato: Neste møte' }));

    const dialog = screen.getByRole('dialog');
    const now = new Date();
    const month = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric' }).format(now);
    expect(within(dialog).getByRole('grid', { name: month })).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /valgt$/ })).toBeNull();
    expect(screen.getByText('Datoen finnes ikke: februar 2026 har 28 dager.')).toBeTruthy();
  });

  it('closes when the user presses outside it', async () => {
    const user = userEvent.setup();
    render(<Form onValue={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Velg dato: Neste møte' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('a date field’s calendar in the other languages', () => {
  afterEach(async () => {
    await act(() => i18next.changeLanguage('nb'));
  });

  it.each([
    [
      'nn',
      'Vel dato: Neste møte',
      'Kalender: Neste møte',
      /^måndag 14\. september 2026, vald$/,
      'Lukk kalenderen',
    ],
    [
      'en',
      'Choose date: Neste møte',
      'Calendar: Neste møte',
      /^Monday.*14.*September.*2026, selected$/,
      'Close the calendar',
    ],
  ])(
    'speaks %s: the button, the dialog, the day and its week',
    async (language, name, dialogName, day, close) => {
      await act(() => i18next.changeLanguage(language));
      const user = userEvent.setup();
      render(<Form onValue={() => undefined} />);
      const input = screen.getByLabelText('Neste møte') as HTMLInputElement;
      await user.type(input, '140926');
      await user.click(screen.getByRole('button', { name }));

      const dialog = screen.getByRole('dialog', { name: dialogName });
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(day);
      // Monday first in every language: the week is the Norwegian (ISO) one.
      expect(dialog.querySelector('.rdp-weekday')?.getAttribute('aria-label')).toMatch(/^(måndag|Monday)$/);
      expect(within(dialog).getByRole('button', { name: close })).toBeTruthy();
    },
  );
});
