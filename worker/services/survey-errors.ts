import type { Lang } from '../../schema/lang.ts';
import { apiError } from '../middleware/errors.ts';

/** A survey's slug is its public address: two surveys cannot share one. */
export const slugTaken = (lang: Lang) =>
  apiError(409, 'slug', { fr: 'Cette adresse est déjà prise par un autre questionnaire', en: 'This slug is already used by another survey' }, lang);
