"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Each screen's one h1. It takes the focus when the screen appears, so a screen reader
 * starts reading the new screen (unless the screen focuses something more useful itself).
 */
export function ScreenHeading({ children, focus = true, id }: { children: ReactNode; focus?: boolean; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} id={id} className="kiosk-heading">
      {children}
    </h1>
  );
}
