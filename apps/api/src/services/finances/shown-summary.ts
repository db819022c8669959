import type { NormAreaSummary } from '@dekkend/domain';
import { referenceCount, type ShownCount } from '../../privacy/reveal.ts';

export interface ShownNormSummary {
  area: NormAreaSummary['area'];
  schools: number;
  meeting: ShownCount;
  assumed: ShownCount;
  failing: ShownCount;
  unknown: ShownCount;
  /** Null when a count it derives from is suppressed (a share would give it away). */
  share: number | null;
}

/**
 * School counts of a norm area as a viewer may see them: outside the region a
 * count from 1 to 4 is suppressed, and so is the share whenever the schools that
 * meet or do not meet the area are that few (total − meeting would reveal them).
 */
export function shownSummary(a: NormAreaSummary, visible: boolean): ShownNormSummary {
  const meeting = referenceCount(visible, a.meeting);
  const notMeeting = referenceCount(visible, a.schools - a.meeting);
  return {
    area: a.area,
    schools: a.schools,
    meeting,
    assumed: referenceCount(visible, a.assumed),
    failing: referenceCount(visible, a.failing),
    unknown: referenceCount(visible, a.unknown),
    share: meeting.suppressed || notMeeting.suppressed ? null : a.share,
  };
}
