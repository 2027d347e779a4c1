import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveServerMessage } from '../../../schema/live.ts';
import { PING_EVERY_MS, POLL_EVERY_MS, PONG_TIMEOUT_MS, reconnectDelay, sessionGone } from './backoff.ts';

/** Thrown by `poll` when the state answers 404: the session was deleted, following it stops. */
export class SessionGone extends Error {}

export type ChannelStatus = 'connecting' | 'live' | 'polling';

type Options = {
  /** The socket's address (ws:/wss:), or null while there is nothing to follow yet. */
  url: string | null;
  /** Pushed messages (pongs are handled here). */
  onMessage: (message: LiveServerMessage) => void;
  /** Reloads the whole state over HTTP: at start, every POLL_EVERY_MS while the socket is down, and when the device comes back online. */
  poll: () => Promise<void>;
  /** The session was deleted (close code 4404, or `poll` threw SessionGone): no more reconnects nor polling. */
  onGone?: () => void;
};

/**
 * Follows a live session: a WebSocket that reconnects with backoff and pings every 25 s, and while it is
 * down, polling of the state over HTTP every 2.5 s. Going offline closes the socket at once (a dead socket
 * may otherwise look open for minutes); coming back online reloads the state and reconnects without waiting.
 */
export function useLiveChannel({ url, onMessage, poll, onGone }: Options): ChannelStatus {
  const [status, setStatus] = useState<ChannelStatus>('connecting');
  const handlers = useRef({ onMessage, poll, onGone });
  handlers.current = { onMessage, poll, onGone };

  useEffect(() => {
    if (!url) return;
    let stopped = false;
    let socket: WebSocket | null = null;
    let failures = 0;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let polling = false;
    const isOpen = () => socket !== null && socket.readyState === WebSocket.OPEN;

    const pollLoop = async () => {
      clearTimeout(pollTimer);
      if (stopped || isOpen()) return;
      polling = true;
      try {
        await handlers.current.poll();
      } catch (error) {
        if (error instanceof SessionGone) return gone();
        // offline: try again at the next tick
      }
      polling = false;
      if (!stopped && !isOpen()) pollTimer = setTimeout(pollLoop, POLL_EVERY_MS);
    };
    const startPolling = () => {
      setStatus('polling');
      if (!polling) pollTimer = setTimeout(pollLoop, 0);
    };

    const dropSocket = () => {
      clearInterval(pingTimer);
      clearTimeout(pongTimer);
      if (socket) {
        socket.onopen = socket.onclose = socket.onerror = socket.onmessage = null;
        try {
          socket.close();
        } catch {
          // already closed
        }
      }
      socket = null;
    };

    const scheduleReconnect = (delay = reconnectDelay(failures++)) => {
      clearTimeout(reconnectTimer);
      if (!stopped) reconnectTimer = setTimeout(connect, delay);
    };

    const gone = () => {
      if (stopped) return;
      stop();
      handlers.current.onGone?.();
    };

    const lost = () => {
      dropSocket();
      if (stopped) return;
      startPolling();
      scheduleReconnect();
    };

    function connect() {
      dropSocket();
      if (stopped) return;
      let next: WebSocket;
      try {
        next = new WebSocket(url!);
      } catch {
        return lost();
      }
      socket = next;
      next.onopen = () => {
        failures = 0;
        clearTimeout(pollTimer);
        setStatus('live');
        pingTimer = setInterval(() => {
          if (next.readyState !== WebSocket.OPEN) return;
          next.send(JSON.stringify({ type: 'ping' }));
          clearTimeout(pongTimer);
          pongTimer = setTimeout(lost, PONG_TIMEOUT_MS);
        }, PING_EVERY_MS);
      };
      next.onmessage = (event) => {
        let message: LiveServerMessage;
        try {
          message = JSON.parse(String(event.data)) as LiveServerMessage;
        } catch {
          return;
        }
        if (message.type === 'pong') return clearTimeout(pongTimer);
        handlers.current.onMessage(message);
      };
      next.onclose = (event) => (sessionGone({ closeCode: event.code }) ? gone() : lost());
      next.onerror = lost;
    }

    const offline = () => {
      dropSocket();
      clearTimeout(reconnectTimer);
      startPolling();
    };
    const online = () => {
      failures = 0;
      void pollLoop();
      scheduleReconnect(0);
    };
    addEventListener('offline', offline);
    addEventListener('online', online);

    function stop() {
      stopped = true;
      removeEventListener('offline', offline);
      removeEventListener('online', online);
      clearTimeout(reconnectTimer);
      clearTimeout(pollTimer);
      dropSocket();
    }

    void handlers.current.poll().catch((error) => {
      if (error instanceof SessionGone) gone();
    });
    connect();
    return stop;
  }, [url]);

  return status;
}
