import type { Role } from '../../schema/accounts.ts';

/**
 * Roles as schema/accounts.ts orders them, restated here so that the app does not import that module's
 * valibot schemas (a value import would bring valibot into the bundle). `satisfies` keeps them in step.
 */
export const ROLES = ['viewer', 'editor', 'owner'] as const satisfies readonly Role[];
type Exhaustive<T extends Role> = [Role] extends [T] ? true : never;
const _allRoles: Exhaustive<(typeof ROLES)[number]> = true;
void _allRoles;

/** Whether `role` grants at least what `needed` grants (viewer < editor < owner). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Codes per request (schema/sharing.ts `MAX_CODES_PER_REQUEST`; the type fails if that changes). */
export const MAX_CODES_PER_REQUEST: typeof import('../../schema/sharing.ts').MAX_CODES_PER_REQUEST = 2000;
