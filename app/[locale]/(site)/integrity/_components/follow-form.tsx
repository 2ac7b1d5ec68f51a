"use client";

import { useActionState, useState } from "react";
import { followIntegrityReport } from "../actions";
import type { FollowState } from "../states";

export type FollowTexts = {
  code: string;
  open: string;
  status: string;
  states: Record<string, string>;
  messages: string;
  fromRecipient: string;
  fromReporter: string;
  noMessages: string;
  reply: string;
  files: string;
  fromRecipientFiles: string;
  download: string;
  addFiles: string;
  send: string;
  sent: string;
  errors: Record<string, string>;
};

/**
 * Come back with the receipt code. The code is kept only in this page's form (a hidden
 * field after opening), so a reply needs no session, cookie or URL that could give it away.
 * Works without JavaScript too (React posts the form and renders the answer).
 */
export function FollowForm({ texts }: { texts: FollowTexts }) {
  const [state, action, pending] = useActionState<FollowState, FormData>(followIntegrityReport, { status: "idle" });
  const error = state.status === "error" ? (
    <p className="online-alert" role="alert">
      {texts.errors[state.error] ?? texts.errors.unexpected}
    </p>
  ) : null;

  if (state.status !== "open") {
    return (
      <form action={action} className="online-form">
        <div aria-live="assertive">{error}</div>
        <div className="field">
          <label htmlFor="ir-code">{texts.code}</label>
          <input id="ir-code" name="code" type="text" inputMode="numeric" autoComplete="off" required maxLength={40} placeholder="0000 0000 0000 0000" defaultValue={state.status === "error" ? state.code : undefined} />
        </div>
        <div className="online-form__actions">
          <button type="submit" className="online-form__primary" disabled={pending}>
            {texts.open}
          </button>
        </div>
      </form>
    );
  }
  return (
    <section>
      <p>
        {texts.status}: <strong>{texts.states[state.report.state] ?? state.report.state}</strong>
      </p>
      <h2>{texts.messages}</h2>
      {state.report.messages.length === 0 ? <p>{texts.noMessages}</p> : null}
      <ul className="integrity-messages">
        {state.report.messages.map((m) => (
          <li key={m.id}>
            <strong>{m.author === "reporter" ? texts.fromReporter : texts.fromRecipient}</strong> <time dateTime={m.at}>{new Date(m.at).toLocaleString()}</time>
            <br />
            {m.body}
          </li>
        ))}
      </ul>
      <FileList title={texts.fromRecipientFiles} files={state.report.files.filter((f) => f.addedBy === "recipient")} code={state.code} download={texts.download} failed={texts.errors.unexpected!} />
      <FileList title={texts.files} files={state.report.files.filter((f) => f.addedBy !== "recipient")} code={state.code} download={texts.download} failed={texts.errors.unexpected!} />
      <form action={action} className="online-form">
        <input type="hidden" name="code" value={state.code} />
        <div aria-live="assertive">{error}</div>
        <div aria-live="polite">{state.sent ? <p className="field-ok">{texts.sent}</p> : null}</div>
        <div className="field">
          <label htmlFor="ir-reply">{texts.reply}</label>
          <textarea id="ir-reply" name="reply" maxLength={10000} rows={5} />
        </div>
        <div className="field">
          <label htmlFor="ir-more-files">{texts.addFiles}</label>
          <input id="ir-more-files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf" />
        </div>
        <div className="online-form__actions">
          <button type="submit" className="online-form__primary" disabled={pending}>
            {texts.send}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Each file is fetched by posting the code and the file's id to the download route
 * (follow/file/route.ts) and saved from memory: the code stays out of every URL. A script
 * fetch rather than a plain form, because a form posted from a no-referrer page sends
 * "Origin: null", which the server refuses like any foreign form.
 */
function FileList({ title, files, code, download, failed }: { title: string; files: { id: string; name: string }[]; code: string; download: string; failed: string }) {
  const [error, setError] = useState(false);
  if (files.length === 0) return null;
  async function save(file: { id: string; name: string }) {
    setError(false);
    const body = new FormData();
    body.set("code", code);
    body.set("fileId", file.id);
    const response = await fetch("/integrity/follow/file", { method: "POST", body, cache: "no-store", referrerPolicy: "no-referrer" }).catch(() => null);
    if (!response?.ok) return setError(true);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return (
    <>
      <h2>{title}</h2>
      <ul className="integrity-files">
        {files.map((f) => (
          <li key={f.id}>
            <span>{f.name}</span>{" "}
            <button type="button" className="button button--secondary" aria-label={`${download} ${f.name}`} onClick={() => void save(f)}>
              {download}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="assertive">{error ? <p className="online-alert" role="alert">{failed}</p> : null}</div>
    </>
  );
}
