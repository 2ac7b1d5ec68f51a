"use client";

import { useState, type FormEvent } from "react";
import { TRACK_DOCUMENTS_PATH } from "@/lib/tracking/documents-contract";

type Props = { token: string; texts: Record<string, string>; errorTexts: Record<string, string> };
type State = { status: "idle" | "sending" | "sent" } | { status: "error"; code: string; minutes?: number };

const ACCEPT = "image/jpeg,image/png,application/pdf";

/**
 * The missing documents, sent from the resident's phone. The request goes back on the
 * division's board; the officer looks and resumes the clock (an upload alone does not).
 */
export function DefectUpload({ token, texts, errorTexts }: Props) {
  const [files, setFiles] = useState<File[]>([]);
  const [state, setState] = useState<State>({ status: "idle" });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return setState({ status: "error", code: "empty" });
    setState({ status: "sending" });
    const body = new FormData();
    body.set("token", token);
    for (const file of files) body.append("file", file, file.name);
    try {
      const reply = await fetch(TRACK_DOCUMENTS_PATH, { method: "POST", body, credentials: "same-origin" });
      const answer = (await reply.json().catch(() => ({}))) as { error?: { code: string; retryAfterMinutes?: number } };
      if (reply.ok) {
        setFiles([]);
        setState({ status: "sent" });
        // The timeline below gains the upload.
        window.location.reload();
        return;
      }
      setState({ status: "error", code: answer.error?.code ?? "server_error", minutes: answer.error?.retryAfterMinutes });
    } catch {
      setState({ status: "error", code: "network" });
    }
  };
  return (
    <form onSubmit={submit} className="online-form track-upload" aria-labelledby="track-upload-heading">
      <h3 id="track-upload-heading">{texts.uploadHeading}</h3>
      <p className="field-help" id="track-upload-help">
        {texts.uploadHelp}
      </p>
      <div className="field">
        <label htmlFor="track-upload-files">{texts.uploadLabel}</label>
        <input
          id="track-upload-files"
          type="file"
          accept={ACCEPT}
          multiple
          aria-describedby="track-upload-help"
          onChange={(event) => setFiles([...(event.target.files ?? [])].slice(0, 5))}
        />
      </div>
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {(errorTexts[state.code] ?? errorTexts.server_error ?? "").replace("{minutes}", String(state.minutes ?? 60))}
        </p>
      ) : null}
      {state.status === "sent" ? <p role="status">{texts.uploadSent}</p> : null}
      <div className="online-form__actions">
        <button type="submit" className="online-form__primary" disabled={state.status === "sending"}>
          {state.status === "sending" ? texts.uploadSending : texts.uploadButton}
        </button>
      </div>
    </form>
  );
}
