/**
 * The map client end to end, in Debian's headless Chromium, against the real
 * API server on a freshly seeded database. One server for the whole file;
 * tests run in order and build on each other (the planner's plans feed the
 * gemeente's and the ministry's views). Every test saves a screenshot under
 * artifacts/e2e/ and runs axe-core on each view it visits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Seeding and the national baseline run (as on a fresh `npm start`) take minutes on a busy machine.
beforeAll(async () => {
  stack = await startStack();
}, 1_800_000);

afterAll(async () => {
  await stack?.stop();
});

// Zero axe findings of any impact (issue 12), not only serious and critical ones.
async function expectAccessible(page: Page, view: string) {
  const violations = await axeAll(page);
  expect(violations, `${view}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const mapReady = (page: Page) =>
  page.waitForSelector('[data-testid="region-map"] [data-drawn-ms]', { timeout: 30_000 });

/** The gap on the map once it shows the scenario's own latest plan (not an earlier plan kept on view). */
async function gapTotal(page: Page): Promise<number> {
  const el = page.locator('[data-testid="region-map"]');
  await expect
    .poll(async () => `${await el.getAttribute('data-mode')} ${await el.getAttribute('data-plan-current')}`, {
      timeout: 20_000,
    })
    .toBe('gap true');
  return Number(await el.getAttribute('data-gap-total'));
}

/** Clicks Solve and waits for the plan; returns the progress values the bar showed. */
async function solve(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __progress: number[] }).__progress = seen;
    const record = () => {
      const p = document.querySelector<HTMLProgressElement>('[data-testid="solve-progress"]');
      if (p) seen.push(p.value);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  });
  await page.getByTestId('solve-button').click();
  await page.waitForSelector('[data-testid="solve-status"][data-state="done"]', { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
}

describe('sign-in', () => {
  it('sends each role to its own start page', async () => {
    const cases = [
      { email: DEMO.planner, hash: /#\/regio\/PO3106/, heading: /PO3106/, shot: 'signin-planner' },
      { email: DEMO.gemeente, hash: /#\/gemeente\/GM0899/, heading: /Brunssum/, shot: 'signin-gemeente' },
      { email: DEMO.ministry, hash: /#\/land/, heading: /Landelijk beeld/, shot: 'signin-ministry' },
    ];
    {
      const { context, page } = await newPage(stack);
      await page.goto(`${stack.baseUrl}/`);
      await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
      await expectAccessible(page, 'sign-in');
      await page.getByLabel('E-mailadres').fill(DEMO.planner);
      await page.getByLabel('Wachtwoord').fill('wrong password');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Inloggen is niet gelukt' }).waitFor();
      await screenshot(page, 'signin-refused');
      await context.close();
    }
    for (const c of cases) {
      const { context, page, errors } = await newPage(stack);
      await signIn(page, stack, c.email);
      await page.waitForURL(c.hash, { timeout: 20_000 });
      await page.getByRole('heading', { level: 1, name: c.heading }).waitFor({ timeout: 30_000 });
      await screenshot(page, c.shot);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);
});

describe('region planner on PO3106', () => {
  // The starting point is a real gap from projected growth: the planner asks what happens when ZML demand
  // doubles by 2029 (a GROWTH change entered in the form); the region's ZML places then fall short.
  it('adds capacity where the map shows a gap, solves with progress, sees the gap shrink; compares; exports CSV', async () => {
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);

    // Open the region for the ZML need in 2029 and time the map.
    const started = Date.now();
    await page.goto(`${stack.baseUrl}/#/regio/PO3106?jaar=2029&categorie=zml`);
    await page.reload();
    await mapReady(page);
    const wallMs = Date.now() - started;
    const appMs = Number(
      await page.locator('[data-testid="region-map"] [data-drawn-ms]').getAttribute('data-drawn-ms'),
    );
    console.log(
      `[e2e] region PO3106: map drawn ${appMs} ms after the view opened (${wallMs} ms from navigation, incl. page load)`,
    );
    expect(appMs).toBeGreaterThan(0); // the map reports when it was drawn (its time is logged, not asserted)

    // The offline base map: woonplaatsen as labels, the neighbouring regions' outlines, and the legend naming both.
    const mapEl = page.locator('[data-testid="region-map"] .map');
    await expect.poll(() => mapEl.getAttribute('data-place-names'), { timeout: 20_000 }).toContain('Heerlen');
    const names = (await mapEl.getAttribute('data-place-names'))!.split('|');
    expect(names).toEqual(expect.arrayContaining(['Heerlen', 'Kerkrade', 'Brunssum', 'Landgraaf']));
    expect(await page.locator('[data-testid="region-map"] .place-label').count()).toBe(names.length);
    await expect
      .poll(async () => Number(await mapEl.getAttribute('data-outlines')), { timeout: 20_000 })
      .toBeGreaterThan(1);
    const legend = page.locator('[data-testid="region-map"] [data-testid="map-legend"]');
    expect(await legend.locator('[data-base]').allInnerTexts()).toEqual([
      expect.stringContaining('Plaatsnamen'),
      'Gemeentegrenzen',
      expect.stringContaining('Grenzen van samenwerkingsverbanden'),
    ]);
    // Zoomed in, smaller places are named too (villages the region's zoom left out).
    await page.locator('[data-testid="region-map"] .leaflet-control-zoom-in').click();
    await expect
      .poll(
        async () =>
          ((await mapEl.getAttribute('data-place-names')) ?? '').split('|').filter((n) => !names.includes(n)).length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await page.locator('[data-testid="region-map"] .leaflet-control-zoom-out').click();
    await expectAccessible(page, 'region map (no plan)');
    await screenshot(page, 'planner-1-region-opened');

    // A scenario: ZML demand doubles by 2029 (the projection grows towards it), entered in the form.
    await page.getByTestId('new-scenario-name').fill('Groei zml');
    await page.getByTestId('create-scenario').click();
    await expect
      .poll(() => page.getByTestId('scenario-select').locator('option:checked').textContent())
      .toContain('Groei zml');
    await page.getByTestId('change-kind').selectOption('GROWTH');
    const form = page.getByTestId('change-form');
    await form.locator('[data-field="categoryCode"]').selectOption('zml');
    await form.locator('[data-field="share"]').fill('100');
    await form.locator('[data-field="byYear"]').selectOption('2029');
    await page.getByTestId('save-change').click();
    await page.getByTestId('change-list').locator('li').first().waitFor();
    expect(await page.getByTestId('change-list').innerText()).toContain('100% meer Zeer moeilijk lerend (ZML)');

    const progress1 = await solve(page);
    expect(progress1.length, 'the progress bar was shown').toBeGreaterThan(0);
    console.log(
      `[e2e] progress bar values seen during the first solve: ${progress1.map((v) => v.toFixed(2)).join(' ')}`,
    );
    const gapBefore = await gapTotal(page);
    expect(gapBefore, 'doubled ZML demand leaves pupils unplaced').toBeGreaterThan(1);
    const rows = page.getByTestId('gap-table').locator('tbody tr');
    const gemeenteGaps = async () => {
      const out: Record<string, number> = {};
      for (const row of await rows.all())
        out[(await row.getAttribute('data-gemeente'))!] = Number(await row.getAttribute('data-unmet'));
      return out;
    };
    const tableBefore = await gemeenteGaps();
    expect(Math.max(...Object.values(tableBefore)), 'the gap table shows where the gap is').toBeGreaterThan(0);
    const fillsBefore = await page.getByTestId('region-map').getAttribute('data-fills');
    const valuesBefore = await page.getByTestId('region-map').getAttribute('data-values');
    // By default the gap is coloured by unmet pupils; the legend says so, per layer.
    expect(await page.getByTestId('region-map').getAttribute('data-gap-metric')).toBe('pupils');
    expect(await legend.locator('h2').innerText()).toMatch(/^Leerlingen niet geplaatst: Zeer moeilijk lerend/);
    expect(await legend.locator('[data-layer] h3').allInnerTexts()).toEqual([
      'Vlakken: gemeenten',
      'Cirkels: postcodegebieden (grootte: vraag)',
    ]);
    await screenshot(page, 'planner-2-gap-on-map');

    // Coloured by share instead: the choice is in the URL (and survives a reload), the legend says which.
    await page.getByTestId('gap-metric').getByLabel('aandeel van de vraag').check();
    await page.waitForURL(/gat=aandeel/);
    await expect.poll(() => page.getByTestId('region-map').getAttribute('data-gap-metric')).toBe('share');
    expect(await legend.locator('h2').innerText()).toMatch(/^Aandeel van de vraag niet geplaatst/);
    expect(await legend.locator('[data-layer="areas"] h3').innerText()).toContain('zelfde kleuren als de gemeenten');
    expect(await legend.locator('[data-layer="gemeenten"]').innerText()).toContain('%');
    expect(await page.getByTestId('region-map').getAttribute('data-fills')).not.toBe(fillsBefore);
    await page.reload();
    await mapReady(page);
    await expect
      .poll(() => page.getByTestId('region-map').getAttribute('data-gap-metric'), { timeout: 20_000 })
      .toBe('share');
    expect(await page.getByTestId('gap-metric').getByLabel('aandeel van de vraag').isChecked()).toBe(true);
    await expectAccessible(page, 'region map (gap by share)');
    await screenshot(page, 'planner-2b-gap-by-share');
    await page.getByTestId('gap-metric').getByLabel('aantal leerlingen').check();
    await expect.poll(() => page.url()).not.toMatch(/gat=/);
    await expect.poll(() => page.getByTestId('region-map').getAttribute('data-fills')).toBe(fillsBefore);

    // Copy the scenario and add capacity where the gap is: the provision where one more place helps most.
    await page.getByRole('button', { name: 'Kopiëren', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('scenario-select').locator('option:checked').textContent())
      .toContain('Groei zml (2)');
    // Validation in place: an empty capacity form names what is missing.
    await page.getByTestId('change-kind').selectOption('CAPACITY');
    await page.getByTestId('save-change').click();
    await page.locator('[data-testid="change-form"] .field-error').first().waitFor();
    expect(await page.locator('[data-testid="change-form"] [aria-invalid="true"]').count()).toBeGreaterThan(0);
    const suggestion = page
      .getByTestId('expand-suggestions')
      .getByRole('button', { name: /^Plaatsen toevoegen in scenario: / })
      .first();
    await suggestion.waitFor({ timeout: 20_000 });
    const provisionName = (await suggestion.getAttribute('aria-label'))!.replace(
      /^Plaatsen toevoegen in scenario: /,
      '',
    );
    await suggestion.click();
    expect(await page.getByTestId('change-kind').inputValue()).toBe('CAPACITY');
    expect(Number(await form.locator('input[data-field="places"]').inputValue())).toBeGreaterThan(0);
    await page.getByTestId('save-change').click();
    await page.getByTestId('change-list').locator('li').nth(1).waitFor();
    expect(await page.getByTestId('change-list').locator('li').nth(1).textContent()).toContain(provisionName);
    await screenshot(page, 'planner-3-change-added');

    const progress2 = await solve(page);
    expect(progress2.length).toBeGreaterThan(0);
    await expect.poll(() => gapTotal(page), { timeout: 20_000 }).toBeLessThan(gapBefore);
    const gapAfter = await gapTotal(page);
    const tableAfter = await gemeenteGaps();
    const shrunk = Object.keys(tableBefore).filter((g) => (tableAfter[g] ?? 0) < tableBefore[g]! - 0.5);
    expect(shrunk.length, 'the gap shrinks in the table where places were added').toBeGreaterThan(0);
    // The map draws the new plan's figures (its colours change where a gemeente crosses a class limit).
    expect(await page.getByTestId('region-map').getAttribute('data-values'), 'the map shows the new plan').not.toBe(
      valuesBefore,
    );
    const fillsAfter = await page.getByTestId('region-map').getAttribute('data-fills');
    console.log(
      `[e2e] gap zml 2029: ${gapBefore} → ${gapAfter} pupils, places added at ${provisionName}; shrunk in ${shrunk
        .map((g) => `${g} ${tableBefore[g]} → ${tableAfter[g]}`)
        .join(', ')}; map colours ${fillsAfter === fillsBefore ? 'unchanged' : `now ${fillsAfter}`}`,
    );
    expect(errors).toEqual([]);
    await screenshot(page, 'planner-4-gap-shrunk');

    // The URL reproduces the view: open it in a fresh tab.
    const shared = page.url();
    expect(shared).toMatch(/jaar=2029/);
    expect(shared).toMatch(/categorie=zml/);
    expect(shared).toMatch(/scenario=\d+/);
    {
      const again = await context.newPage();
      await again.goto(shared);
      await mapReady(again);
      await expect.poll(() => gapTotal(again)).toBeCloseTo(gapAfter, 2);
      await again.close();
    }

    // Compare the two scenarios per checkpoint year.
    await page.getByRole('tab', { name: 'Vergelijken' }).click();
    const options = page.getByTestId('compare-left').locator('option');
    const ids: Record<string, string> = {};
    for (let i = 0; i < (await options.count()); i++)
      ids[(await options.nth(i).textContent())!.trim()] = (await options.nth(i).getAttribute('value'))!;
    await page.getByTestId('compare-left').selectOption(ids['Groei zml']!);
    await page.getByTestId('compare-right').selectOption(ids['Groei zml (2)']!);
    const table = page.getByTestId('compare-table');
    await table.waitFor({ timeout: 20_000 });
    for (const year of [2029, 2032, 2035])
      await table.locator(`tr[data-metric="unmet"][data-year="${year}"]`).waitFor();
    expect(
      await table.locator('tr[data-metric="unmet"][data-year="2029"] td.better').count(),
      'B (more places) leaves fewer pupils unplaced',
    ).toBe(1);
    await page.locator('.chart svg').first().waitFor();
    await expectAccessible(page, 'compare');
    await screenshot(page, 'planner-5-compare');

    // The plan, and its CSV export.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('plan-panel').waitFor();
    await expectAccessible(page, 'plan');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'region,scenario,year,gemeente,pc4,category,demand,served_regular,served_provision,unmet,unmet_no_capacity,unmet_out_of_reach',
    );
    const zmlRows = lines.slice(1).filter((l) => l.includes(',2029,') && l.includes(',zml,'));
    expect(zmlRows.length).toBeGreaterThan(10);
    // Choosing scenario A in the comparison made "Groei zml" the current scenario again: its gap is in the CSV.
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(['Groei zml']));
    const csvUnmet = zmlRows.reduce((s, l) => s + Number(l.split(',')[9]), 0);
    expect(csvUnmet).toBeCloseTo(gapBefore, 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['PO3106']));
    // The file name says what it holds: all the plan's years, not one.
    expect(download.suggestedFilename()).toMatch(/^dekkend-PO3106-groei-zml-dekking-\d{4}-\d{4}\.csv$/);
    // The Dutch-locale CSV: semicolons and decimal commas, the same unmet total.
    const [nlDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-nl').click()]);
    expect(nlDownload.suggestedFilename()).toMatch(/^dekkend-PO3106-groei-zml-dekking-\d{4}-\d{4}-nl\.csv$/);
    const nlLines = readFileSync((await nlDownload.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(nlLines[0]!.startsWith('regio;scenario;jaar;gemeente;pc4;categorie;vraag;')).toBe(true);
    const nlZml = nlLines.slice(1).filter((l) => l.includes(';2029;') && l.includes(';zml;'));
    expect(nlZml.length).toBe(zmlRows.length);
    const nlUnmet = nlZml.reduce((s, l) => s + Number(l.split(';')[9]!.replace(',', '.')), 0);
    expect(nlUnmet).toBeCloseTo(csvUnmet, 6);
    await screenshot(page, 'planner-6-plan');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('phone (390×844)', () => {
  it('reaches the map, the changes and the solve button, and solves from the phone', async () => {
    const { context, page, errors } = await newPage(stack);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await mapReady(page);
    const vp = { width: 390, height: 844 };
    const inView = async (testId: string) => {
      const box = (await page.getByTestId(testId).first().boundingBox())!;
      return box.x >= 0 && box.x + box.width <= vp.width && box.y >= 0 && box.y < vp.height;
    };
    // Nothing wider than the screen; the map first, in view at the top, with its place names.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const mapBox = (await page.locator('[data-testid="region-map"] .map').boundingBox())!;
    expect(mapBox.width).toBeLessThanOrEqual(390);
    expect(mapBox.y).toBeLessThan(vp.height / 2);
    await expect
      .poll(() => page.locator('[data-testid="region-map"] .map').getAttribute('data-place-names'), {
        timeout: 20_000,
      })
      .toContain('Heerlen');
    await screenshot(page, 'phone-1-map');
    // Right under the map, a button leads down to the scenario's changes and the solve button.
    const jump = page.getByTestId('jump-to-scenario');
    const jumpBox = (await jump.boundingBox())!;
    expect(jumpBox.y, 'the jump button sits right under the map').toBeLessThan(mapBox.y + mapBox.height + 120);
    await jump.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^scenario-(changes-)?title$/);
    expect(await inView('solve-button'), 'the solve button is on the screen after the jump').toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-1b-jumped-to-changes.png') });

    // A scenario with a change, from the phone: the form, the change list and the solve button are reachable.
    await page.getByTestId('new-scenario-name').scrollIntoViewIfNeeded();
    await page.getByTestId('new-scenario-name').fill('Telefoon');
    await page.getByTestId('create-scenario').click();
    await expect
      .poll(() => page.getByTestId('scenario-select').locator('option:checked').textContent())
      .toContain('Telefoon');
    await page.getByTestId('change-kind').scrollIntoViewIfNeeded();
    await page.getByTestId('change-kind').selectOption('GROWTH');
    const form = page.getByTestId('change-form');
    await form.locator('[data-field="categoryCode"]').selectOption('gedrag');
    await form.locator('[data-field="share"]').fill('10');
    await form.locator('[data-field="byYear"]').selectOption('2029');
    await page.getByTestId('save-change').click();
    await page.getByTestId('change-list').locator('li').first().waitFor();
    await page.getByTestId('change-list').scrollIntoViewIfNeeded();
    expect(await inView('change-list')).toBe(true);
    await page.getByTestId('solve-button').scrollIntoViewIfNeeded();
    expect(await inView('solve-button')).toBe(true);
    const box = (await page.getByTestId('solve-button').boundingBox())!;
    expect(box.height, 'a button a thumb can hit').toBeGreaterThanOrEqual(32);
    await solve(page);
    await expect.poll(() => page.getByTestId('region-map').getAttribute('data-mode'), { timeout: 20_000 }).toBe('gap');
    // The legend (below the map on a phone) still names every layer.
    const legend = page.locator('[data-testid="region-map"] [data-testid="map-legend"]');
    expect(await legend.locator('[data-layer] h3').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'region (phone)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'phone-2-solved');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('gemeente Brunssum', () => {
  it('adds a housing project and sees the mismatch disappear', async () => {
    // Set-up through the API (not what this test is about): a plan that opens a startklas in Brunssum in 2028.
    const planner = await token(stack, DEMO.planner);
    const school = await graphql<{
      schools: { edges: { node: { vestigingscode: string; lat: number; lon: number } }[] };
    }>(
      stack,
      planner,
      '{ schools(gemeenteCode: "GM0899", type: BAO, first: 1) { edges { node { vestigingscode lat lon } } } }',
    );
    const host = school.schools.edges[0]!.node;
    const created = await graphql<{ createScenario: { id: number; version: number } }>(
      stack,
      planner,
      'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version } }',
      {
        input: {
          regionCode: 'PO3106',
          name: 'Startklas Brunssum',
          changes: [
            {
              newProvision: {
                code: 'NEW-STARTKLAS-BRUNSSUM',
                name: 'Startklas Brunssum',
                rung: 2,
                lat: host.lat,
                lon: host.lon,
                sectors: ['PO'],
                gemeenteCode: 'GM0899',
                hostSchoolCode: host.vestigingscode,
                categories: ['gedrag'],
                totalCapacity: 12,
                accessible: false,
                openingCost: 50000,
                minViableSize: 0,
                earliestYear: 2028,
                forceOpen: true,
              },
            },
          ],
        },
      },
    );
    const plan = await graphql<{ solveScenario: { id: number } }>(
      stack,
      planner,
      'mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }',
      { id: created.createScenario.id },
    );
    await expect
      .poll(
        async () =>
          (
            await graphql<{ plan: { status: string } }>(
              stack,
              planner,
              'query($id: Int!) { plan(id: $id) { status } }',
              { id: plan.solveScenario.id },
            )
          ).plan.status,
        { timeout: 60_000, interval: 500 },
      )
      .toBe('OPTIMAL');

    // A solved experiment changes nothing for the gemeente: it sees the region's baseline plan from the
    // national run (stored at start-up), named as such, until the region adopts a plan.
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.gemeente);
    await page.waitForURL(/#\/gemeente\/GM0899/);
    const shownBefore = page.getByTestId('shown-plans');
    await shownBefore.waitFor({ timeout: 30_000 });
    expect(await shownBefore.innerText()).toMatch(/PO3106: basisplan \(landelijke doorrekening\)/);
    expect(await page.locator('[data-testid="mismatches"] li[data-kind="CLASSROOMS"]').count()).toBe(0);
    await screenshot(page, 'gemeente-0-baseline-plan');

    // The planner adopts the plan on its plan tab ("Plan vaststellen").
    const plannerSide = await newPage(stack);
    await signIn(plannerSide.page, stack, DEMO.planner);
    await plannerSide.page.waitForURL(/#\/regio\/PO3106/);
    await plannerSide.page.goto(`${stack.baseUrl}/#/regio/PO3106?scenario=${created.createScenario.id}&tab=plan`);
    const status = plannerSide.page.getByTestId('adoption-status');
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain('verkenning');
    await plannerSide.page.getByTestId('adopt-plan').click();
    await plannerSide.page.getByText('Vastgesteld plan van de regio').waitFor({ timeout: 20_000 });
    await expectAccessible(plannerSide.page, 'plan adopted');
    await screenshot(plannerSide.page, 'planner-plan-adopted');
    await plannerSide.context.close();

    // Now the gemeente sees the adopted plan, named, with its date.
    await page.reload();
    const shownPlans = page.getByTestId('shown-plans');
    await shownPlans.waitFor({ timeout: 30_000 });
    expect(await shownPlans.innerText()).toMatch(/PO3106: vastgesteld plan «Startklas Brunssum»/);
    const mismatches = page.getByTestId('mismatches');
    await mismatches.waitFor({ timeout: 30_000 });
    const classroom = mismatches.locator('li[data-kind="CLASSROOMS"]');
    expect(await classroom.count()).toBeGreaterThan(0);
    expect(await classroom.first().innerText()).toContain('2028');
    await page.getByTestId('timeline-table').waitFor();
    await expectAccessible(page, 'gemeente');
    await screenshot(page, 'gemeente-1-mismatch');

    // Validation in place, then a valid project: one extra classroom, ready in 2027.
    const form = page.getByTestId('project-form');
    await form.getByLabel('Lokalen erbij').fill('');
    await page.getByTestId('save-project').click();
    await form.locator('.field-error').first().waitFor();
    await form.getByLabel('Naam').fill('Uitbreiding IKC Brunssum');
    await form.getByLabel('Jaar gereed').selectOption('2027');
    await form.getByLabel('Soort').selectOption('EXTENSION');
    await form.getByLabel('Lokalen erbij').fill('1');
    await form.getByLabel(/School/).fill(host.vestigingscode);
    await page.getByTestId('save-project').click();
    await page.getByTestId('projects-table').getByText('Uitbreiding IKC Brunssum').waitFor();
    await page.getByTestId('no-mismatch').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('mismatches').count()).toBe(0);
    await page.getByTestId('gemeente-transport').waitFor();
    await screenshot(page, 'gemeente-2-mismatch-gone');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('ministry', () => {
  it('sorts regions by coverage gap', async () => {
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.ministry);
    await page.waitForURL(/#\/land/);
    const table = page.getByTestId('regions-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(150);
    await page.waitForSelector('[data-testid="country-map"][data-drawn-ms]', { timeout: 30_000 });
    // The map shows the 76 PO samenwerkingsverbanden as outlines (derived, and said so), not gemeenten.
    await page.waitForSelector('[data-testid="country-map"][data-boundaries="76"]', { timeout: 30_000 });
    expect(await page.getByTestId('outline-source').textContent()).toMatch(/afgeleid/);
    await expectAccessible(page, 'ministry');

    // data-sort-key: the number the table sorts by (a suppressed "<5" sorts as 2.5; no plan: empty).
    const gaps = async () =>
      table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({ code: tr.getAttribute('data-region'), gap: tr.getAttribute('data-sort-key') })),
        );
    const sortButton = table.locator('button[data-sort="gap"]');
    // Default: by gap, descending. Click: ascending. Click again: descending.
    await sortButton.click();
    await expect.poll(() => table.locator('th[aria-sort="ascending"] button[data-sort="gap"]').count()).toBe(1);
    expect(page.url()).toMatch(/sort=gap&dir=asc/);
    await sortButton.click();
    await expect.poll(() => table.locator('th[aria-sort="descending"] button[data-sort="gap"]').count()).toBe(1);
    const rows = await gaps();
    const known = rows.filter((r) => r.gap !== '' && r.gap !== null).map((r) => Number(r.gap));
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // From the first start every region shows a plan: its baseline from the national run (or an adopted one).
    expect(known).toHaveLength(150);
    const labels = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(labels.filter((l) => /basisplan/.test(l)).length).toBeGreaterThanOrEqual(149);
    // The national provisions against their capacity, summed over the shown plans: none over-booked.
    const national = page.getByTestId('national-provisions').locator('tbody tr');
    expect(await national.count()).toBe(11);
    expect(await page.locator('[data-testid="national-provisions"] tr[data-overbooked="true"]').count()).toBe(0);
    expect(await page.getByTestId('national-provisions').innerText()).toMatch(/Binnen de capaciteit/);
    // Outside its own region the ministry sees small counts suppressed, marked as such.
    const first = table.locator('tbody tr').first();
    if ((await first.getAttribute('data-suppressed')) === 'true')
      expect(await first.locator('[data-suppressed="true"]').first().innerText()).toContain('<5');
    await page.getByTestId('indicator-select').selectOption('sbo');
    // All 8,717 school locations on one canvas.
    const t0 = Date.now();
    await page.getByTestId('show-all-schools').check();
    await page.waitForSelector('[data-testid="country-map"][data-points="8717"]', { timeout: 60_000 });
    console.log(`[e2e] national map: 8717 school locations loaded and drawn in ${Date.now() - t0} ms`);
    await screenshot(page, 'ministry-sorted-by-gap');

    // Drill down: the ministry reads a region's plan as aggregates only.
    await table.locator('tr[data-region="PO3106"] a').click();
    await page.waitForURL(/#\/regio\/PO3106/);
    await mapReady(page);
    await page.getByText('alleen zichtbaar voor de regio zelf').waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByText('U ziet de kengetallen van dit plan').waitFor({ timeout: 20_000 });
    await page.getByTestId('checkpoint-table').waitFor();
    expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);
    await expectAccessible(page, 'region plan (ministry, aggregates)');
    await screenshot(page, 'ministry-region-aggregates');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('keyboard', () => {
  it('reaches the content with the skip link, switches tabs with the arrow keys, and shows where the focus is', async () => {
    const { context, page, errors } = await newPage(stack);
    await signIn(page, stack, DEMO.planner);
    await page.waitForURL(/#\/regio\/PO3106/);
    await mapReady(page);
    // Opening a view puts the focus on its content; the next Tab reaches the view's first control.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('category-select');
    // The skip link is the first stop on the page, visible when focused, and leads to the content.
    await page.locator('.skip-link').focus();
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().left >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Focus the selected tab, then move with the arrow keys.
    await page.getByRole('tab', { name: 'Kaart' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.getAttribute('role') + ':' + document.activeElement?.textContent),
      )
      .toBe('tab:Plan');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    expect(page.url()).toMatch(/tab=plan/);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Kaart', selected: true }).waitFor();
    // Every location on the canvas map is also reachable as a button.
    await page.locator('.provision-list summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-provision]').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').waitFor();
    await screenshot(page, 'keyboard-detail');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('language', () => {
  it('switches between Dutch and English', async () => {
    const { context, page, errors } = await newPage(stack);
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Email address').fill(DEMO.ministry);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'National view' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('button', { name: /Sort by/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'ministry (English)');
    await screenshot(page, 'language-english');
    // The choice is remembered after a reload, and switching back gives Dutch.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'National view' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Landelijk beeld' }).waitFor();
    await screenshot(page, 'language-dutch');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
