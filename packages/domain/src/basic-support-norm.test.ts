import { describe, expect, it } from 'vitest';
import {
  checkSchoolNorm,
  normWarnings,
  rungOneLimits,
  summariseNorm,
  type ProfileEntry,
} from './basic-support-norm.ts';

const sop = (dyslexie: ProfileEntry['level'], assumed = false): ProfileEntry[] => [
  { category: 'dyslexie', level: dyslexie, assumed },
  { category: 'meerbegaafd', level: 'BASIS', assumed },
  { category: 'taakgedrag', level: 'EXTRA', assumed },
];

describe('landelijke norm basisondersteuning per school', () => {
  it('fails a school without dyslexia support on reading/spelling and dyslexia only', () => {
    expect(checkSchoolNorm(sop('NONE'))).toEqual({
      'lezen-dyslexie': 'FAILS',
      hoogbegaafdheid: 'MEETS',
      'taak-werkgedrag': 'MEETS',
    });
  });

  it('keeps the seeded assumption apart from a school’s own SOP, and a missing row unknown', () => {
    expect(checkSchoolNorm(sop('BASIS', true))['lezen-dyslexie']).toBe('ASSUMED');
    expect(checkSchoolNorm([])['taak-werkgedrag']).toBe('UNKNOWN');
  });

  it('counts schools meeting each area and their share', () => {
    // Four schools: one fails dyslexia, one assumed, one unknown (no SOP rows), one meets.
    const checks = [
      checkSchoolNorm(sop('NONE')),
      checkSchoolNorm(sop('BASIS', true)),
      checkSchoolNorm([]),
      checkSchoolNorm(sop('EXTRA')),
    ];
    const [reading, gifted] = summariseNorm(checks);
    expect(reading).toEqual({
      area: 'lezen-dyslexie',
      schools: 4,
      meeting: 2,
      assumed: 1,
      failing: 1,
      unknown: 1,
      share: 0.5,
    });
    expect(gifted).toMatchObject({ meeting: 3, failing: 0, unknown: 1, share: 0.75 });
    expect(summariseNorm([])[0]!.share).toBeNull();
  });
});

describe('plan warnings where a need is placed at rung 1 in a school that does not meet the norm', () => {
  const schools = [
    { vestigingscode: '11AA00', name: 'De Zonder', pc4: '6441', norm: checkSchoolNorm(sop('NONE')) },
    { vestigingscode: '22BB00', name: 'De Met', pc4: '6441', norm: checkSchoolNorm(sop('BASIS')) },
    { vestigingscode: '33CC00', name: 'De Enige', pc4: '6442', norm: checkSchoolNorm(sop('NONE')) },
    { vestigingscode: '44DD00', name: 'De Goede', pc4: '6443', norm: checkSchoolNorm(sop('BASIS')) },
  ];
  const pupils = [
    { pc4: '6441', category: 'dyslexie', year: 2026, pupils: 12 },
    { pc4: '6442', category: 'dyslexie', year: 2026, pupils: 4 },
    { pc4: '6443', category: 'dyslexie', year: 2026, pupils: 9 }, // school meets: no warning
    { pc4: '6441', category: 'meerbegaafd', year: 2026, pupils: 7 }, // both meet giftedness: no warning
    { pc4: '6444', category: 'dyslexie', year: 2026, pupils: 3 }, // no school in the area: nothing to check
  ];

  it('warns per area where a school fails, and says when no school there meets it', () => {
    const warnings = normWarnings(schools, pupils);
    expect(
      warnings.map((w) => [w.pc4, w.area, w.pupils, w.schools.map((s) => s.vestigingscode), w.noSchoolMeets]),
    ).toEqual([
      ['6441', 'lezen-dyslexie', 12, ['11AA00'], false],
      ['6442', 'lezen-dyslexie', 4, ['33CC00'], true],
    ]);
  });

  it('ignores needs outside the norm and areas without pupils', () => {
    expect(normWarnings(schools, [{ pc4: '6441', category: 'zml', year: 2026, pupils: 5 }])).toEqual([]);
    expect(normWarnings(schools, [{ pc4: '6441', category: 'dyslexie', year: 2026, pupils: 0 }])).toEqual([]);
  });

  it('warns for an allocated need the plan keeps at rung 1 where its area fails (leren on reading/spelling)', () => {
    const [w] = normWarnings(schools, [{ pc4: '6442', category: 'leren', year: 2029, pupils: 6 }]);
    expect(w).toMatchObject({ area: 'lezen-dyslexie', category: 'leren', year: 2029, noSchoolMeets: true });
  });
});

describe('the rung-1 option: rung 1 for a need only as far as the schools meet its area', () => {
  it('limits leren by the share of meeting schools per postcode area, gedrag not (all meet)', () => {
    // 6441: one of two schools meets reading/spelling → 0.5; 6442: none → 0; 6443: all → no limit.
    const schools = [
      { pc4: '6441', norm: checkSchoolNorm(sop('NONE')) },
      { pc4: '6441', norm: checkSchoolNorm(sop('BASIS', true)) },
      { pc4: '6442', norm: checkSchoolNorm(sop('NONE')) },
      { pc4: '6443', norm: checkSchoolNorm(sop('BASIS')) },
      { pc4: null, norm: checkSchoolNorm(sop('NONE')) },
    ];
    expect(rungOneLimits(schools)).toEqual([
      { pc4: '6441', category: 'leren', area: 'lezen-dyslexie', share: 0.5 },
      { pc4: '6442', category: 'leren', area: 'lezen-dyslexie', share: 0 },
    ]);
  });
});
