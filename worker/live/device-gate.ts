import { MAX_LIVE_DEVICES } from '../../schema/live.ts';
import type { LiveModel } from '../domain/live/model.ts';
import { problem, type Outcome } from '../domain/live/problems.ts';

/** Votes and ideas per device and minute: one device flooding a session is refused (429). */
const WRITES_PER_DEVICE_PER_MINUTE = 120;
/** Devices whose pace is followed in one minute at most: beyond, new ones wait for the next minute (429). */
const MAX_PACED = 2 * MAX_LIVE_DEVICES;

export const sessionFull = (cap: number) =>
  problem(
    403,
    'X-Live-Token',
    `L’atelier est complet : ${cap} participant${cap > 1 ? 's' : ''} attendu${cap > 1 ? 's' : ''}, tous déjà là`,
    `The workshop is full: ${cap} participant${cap > 1 ? 's' : ''} expected, all already here`,
  );
const tooFast = () => problem(429, '$', 'Trop de votes depuis cet appareil : réessayez dans une minute', 'Too many votes from this device: retry in a minute');
const tooManyDevices = () =>
  problem(429, '$', 'Trop d’appareils nouveaux depuis ce réseau : réessayez dans une minute', 'Too many new devices from this network: retry in a minute');

/**
 * Who may write to a session, checked by its object before a write queues: devices it has met go on
 * at their own pace (120 writes a minute); a device new to the session is refused once the session
 * has all its expected participants (403), and counts against its client address
 * (LIVE_ADDRESS_LIMITER), so inventing tokens from one address is limited while a room behind one NAT
 * is counted once per phone.
 *
 * Everything here is in memory, keyed by device hash (never the token), and bounded: the devices met
 * but not yet registered are kept as a least-recently-used list of MAX_LIVE_DEVICES, the pace of the
 * devices admitted only, MAX_PACED a minute at most. An object restarted counts again (stricter, never
 * looser).
 */
/** What the gate needs of a Workers rate-limit binding (tests pass a counting one). */
export type AddressLimiter = { limit(options: { key: string }): Promise<{ success: boolean }> };

export class DeviceGate {
  private admitted = new Map<string, true>();
  private writes = { minute: 0, current: new Map<string, number>(), previous: new Map<string, number>() };

  constructor(private readonly limiter: AddressLimiter) {}

  async admit(model: LiveModel, deviceHash: string, addressKey: string): Promise<Outcome<null>> {
    if (!model.devices.has(deviceHash)) {
      if (this.admitted.has(deviceHash)) {
        this.admitted.delete(deviceHash);
        this.admitted.set(deviceHash, true);
      } else {
        if (model.devices.size >= model.deviceCap) return sessionFull(model.deviceCap);
        const { success } = await this.limiter.limit({ key: addressKey });
        if (!success) return tooManyDevices();
        if (this.admitted.size >= MAX_LIVE_DEVICES) this.admitted.delete(this.admitted.keys().next().value!);
        this.admitted.set(deviceHash, true);
      }
    }
    return this.allowWrite(deviceHash) ? { ok: true, value: null } : tooFast();
  }

  /**
   * Writes per device in the current and the previous minute: a sliding estimate (the previous
   * minute weighted by how much of it still falls in the last 60 s), so a burst across the turn of
   * a minute is counted whole.
   */
  private allowWrite(deviceHash: string): boolean {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    if (minute !== this.writes.minute)
      this.writes = { minute, current: new Map(), previous: minute === this.writes.minute + 1 ? this.writes.current : new Map() };
    if (!this.writes.current.has(deviceHash) && this.writes.current.size >= MAX_PACED) return false;
    const count = (this.writes.current.get(deviceHash) ?? 0) + 1;
    const carried = (this.writes.previous.get(deviceHash) ?? 0) * (1 - (now % 60_000) / 60_000);
    if (count + carried > WRITES_PER_DEVICE_PER_MINUTE) return false;
    this.writes.current.set(deviceHash, count);
    return true;
  }

  /** Devices the gate holds in memory (for tests: bounded whatever the traffic). */
  get size(): { admitted: number; paced: number } {
    return { admitted: this.admitted.size, paced: this.writes.current.size };
  }

  clear(): void {
    this.admitted.clear();
  }
}
