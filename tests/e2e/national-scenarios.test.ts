/**
 * The ministry's "Landelijke scenario's" panel in Chromium, against the real API server on the small
 * API fixture with doofblind demand (tests/api/helpers/deafblind.ts; the seeded country would take
 * minutes per national solve): a bad change is refused naming its field and nothing is stored; "+20 %
 * places in national deafblind provisions" is saved, solved and shows PO3106 with 4 more pupils at
 * national provisions than the baseline (hand-worked in tests/api/national-scenarios.test.ts).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, screenshot } from './harness.ts';
import { startTestApi, type TestApi } from '../api/helpers/server.ts';
import { login } from '../api/helpers/client.ts';
import { addDeafblind } from '../api/helpers/deafblind.ts';
import { storeNationalBaseline } from '../../apps/api/src/index.ts';
import { nationalRunsEnded } from '../../apps/api/src/services/national-scenarios/national-run-threads.ts';

const YEARS = [2026, 2027];
let api: TestApi;
let http: Server;
let baseUrl: string;
let browser: Browser;
let token: string;

beforeAll(async () => {
  api = await startTestApi('sqlite');
  await addDeafblind(api.db.prisma, YEARS);
  await storeNationalBaseline(api.db.prisma, { years: YEARS });
  token = await login(api.server, 'ministry');
  http = api.server.app.listen(0, '127.0.0.1');
  await new Promise((r) => http.once('listening', r));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await nationalRunsEnded();
  await new Promise((r) => http?.close(r));
  await api?.close();
});

describe('national scenarios in the ministry view', () => {
  it('refuses a bad change naming its field, then solves +20 % doofblind places and shows the change per region', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
    await context.addInitScript((t) => localStorage.setItem('dekkend.token', t), token);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/`);
    const panel = page.getByTestId('national-scenarios');
    await panel.getByRole('heading', { name: "Landelijke scenario's" }).waitFor();

    const form = panel.getByTestId('national-scenario-form');
    await form.getByLabel('Naam').fill('Doofblind +20 %');
    await form.getByLabel('Verandering van het aantal plaatsen (%)').fill('-200');
    await form.getByRole('button', { name: 'Opslaan en berekenen' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/input\.changes\[0\]\.payload\.factor/);
    expect(await api.db.prisma.nationalScenario.count()).toBe(0);

    await form.getByLabel('Verandering van het aantal plaatsen (%)').fill('20');
    await form.getByRole('button', { name: 'Opslaan en berekenen' }).click();
    await panel.locator('[data-testid="national-run"][data-status="OPTIMAL"]').waitFor({ timeout: 240_000 });
    await expect(panel.getByText('LV0001 doofblind: 20 → 24 places').count()).resolves.toBe(1);
    const row = panel.locator('[data-testid="national-scenario-deltas"] tr[data-region="PO3106"]');
    // The first difference column: pupils at national provisions.
    await expect(row.locator('td[data-delta]').first().getAttribute('data-delta')).resolves.toBe('4');
    await expect(
      panel
        .locator('[data-testid="national-scenario-deltas"] tr[data-region="PO2701"] td[data-delta]')
        .first()
        .getAttribute('data-delta'),
    ).resolves.toBe('0');
    await screenshot(page, 'national-scenarios');
    expect(errors).toEqual([]);
    expect(await api.db.prisma.nationalScenario.count()).toBe(1);
    await context.close();
  }, 300_000);
});
