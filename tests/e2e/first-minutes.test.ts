/**
 * Issue 12, the first minutes of each user, in Debian's headless Chromium against the real API server
 * on a freshly seeded database (with the national baseline run, as on a fresh `npm start`): start
 * pages, glossary, layout at 1440×900 and on a phone, a provision placed by clicking the map, the
 * focus after a keyboard solve, the Excel workbook read back, the charts, the printed report, the
 * gemeente map's housing projects and legend, and zero axe findings of any impact on every view.
 * Every test saves screenshots under artifacts/e2e/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  axeAll,
  DEMO,
  graphql,
  newPage,
  screenshot,
  signIn,
  startStack,
  token,
  type Stack,
} from './harness.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 1_800_000);

afterAll(async () => {
  await stack?.stop();
});

async function expectNoAxeFindings(page: Page, view: string) {
  const violations = await axeAll(page);
  expect(violations, `${view}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const mapReady = (page: Page) =>
  page.waitForSelector('[data-testid="region-map"] [data-drawn-ms]', { timeout: 30_000 });

/** A scenario of the planner's region with these changes, made through the API (set-up, not the subject). */
async function plannerScenario(name: string, changes: unknown[]): Promise<{ id: number; version: number }> {
  const planner = await token(stack, DEMO.planner);
  const d = await graphql<{ createScenario: { id: number; version: number } }>(
    stack,
    planner,
    'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version } }',
    { input: { regionCode: 'PO3106', name, changes } },
  );
  return d.createScenario;
}

const scenarioWithGrowth = (name: string) =>
  plannerScenario(name, [{ growth: { categoryCode: 'gedrag', share: 0.1, byYear: 2029 } }]);

/** A startklas of 12 places in Brunssum as a NEW_PROVISION change (the fields of the test differ). */
const startklasInBrunssum = (fields: Record<string, unknown>) => ({
  newProvision: {
    rung: 2,
    lat: 50.95,
    lon: 5.97,
    sectors: ['PO'],
    gemeenteCode: 'GM0899',
    totalCapacity: 12,
    accessible: true,
    openingCost: 0,
    minViableSize: 0,
    ...fields,
  },
});

/** Whether the element (a test id, or a CSS selector) lies wholly within the viewport. */
async function inViewport(page: Page, target: string) {
  const locator = /^[a-z-]+$/.test(target) ? page.getByTestId(target) : page.locator(target);
  const box = await locator.first().boundingBox();
  const vp = page.viewportSize()!;
  expect(box, target).not.toBeNull();
  return box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= vp.width && box!.y + box!.height <= vp.height;
}

describe('start pages', () => {
  it('shows each role a non-empty start page, with no axe finding on any view', async () => {
    // Planner: the region map with locations and a map colour (the baseline plan from the national run).
    {
      const { context, page, errors } = await newPage(stack);
      await page.goto(`${stack.baseUrl}/`);
      await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
      await expectNoAxeFindings(page, 'sign-in');
      await signIn(page, stack, DEMO.planner);
      await page.waitForURL(/#\/regio\/PO3106/);
      await mapReady(page);
      const map = page.locator('[data-testid="region-map"] .map');
      await expect
        .poll(async () => Number(await map.getAttribute('data-points')), { timeout: 20_000 })
        .toBeGreaterThan(0);
      expect(Number(await map.getAttribute('data-boundaries'))).toBeGreaterThan(0);
      await expectNoAxeFindings(page, 'region map');
      await screenshot(page, 'first-minutes-planner-start');
      for (const tab of ['Plan', 'Vergelijken', 'Geld en norm']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        await page.waitForFunction(() => !document.querySelector('.state-loading, .map-loading'), null, {
          timeout: 30_000,
        });
        await expectNoAxeFindings(page, `region ${tab}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    // Gemeente: its map with schools and provisions, and a legend of what is on it.
    {
      const { context, page, errors } = await newPage(stack);
      await signIn(page, stack, DEMO.gemeente);
      await page.waitForURL(/#\/gemeente\/GM0899/);
      await page.waitForSelector('[data-testid="gemeente-map"][data-drawn-ms]', { timeout: 30_000 });
      expect(Number(await page.getByTestId('gemeente-map').getAttribute('data-points'))).toBeGreaterThan(0);
      expect(await page.getByTestId('gemeente-legend').innerText()).toMatch(/Basisschool[\s\S]*Voorziening/);
      await page.getByTestId('shown-plans').waitFor({ timeout: 30_000 });
      await expectNoAxeFindings(page, 'gemeente');
      await screenshot(page, 'first-minutes-gemeente-start');
      expect(errors).toEqual([]);
      await context.close();
    }
    // Ministry: the country map coloured per region, all 150 regions with a plan.
    {
      const { context, page, errors } = await newPage(stack);
      await signIn(page, stack, DEMO.ministry);
      await page.waitForURL(/#\/land/);
      await page.waitForSelector('[data-testid="country-map"][data-boundaries="76"]', { timeout: 30_000 });
      await page.getByTestId('regions-table').locator('tbody tr').nth(149).waitFor({ timeout: 30_000 });
      await expectNoAxeFindings(page, 'ministry');
      await screenshot(page, 'first-minutes-ministry-start');
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 300_000);
});

describe('glossary', () => {
  it('explains a term on hover and in its description, opens the help panel at it and gives the focus back', async () => {
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await mapReady(page);
    await page.getByRole('tab', { name: 'Plan' }).click();
    const p90 = page.locator('[data-testid="checkpoint-table"] [data-term="p90"]');
    await p90.waitFor({ timeout: 30_000 });
    const text = p90.locator('.term-text');
    expect(await text.getAttribute('title')).toMatch(/90 % van de geplaatste leerlingen/);
    const descId = (await text.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${descId}"]`).textContent()).toMatch(/90 %/);
    // Keyboard: the "?" opens the panel with the focus on the entry; Escape closes it, focus back on the "?".
    const help = p90.getByRole('button', { name: 'Uitleg: P90 reisafstand' });
    await help.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('glossary-panel');
    await panel.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-glossary'))).toBe('p90');
    // Every term the issue names is in the panel.
    const terms = await panel.locator('dt').allTextContents();
    for (const term of [
      'Trede (ondersteuningsladder)',
      'Startklas',
      'SBO',
      '(V)SO',
      'Thuiszitter',
      'Dekkend aanbod',
      'IJkjaar',
      'Schaduwprijs',
      'P90 reisafstand',
    ])
      expect(terms, term).toContain(term);
    await expectNoAxeFindings(page, 'glossary panel');
    await screenshot(page, 'first-minutes-glossary');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Uitleg: P90 reisafstand');
    // In English too.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('glossary-button').click();
    await page.getByTestId('glossary-panel').getByText('Dual price (schaduwprijs)').waitFor();
    await expectNoAxeFindings(page, 'glossary panel (English)');
    await page.getByTestId('lang-switch').click();
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('layout', () => {
  it('shows the map, the changes and the solve button together at 1440×900, and works on a phone', async () => {
    const s = await scenarioWithGrowth('Groei gedrag');
    const { context, page, errors } = await newPage(stack);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${s.id}`);
    await mapReady(page);
    await page.getByTestId('change-list').waitFor({ timeout: 20_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The map itself (its legend column and the provision list below it may run past the fold).
    expect(await inViewport(page, '[data-testid="region-map"] .map')).toBe(true);
    expect(await inViewport(page, 'change-list')).toBe(true);
    expect(await inViewport(page, 'solve-button')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'first-minutes-layout-1440x900.png') });

    // Phone: nothing wider than the screen, the map in view at the top, tabs and the solve button usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const mapBox = (await page.locator('[data-testid="region-map"] .map').boundingBox())!;
    expect(mapBox.width).toBeLessThanOrEqual(390);
    expect(mapBox.y).toBeLessThan(844);
    await page.getByTestId('solve-button').scrollIntoViewIfNeeded();
    expect(await inViewport(page, 'solve-button')).toBe(true);
    await expectNoAxeFindings(page, 'region map (phone)');
    await screenshot(page, 'first-minutes-layout-phone');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'first-minutes-layout-phone-plan.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('the engine’s rules before solving', () => {
  it('says in words what the engine would refuse, holds the solve, and lets it go once the change is removed', async () => {
    // A startklas (rung 2) for visueel passes the change form's schema but not the catalogue (visueel: rungs 1 and 5).
    const s = await plannerScenario('Startklas visueel', [
      startklasInBrunssum({ code: 'NEW-VISUEEL', name: 'Startklas visueel', categories: ['visueel'] }),
    ]);
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${s.id}`);
    const refusal = page.getByTestId('scenario-check');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain("'visueel' is not allowed in rung 2 (allowed: 1, 5)");
    expect(await refusal.textContent()).toContain('Kies in de wijziging een toegestane trede');
    const solveButton = page.getByTestId('solve-button');
    expect(await solveButton.getAttribute('aria-disabled')).toBe('true');
    // Playwright waits for an aria-disabled button to be enabled; a user can still press it: nothing starts.
    await solveButton.click({ force: true });
    expect(await page.getByTestId('solve-progress').count()).toBe(0);
    await expectNoAxeFindings(page, 'scenario refused by the engine');
    await screenshot(page, 'first-minutes-engine-refusal');

    await page.getByRole('button', { name: /^Wijziging verwijderen: / }).click();
    await refusal.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await solveButton.getAttribute('aria-disabled')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('failed and cancelled solves', () => {
  it('shows why a solve failed and what to change; a cancelled re-solve keeps the last plan on the map', async () => {
    // The rules allow a forced startklas with a budget of €0, but its €30,000 opening makes the LP infeasible.
    const s = await plannerScenario('Startklas zonder budget', [
      startklasInBrunssum({
        code: 'NEW-FORCED',
        name: 'Startklas Brunssum',
        categories: ['gedrag'],
        openingCost: 30_000,
        forceOpen: true,
      }),
      { budget: { total: 0 } },
    ]);
    // Made before the page opens, so its scenario list holds both.
    const g = await scenarioWithGrowth('Groei gedrag, stoppen');
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${s.id}`);
    await mapReady(page);
    await page.getByTestId('solve-button').click();
    const status = page.locator('[data-testid="solve-status"][data-state="failed"]');
    await status.waitFor({ timeout: 90_000 });
    expect(await status.textContent()).toContain('forced openings in total cost €30,000, more than the budget €0');
    expect(await page.getByTestId('solve-fix').textContent()).toContain('geen plan mogelijk');
    await expectNoAxeFindings(page, 'failed solve');
    await screenshot(page, 'first-minutes-failed-solve');

    // Solve a scenario, then cancel its re-solve: the map keeps the plan it had.
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${g.id}`);
    await mapReady(page);
    await page.getByTestId('solve-button').click();
    await page.waitForSelector('[data-testid="solve-status"][data-state="done"]', { timeout: 90_000 });
    const map = page.getByTestId('region-map');
    await expect.poll(() => map.getAttribute('data-plan-current'), { timeout: 20_000 }).toBe('true');
    // A re-solve takes about a second: cancel as soon as the button shows (again if the solve won the race).
    let cancelled = false;
    let planId: string | null = null;
    for (let attempt = 0; attempt < 3 && !cancelled; attempt++) {
      await expect.poll(() => map.getAttribute('data-plan-current'), { timeout: 20_000 }).toBe('true');
      planId = await map.getAttribute('data-plan-id');
      expect(planId).toBeTruthy();
      await page.getByTestId('solve-button').click();
      await page.getByTestId('cancel-solve').click({ timeout: 20_000 });
      const ended = page.locator(
        '[data-testid="solve-status"][data-state="cancelled"], [data-testid="solve-status"][data-state="done"]',
      );
      await ended.waitFor({ timeout: 90_000 });
      cancelled = (await ended.getAttribute('data-state')) === 'cancelled';
    }
    expect(cancelled).toBe(true);
    await expect.poll(() => map.getAttribute('data-mode')).toBe('gap');
    expect(await map.getAttribute('data-plan-id')).toBe(planId);
    await screenshot(page, 'first-minutes-cancelled-resolve');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('new provision by clicking the map', () => {
  it('fills the place and gemeente from a click, saves it, and shows it on the map', async () => {
    const s = await scenarioWithGrowth('Startklas op de kaart');
    const { context, page, errors } = await newPage(stack);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${s.id}`);
    await mapReady(page);
    const form = page.getByTestId('change-form');
    await form.waitFor({ timeout: 20_000 });
    await page.getByTestId('change-kind').selectOption('NEW_PROVISION');
    await page.getByTestId('pick-on-map').click();
    const map = page.locator('[data-testid="region-map"] .map[data-picking="true"]');
    await map.waitFor();
    await page.getByTestId('pick-hint').waitFor();
    // The centre of the map lies inside the region (the view is fitted to its gemeenten).
    // Starting to pick scrolled the map into view: its centre is on the screen.
    const box = (await map.boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(0);
    expect(box.y + box.height / 2).toBeLessThan(900);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => form.locator('[data-field="lat"]').inputValue()).toMatch(/^5\d\.\d+$/);
    const lat = Number(await form.locator('[data-field="lat"]').inputValue());
    const lon = Number(await form.locator('[data-field="lon"]').inputValue());
    // Parkstad (PO3106) lies around 50.9 N, 6.0 E.
    expect(lat).toBeGreaterThan(50.7);
    expect(lat).toBeLessThan(51.1);
    expect(lon).toBeGreaterThan(5.7);
    expect(lon).toBeLessThan(6.2);
    const note = await page.getByTestId('pick-note').innerText();
    expect(note).toMatch(/^Plek gekozen op de kaart: .* \(gemeente [A-Z][a-z]+\)\.$/);
    // The focus went back to the form's button, and the map shows the picked place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pick-on-map');
    expect(await page.locator('[data-testid="region-map"] .legend').innerText()).toContain(
      'Nieuwe voorziening (scenario)',
    );
    await screenshot(page, 'first-minutes-pick-on-map');

    await form.getByLabel('Naam').fill('Startklas Kaartklik');
    await form.getByLabel('Gedrag en sociaal-emotioneel').check();
    await page.getByTestId('save-change').click();
    await page
      .getByTestId('change-list')
      .getByText(/Startklas Kaartklik/)
      .waitFor({ timeout: 20_000 });
    await expectNoAxeFindings(page, 'region map after a picked provision');

    // Stored with the clicked coordinates and the gemeente the point lies in.
    const planner = await token(stack, DEMO.planner);
    const stored = await graphql<{ scenario: { changes: { kind: string; payload: Record<string, unknown> }[] } }>(
      stack,
      planner,
      'query($id: Int!) { scenario(id: $id) { changes { kind payload { ... on NewProvisionChange { lat lon gemeenteCode categories } } } } }',
      { id: s.id },
    );
    const added = stored.scenario.changes.find((c) => c.kind === 'NEW_PROVISION')!;
    expect(added.payload.lat).toBeCloseTo(lat, 5);
    expect(added.payload.lon).toBeCloseTo(lon, 5);
    expect(String(added.payload.gemeenteCode)).toMatch(/^GM\d{4}$/);
    expect(added.payload.categories).toEqual(['gedrag']);
    await screenshot(page, 'first-minutes-pick-saved');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('plan: keyboard solve, charts, Excel, printed report', () => {
  it('keeps the focus on a keyboard solve, charts the plan, exports a workbook and prints the report', async () => {
    const s = await scenarioWithGrowth('Rapport');
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${s.id}`);
    await mapReady(page);
    // Solve from the keyboard: the focus stays on the button through the run.
    const solveButton = page.getByTestId('solve-button');
    await solveButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="solve-status"][data-state="done"]', { timeout: 90_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('solve-button');

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('plan-charts').waitFor({ timeout: 30_000 });
    // Charts: ten planning years, the three checkpoint years marked; one bar per year.
    const unmet = page.getByTestId('chart-unmet');
    expect(await unmet.locator('g[data-year]').count()).toBe(10);
    expect(
      await unmet.locator('g[data-checkpoint="true"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-year'))),
    ).toEqual(['2029', '2032', '2035']);
    expect(await page.getByTestId('chart-inclusive').locator('g[data-checkpoint="true"] circle').count()).toBe(3);
    expect(await page.getByTestId('chart-rungs').locator('g[data-year]').count()).toBe(10);
    expect(await page.getByTestId('chart-rungs').locator('rect').count()).toBeGreaterThanOrEqual(10);
    await expectNoAxeFindings(page, 'plan tab with charts');
    await screenshot(page, 'first-minutes-plan-charts');

    // Excel: one sheet per table, read back; the unmet per year matches the coverage sheet and the screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^dekkend-PO3106-rapport-plan-2026-2035\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Jaren',
      'Dekking',
      'Acties',
      'Vervoer',
      'Bezetting',
      'Toelichting',
    ]);
    const years = wb.getWorksheet('Jaren')!;
    expect(years.getRow(1).getCell(1).value).toBe('jaar');
    expect(years.rowCount).toBe(11); // header + 2026–2035
    const header = (years.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row2029 = years.getRow(2029 - 2026 + 2);
    expect(row2029.getCell(1).value).toBe(2029);
    expect(row2029.getCell(col('ijkjaar')).value).toBe('ja');
    const unmet2029 = Number(row2029.getCell(col('niet_geplaatst')).value);
    let coverageUnmet = 0;
    wb.getWorksheet('Dekking')!.eachRow((r, i) => {
      if (i > 1 && r.getCell(1).value === 2029) coverageUnmet += Number(r.getCell(8).value);
    });
    expect(coverageUnmet).toBeCloseTo(unmet2029, 3);
    const onScreen = await page
      .locator('[data-testid="checkpoint-table"] tbody tr')
      .first()
      .locator('td')
      .first()
      .innerText();
    expect(Number(onScreen.replace(/\./g, '').replace(',', '.'))).toBeCloseTo(unmet2029, 1);
    const about = wb.getWorksheet('Toelichting')!;
    const aboutText: string[] = [];
    about.eachRow((r) => aboutText.push((r.values as unknown[]).slice(1).join(' ')));
    expect(aboutText.join('\n')).toMatch(/wijzigingen .*10\s?% meer Gedrag en sociaal-emotioneel/);
    expect(aboutText.join('\n')).toMatch(/herkomst gegevens Geschat: /);

    // The printed report: the map, the changes, the assumptions, the provenance and the checkpoint tables.
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('print-report');
    expect(await report.isVisible()).toBe(true);
    const staticMap = report.getByTestId('static-map');
    expect(await staticMap.isVisible()).toBe(true);
    expect(await staticMap.locator('path').count()).toBe(7); // PO3106's seven gemeenten
    expect(await report.getByTestId('report-changes').innerText()).toMatch(/10\s?% meer Gedrag en sociaal-emotioneel/);
    expect(await report.getByTestId('report-assumptions').locator('li').count()).toBeGreaterThanOrEqual(3);
    const provenance = await report.getByTestId('report-provenance').innerText();
    for (const word of ['Geschat', 'Geprojecteerd', 'Geteld']) expect(provenance).toContain(word);
    expect(await page.getByTestId('checkpoint-table').isVisible()).toBe(true);
    expect(await page.getByTestId('category-gap-table').isVisible()).toBe(true);
    // The screen's controls are not printed.
    expect(await page.getByTestId('export-xlsx').isVisible()).toBe(false);
    await page.pdf({ path: join(ARTIFACTS, 'first-minutes-report.pdf'), format: 'A4', printBackground: true });
    await screenshot(page, 'first-minutes-report-print');
    await page.emulateMedia({ media: 'screen' });
    // Plans move through time: the plan tab shows entrants, waiting and returns per checkpoint year.
    const movement = page.getByTestId('movement-table');
    expect(await movement.isVisible()).toBe(true);
    expect(await movement.locator('tbody tr').count()).toBe(6);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('gemeente map', () => {
  it('draws a housing project at its school, with the legend naming it', async () => {
    const gemeente = await token(stack, DEMO.gemeente);
    const school = await graphql<{ schools: { edges: { node: { vestigingscode: string } }[] } }>(
      stack,
      gemeente,
      '{ schools(gemeenteCode: "GM0899", type: BAO, first: 1) { edges { node { vestigingscode } } } }',
    );
    await graphql(
      stack,
      gemeente,
      'mutation($g: String!, $input: HousingProjectInput!) { createHousingProject(gemeenteCode: $g, input: $input) { id } }',
      {
        g: 'GM0899',
        input: {
          name: 'Uitbreiding op de kaart',
          year: 2028,
          kind: 'EXTENSION',
          classroomsAdded: 2,
          accessible: true,
          schoolVestigingscode: school.schools.edges[0]!.node.vestigingscode,
        },
      },
    );
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.gemeente);
    await page.waitForURL(/#\/gemeente\/GM0899/);
    await page.waitForSelector('[data-testid="gemeente-map"][data-drawn-ms]', { timeout: 30_000 });
    await page.getByTestId('projects-table').getByText('Uitbreiding op de kaart').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('gemeente-legend').innerText()).toContain('Huisvestingsproject (IHP)');
    await expectNoAxeFindings(page, 'gemeente with a housing project');
    await screenshot(page, 'first-minutes-gemeente-housing');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
