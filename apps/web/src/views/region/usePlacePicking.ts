import { useState } from 'react';
import type { PickedPoint } from '../../lib/pickPoint.ts';

/**
 * A new provision's place, picked on the map: whether the map is picking, the point until the
 * scenario form took it (`picked`), and the point drawn on the map until the form is cleared (`shown`).
 */
export function usePlacePicking() {
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<PickedPoint | null>(null);
  const [shown, setShown] = useState<PickedPoint | null>(null);
  return {
    picking,
    picked,
    shown,
    start: () => setPicking(true),
    cancel: () => setPicking(false),
    pick: (p: PickedPoint) => {
      setPicked(p);
      setShown(p);
      setPicking(false);
    },
    used: () => setPicked(null),
    cleared: () => setShown(null),
  };
}

export type PlacePicking = ReturnType<typeof usePlacePicking>;
