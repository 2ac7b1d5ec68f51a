"use client";

import { useEffect, useRef, useState } from "react";

const ACTIVITY = ["pointerdown", "keydown", "input", "wheel"] as const;

/**
 * Watches for touches while `active`: calls `onWarn` after `warnSeconds` without one and
 * `onTimeout` after `resetSeconds`. While the warning is up only its own answer counts (a Tab
 * to reach its buttons is not "I am here"); closing the warning restarts the count.
 * Returns the seconds left before the wipe, for the warning's text.
 */
export function useIdle(options: {
  active: boolean;
  warning: boolean;
  warnSeconds: number;
  resetSeconds: number;
  onWarn: () => void;
  onTimeout: () => void;
}): number {
  const { active, warning, warnSeconds, resetSeconds } = options;
  const [secondsLeft, setSecondsLeft] = useState(resetSeconds - warnSeconds);
  const latest = useRef(options);
  const last = useRef(0);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    if (!warning) last.current = Date.now();
  }, [warning]);

  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const touched = () => {
      if (!latest.current.warning) last.current = Date.now();
    };
    for (const type of ACTIVITY) document.addEventListener(type, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= resetSeconds * 1000) {
        last.current = Date.now();
        latest.current.onTimeout();
      } else if (idle >= warnSeconds * 1000) {
        setSecondsLeft(Math.ceil(resetSeconds - idle / 1000));
        if (!latest.current.warning) latest.current.onWarn();
      }
    }, 250);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, touched, { capture: true });
    };
  }, [active, warnSeconds, resetSeconds]);

  return secondsLeft;
}
