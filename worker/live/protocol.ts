import { sha256 } from '../domain/secrets.ts';

/**
 * What the routes and the LiveSession object share, kept apart from the object itself so that the
 * route types the front end reads (worker/index.ts → routes) never reach Workers-only modules.
 */
export type SocketRole = 'console' | 'projector' | 'participant';

/** Headers the worker's routes set when they hand a WebSocket upgrade to the session's object. */
export const LIVE_SESSION_HEADER = 'X-Live-Session';
export const LIVE_ROLE_HEADER = 'X-Live-Role';
export const LIVE_ORIGIN_HEADER = 'X-Live-Origin';

/** A vote's key: one device's votes on two questions (or two rounds) cannot be linked. */
export const voterHash = (token: string, sessionId: string, questionId: string, round: number) => sha256(`${token}:${sessionId}:${questionId}:${round}`);
export const ideaVoterHash = (token: string, sessionId: string, ideaId: string) => sha256(`${token}:${sessionId}:idea:${ideaId}`);
/** A device in a session, under a hash of its own: it matches no vote hash (its college, its caps, the session's head count). */
export const deviceHash = (token: string, sessionId: string) => sha256(`${token}:${sessionId}:device`);
/** Cards are hashed as participation codes are: the session id mixed in, only the hash kept. */
export const cardHash = (sessionId: string, code: string) => sha256(`${sessionId}:${code}`);

/** The page participants open (the QR code on the projector points here). */
export const joinUrl = (origin: string, code: string) => `${origin}/live/${code}`;
