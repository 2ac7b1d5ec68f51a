"use client";

import { useEffect, useRef } from "react";

/**
 * The outcome of a submission, announced (role="alert") and focused so a keyboard or screen
 * reader user lands on it. `attempt` changes with every submission, so the same message
 * twice is announced twice.
 */
export function FormAlert({ message, attempt, id }: { message: string | null; attempt: number; id: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, attempt]);
  return (
    <p id={id} ref={ref} className="alert alert--error" role="alert" tabIndex={-1} hidden={!message}>
      {message}
    </p>
  );
}
