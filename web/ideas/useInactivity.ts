import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * A kiosk's reset after inactivity (RGAA 13.1): after `idleSeconds - warnSeconds` without a touch or a
 * key, `left` counts the last `warnSeconds` down (the warning shows it); any activity, or `stay()`,
 * starts again from zero; at 0, `onTimeout`. One timer at a time, cleared on unmount.
 */
export function useInactivity({ idleSeconds, warnSeconds, onTimeout }: { idleSeconds: number; warnSeconds: number; onTimeout: () => void }) {
  const [left, setLeft] = useState<number | null>(null);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;
  const rearm = useRef(() => {});
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tick: ReturnType<typeof setInterval> | undefined;
    const clear = () => {
      clearTimeout(timer);
      clearInterval(tick);
    };
    const warn = () => {
      let n = warnSeconds;
      setLeft(n);
      tick = setInterval(() => {
        n -= 1;
        if (n > 0) return setLeft(n);
        arm();
        timeout.current();
      }, 1000);
    };
    const arm = () => {
      clear();
      setLeft(null);
      timer = setTimeout(warn, (idleSeconds - warnSeconds) * 1000);
    };
    rearm.current = arm;
    for (const type of ACTIVITY) document.addEventListener(type, arm, { passive: true, capture: true });
    arm();
    return () => {
      clear();
      for (const type of ACTIVITY) document.removeEventListener(type, arm, { capture: true });
    };
  }, [idleSeconds, warnSeconds]);
  return { left, stay: () => rearm.current() };
}
