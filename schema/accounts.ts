import * as v from 'valibot';
import { say } from './messages.ts';

export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` grants at least what `needed` grants (viewer < editor < owner). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const Email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email(say('Adresse e-mail invalide', 'Invalid email address')));

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const NewPassword = v.pipe(
  v.string(),
  v.minLength(12, say('Mot de passe trop court : 12 caractères au moins', 'Password too short: at least 12 characters')),
  v.maxLength(256, say('Mot de passe trop long : 256 caractères au plus', 'Password too long: at most 256 characters')),
);

const PersonName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));
const Token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{20,100}$/, say('Lien invalide', 'Invalid link')));

export const SignIn = v.strictObject({ email: Email, password: v.pipe(v.string(), v.minLength(1), v.maxLength(256)) });

export const Setup = v.strictObject({
  token: Token,
  organisation: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
  name: PersonName,
  email: Email,
  password: NewPassword,
});

export const PasswordChange = v.strictObject({ current: v.pipe(v.string(), v.minLength(1), v.maxLength(256)), next: NewPassword });

export const Invite = v.strictObject({ email: Email, role: v.picklist(ROLES) });

export const AcceptInvitation = v.strictObject({ name: PersonName, password: NewPassword });

export const RoleChange = v.strictObject({ role: v.picklist(ROLES) });

export const PasswordReset = v.strictObject({ token: Token, password: NewPassword });

/** What the signed-in coordinator sees of themselves. */
export type Me = {
  user: { id: string; email: string; name: string };
  organisations: { id: string; name: string; role: Role }[];
};
