import * as v from 'valibot';
import { say } from './messages.ts';

/** The time zone publication hours are read in. */
export const RELEASE_TIME_ZONE = 'Europe/Paris';

/** `PUT /api/orgs/:orgId/settings`: the hour (0–23, Paris time) at which the organisation's results are published. */
export const OrganisationSettingsInput = v.strictObject({
  releaseHour: v.pipe(
    v.number(say('Heure attendue (0 à 23)', 'An hour is expected (0 to 23)')),
    v.integer(say('Heure entière attendue (0 à 23)', 'A whole hour is expected (0 to 23)')),
    v.minValue(0, say('Heure entre 0 et 23', 'An hour between 0 and 23')),
    v.maxValue(23, say('Heure entre 0 et 23', 'An hour between 0 and 23')),
  ),
});
export type OrganisationSettingsInput = v.InferOutput<typeof OrganisationSettingsInput>;

export type OrganisationSettings = { name: string; releaseHour: number; timeZone: typeof RELEASE_TIME_ZONE };
