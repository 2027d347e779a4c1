import { useEffect, useState } from 'preact/hooks';

/** Seconds a theme stays on screen. */
export const ROTATE_SECONDS = 15;

/** The rotation's step, moving every ROTATE_SECONDS unless paused (WCAG 2.2.2: moving content can be stopped). */
export function useRotation(paused: boolean): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => setStep((n) => (n + 1) % 1_000_000), ROTATE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [paused]);
  return step;
}
