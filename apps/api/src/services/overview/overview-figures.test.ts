import { describe, expect, it } from 'vitest';
import { bandPercentile, countParts, summedCounts } from './overview-figures.ts';
import { bookingNote } from './national-provisions.ts';

const row = (over: Partial<Parameters<typeof countParts>[1]> = {}) => ({
  regionId: 1,
  demand: 40,
  placedRung1: 20,
  placedRung2: 10,
  placedRung3: 3,
  placedRung4: 4,
  placedRung5: 0,
  unmetNoCapacity: 3,
  unmetOutOfReach: 0,
  nationalProvisionPupils: 0,
  hidden: '',
  ...over,
});

describe('bandPercentile', () => {
  it('gives the lower bound of the 1-km band that reaches the share', () => {
    // 50 pupils at 0–1 km, 40 at 3–4 km, 10 at 12–13 km: 90 % (90 pupils) is reached in band 3.
    const bands = [
      { km: 12, pupils: 10 },
      { km: 0, pupils: 50 },
      { km: 3, pupils: 40 },
    ];
    expect(bandPercentile(bands, 0.9)).toBe(3);
    expect(bandPercentile(bands, 0.95)).toBe(12);
    expect(bandPercentile([], 0.9)).toBeNull();
  });
});

describe('summedCounts', () => {
  it('is exact over visible regions, suppressed with one hidden part, rounded with two', () => {
    const visible = countParts(false, row());
    const hidden = countParts(false, row({ hidden: 'placedRung3,unmetNoCapacity,unmet' }));
    expect(summedCounts([visible, visible]).rung3).toEqual({ value: 6, suppressed: false, rounded: false });
    // 3 + 3 with one hidden: 6 − 3 would give the hidden 3 back.
    expect(summedCounts([visible, hidden]).rung3.suppressed).toBe(true);
    // 3 + 3 + 3 = 9 with two hidden: rounded to tens.
    expect(summedCounts([visible, hidden, hidden]).unmet).toEqual({ value: 10, suppressed: false, rounded: true });
    // A member sees its own region's cells whatever is hidden from others.
    expect(summedCounts([countParts(true, row({ hidden: 'unmet' }))]).unmet.value).toBe(3);
  });
});

describe('bookingNote', () => {
  it('says over-booking in words, and nothing when the use is suppressed', () => {
    const exact = (v: number) => ({ value: v, suppressed: false, rounded: false });
    expect(bookingNote(exact(132), 132, 120)).toEqual({
      overbooked: true,
      note: 'Overbooked: the shown plans place 132 pupils in 120 places (12 over).',
    });
    expect(bookingNote(exact(80), 80, 120).overbooked).toBe(false);
    expect(bookingNote({ value: 130, suppressed: false, rounded: true }, 127.5, 120).note).toBe(
      'Overbooked: the shown plans place about 130 pupils in 120 places (over capacity).',
    );
    expect(bookingNote({ value: null, suppressed: true, rounded: false }, 121, 120).overbooked).toBeNull();
  });
});
