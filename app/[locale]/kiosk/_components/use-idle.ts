"use client";

import { useEffect, useRef, useState } from "react";

const ACTIVITY = ["pointerdown", "keydown", "input", "wheel"] as const;

/**
 * Watches for touches while `active`: calls `onWarn` after `warnSeconds` without one,
 * `onActive` at the next touch after a warning, and `onTimeout` after `resetSeconds`.
 * Returns the seconds left before the wipe while the warning is up.
 */
export function useIdle(options: {
  active: boolean;
  warnSeconds: number;
  resetSeconds: number;
  onWarn: () => void;
  onActive: () => void;
  onTimeout: () => void;
}): number {
  const { active, warnSeconds, resetSeconds } = options;
  const [secondsLeft, setSecondsLeft] = useState(resetSeconds - warnSeconds);
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let warned = false;
    const touched = () => {
      last = Date.now();
      if (warned) {
        warned = false;
        callbacks.current.onActive();
      }
    };
    for (const type of ACTIVITY) document.addEventListener(type, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      const idle = Date.now() - last;
      if (idle >= resetSeconds * 1000) {
        warned = false;
        last = Date.now();
        callbacks.current.onTimeout();
      } else if (idle >= warnSeconds * 1000) {
        setSecondsLeft(Math.ceil(resetSeconds - idle / 1000));
        if (!warned) {
          warned = true;
          callbacks.current.onWarn();
        }
      }
    }, 250);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, touched, { capture: true });
    };
  }, [active, warnSeconds, resetSeconds]);

  return secondsLeft;
}
