import type { Lang } from '../../schema/lang.ts';
import { apiError, type ApiError } from '../middleware/errors.ts';

/** Raw responses are gone after the retention period (and none came since); the aggregated results remain. */
export function purgedError(purgedOn: string, lang: Lang): ApiError {
  return apiError(
    410,
    'purgedOn',
    {
      fr: `Les réponses détaillées ont été effacées le ${purgedOn}, à la fin de la durée de conservation ; les résultats agrégés restent consultables`,
      en: `The individual responses were deleted on ${purgedOn}, at the end of the retention period; the aggregated results remain available`,
    },
    lang,
  );
}
