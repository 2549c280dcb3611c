import type { Page } from '@playwright/test';

import { expect } from './fixtures';

export const ADMIN = {
  name: 'Kari Administrator',
  username: 'kari.admin',
  password: 'blåbærsyltetøy i kjelleren',
};

/** Runs first-start setup through the UI and returns the recovery code shown. */
export async function setUpRegister(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Kommunens navn').fill('Testvik kommune');
  await page.getByLabel('Ditt navn').fill(ADMIN.name);
  await page.getByLabel('Brukernavn').fill(ADMIN.username);
  await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Gjenta passordet').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Opprett registeret' }).click();
  const code = (await page.getByTestId('recovery-code').textContent())?.trim() ?? '';
  await page.getByLabel('Jeg har skrevet ut eller notert koden').check();
  await page.getByRole('button', { name: 'Fortsett til Samordna' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  return code;
}

export async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { name: /Logg inn/ })).toBeVisible();
}

/** Adds a service unit under Innstillinger → Tjenestesteder and waits for it in the list. */
export async function addServiceUnit(page: Page, name: string) {
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('link', { name: 'Tjenestesteder' }).click();
  await page.getByLabel('Navn på tjenestested').fill(name);
  await page.getByRole('button', { name: 'Legg til tjenestested' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/**
 * Calls core through the host as the signed-in page does, to build a register quickly; the
 * screens that record these steps have their own end-to-end tests.
 */
export async function core<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('samordna.hostToken') ?? '';
      const response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const result = await response.json();
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.data;
    },
    [channel, input] as const,
  ) as Promise<T>;
}
