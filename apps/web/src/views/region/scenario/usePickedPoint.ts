import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { RegionData } from '../../../api/model.ts';
import type { ChangeForm, FieldErrors } from '../../../lib/scenarioForm.ts';
import type { MapPick } from './map-pick.ts';

/**
 * A place picked on the map: its coordinates and gemeente into the form (no host school: it is
 * not one's site), a note saying where it is, and the focus back on the pick button.
 */
export function usePickedPoint({
  picked,
  onPickedUsed,
  region,
  setForm,
  setErrors,
}: Pick<MapPick, 'picked' | 'onPickedUsed'> & {
  region: RegionData;
  setForm: Dispatch<SetStateAction<ChangeForm>>;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
}) {
  const { t } = useI18n();
  const pickButton = useRef<HTMLButtonElement>(null);
  const [pickNote, setPickNote] = useState<string | null>(null);
  useEffect(() => {
    if (!picked) return;
    setForm((f) => ({
      ...f,
      lat: String(picked.lat),
      lon: String(picked.lon),
      gemeenteCode: picked.gemeenteCode ?? '',
      hostSchoolCode: '',
    }));
    setErrors((e) => ({ ...e, lat: undefined, lon: undefined }));
    const gemeente = region.gemeenten.find((g) => g.code === picked.gemeenteCode)?.name;
    setPickNote(
      t(gemeente ? 'scenario.picked' : 'scenario.pickedOutside', {
        lat: picked.lat,
        lon: picked.lon,
        gemeente: gemeente ?? '',
      }),
    );
    onPickedUsed?.();
    pickButton.current?.focus();
  }, [picked, onPickedUsed, region.gemeenten, t, setForm, setErrors]);
  return { pickButton, pickNote, setPickNote };
}
