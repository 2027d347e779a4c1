import { useEffect, useRef, useState } from 'preact/hooks';
import { setLeaveGuard } from '../frame/router.tsx';
import type { Autosave } from './useAutosave.ts';

export type Leaving = {
  /** Set while the person is asked whether to leave with changes not saved. */
  asking: boolean;
  stay: () => void;
  leave: () => void;
};

/**
 * Leaving the editor for another page of the app (a link, the back button) with changes the server
 * does not have: they are saved first when they can be; otherwise (problems to fix, a refusal, a
 * conflict, no connection) the person is asked. Closing the tab asks too (useAutosave's beforeunload).
 */
export function useLeaveGuard(autosave: Autosave, enabled: boolean): Leaving {
  const [proceed, setProceed] = useState<(() => void) | null>(null);
  const latest = useRef({ autosave, enabled });
  latest.current = { autosave, enabled };

  useEffect(() => {
    setLeaveGuard((go) => {
      const { autosave: current, enabled: editing } = latest.current;
      if (!editing || !current.dirty) return true;
      void current.flush().then((saved) => (saved ? go() : setProceed(() => go)));
      return false;
    });
    return () => setLeaveGuard(null);
  }, []);

  return {
    asking: proceed !== null,
    stay: () => setProceed(null),
    leave: () => {
      const go = proceed;
      setProceed(null);
      setLeaveGuard(null);
      go?.();
    },
  };
}
