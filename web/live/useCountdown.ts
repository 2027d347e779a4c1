import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A wait before another try, counted down on screen (as the questionnaire does after a failure):
 * `wait(seconds)` resolves when it runs out, when the person skips it or when the device comes back
 * online — with false if the component has gone meanwhile (then stop trying).
 */
export function useCountdown() {
  const [left, setLeft] = useState<number | null>(null);
  const skip = useRef<(() => void) | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
      skip.current?.();
    },
    [],
  );
  const wait = (seconds: number) =>
    new Promise<boolean>((resolve) => {
      let n = Math.max(1, Math.round(seconds));
      setLeft(n);
      const done = () => {
        clearInterval(timer);
        removeEventListener('online', done);
        if (skip.current === done) skip.current = null;
        if (alive.current) setLeft(null);
        resolve(alive.current);
      };
      const timer = setInterval(() => {
        n -= 1;
        if (n <= 0) done();
        else if (alive.current) setLeft(n);
      }, 1000);
      addEventListener('online', done);
      skip.current = done;
    });
  return { left, wait, skip: () => skip.current?.() };
}
