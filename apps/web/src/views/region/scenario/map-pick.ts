import type { PickedPoint } from '../../../lib/pickPoint.ts';

/** Picking a new provision's place on the map (RegionView holds the state, the map reports the point). */
export interface MapPick {
  picking?: boolean;
  onPickStart?(): void;
  onPickCancel?(): void;
  picked?: PickedPoint | null;
  onPickedUsed?(): void;
  /** The form no longer needs the picked point on the map (saved, or another kind of change). */
  onPickCleared?(): void;
}
