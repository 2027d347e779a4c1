/**
 * Where CPU time goes during a bench: this process versus the server's process group
 * (wrangler's Node and workerd), read from /proc. Linux only; elsewhere it reports nothing.
 */
import { createServer } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * CPU seconds (user + system) per process of a process group, keyed `command[pid]`; wrangler's two
 * workerd processes are told apart: the dev proxy (no inspector) and the one running the worker and its bindings.
 */
export type CpuByCommand = Map<string, number>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function processGroupCpu(pgid: number): CpuByCommand {
  const usage: CpuByCommand = new Map();
  if (!existsSync('/proc/self/stat')) return usage;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    const command = stat.slice(open + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
    if (Number(fields[2]) !== pgid) continue;
    const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    usage.set(`${command}${roleOf(entry, command)}[${entry}]`, seconds);
  }
  return usage;
}

function roleOf(pid: string, command: string): string {
  if (command !== 'workerd') return '';
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--inspector-addr') ? ' worker+D1' : ' dev-proxy';
  } catch {
    return '';
  }
}

export function cpuDelta(before: CpuByCommand, after: CpuByCommand): CpuByCommand {
  const delta: CpuByCommand = new Map();
  for (const [command, seconds] of after) delta.set(command, seconds - (before.get(command) ?? 0));
  return delta;
}

/** This process's CPU seconds (user + system). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Pids of this process's children running `command` (e.g. the workerd that Miniflare starts). */
export function childPids(command: string, parent: number = process.pid): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === command && Number(fields[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU seconds (user + system) of one process so far; NaN once it is gone or off Linux. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
