import { describe, expect, it } from 'vitest';
import { MAX_LIVE_DEVICES } from '../../schema/live.ts';
import type { LiveModel } from '../domain/live/model.ts';
import { DeviceGate, type AddressLimiter } from './device-gate.ts';

const limiter = (allow: () => boolean): AddressLimiter => ({ limit: async () => ({ success: allow() }) });
const modelOf = (cap: number, registered = 0) =>
  ({ devices: new Map(Array.from({ length: registered }, (_, i) => [`r${i}`, { college: null, quota: {} }])), deviceCap: cap }) as unknown as LiveModel;

describe('the device gate of a session’s object', () => {
  it('keeps a bounded memory whatever the number of devices it meets', async () => {
    const gate = new DeviceGate(limiter(() => true));
    const model = modelOf(MAX_LIVE_DEVICES);
    for (let i = 0; i < 3 * MAX_LIVE_DEVICES; i++) await gate.admit(model, `d${i}`, 'address');
    expect(gate.size.admitted).toBe(MAX_LIVE_DEVICES);
    expect(gate.size.paced).toBeLessThanOrEqual(2 * MAX_LIVE_DEVICES);
  });

  it('refuses new devices once the session has its expected participants, without asking the limiter', async () => {
    let asked = 0;
    const gate = new DeviceGate(limiter(() => (asked++, true)));
    const model = modelOf(2, 2);
    expect(await gate.admit(model, 'new', 'address')).toMatchObject({ ok: false, problem: { status: 403, path: 'X-Live-Token' } });
    expect(asked).toBe(0);
    expect(await gate.admit(model, 'r0', 'address')).toEqual({ ok: true, value: null });
    expect(gate.size).toEqual({ admitted: 0, paced: 1 });
  });

  it('counts a new device against its address once; a device met before is not counted again', async () => {
    let left = 1;
    const gate = new DeviceGate(limiter(() => left-- > 0));
    const model = modelOf(10);
    expect((await gate.admit(model, 'a', 'address')).ok).toBe(true);
    expect((await gate.admit(model, 'a', 'address')).ok).toBe(true);
    expect(await gate.admit(model, 'b', 'address')).toMatchObject({ ok: false, problem: { status: 429 } });
  });
});
