import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * CSP Level 3 lets 'self' match ws:/wss: on the same host, but only since Chrome 71 and Safari 16
 * (iOS 15 phones still in waiting rooms do not): the live pages' WebSocket origin is named too
 * (wss on https, ws on local http).
 */
const socketOrigin = (c: Context) => {
  const url = new URL(c.req.url);
  return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
};

/** Strict CSP: only our own scripts, styles and API; no inline code, no framing, no referrer leaks. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", socketOrigin],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  xFrameOptions: 'DENY',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], browsingTopics: [] },
});
