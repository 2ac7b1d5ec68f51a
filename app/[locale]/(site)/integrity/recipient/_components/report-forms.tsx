import { getTranslations } from "next-intl/server";
import { canMove, REFERRAL_TARGETS, REPORT_OUTCOMES } from "@/lib/integrity/content";
import { extendExpiryAction, moveReportAction, sendToReporterAction, shareReportAction } from "../report-actions";
import { ActionForm } from "./action-form";

/**
 * What a recipient can do with a report: write to the reporter (and send files back), move
 * it on (only the moves its state allows), keep a closed one longer with a reason, and
 * share it with a recipient who has no copy (only those the reporter's choice allows).
 */
export async function ReportForms(props: { reportId: string; status: string; closed: boolean; readers: string[]; shareWith: { id: number; name: string }[] }) {
  const { reportId, status, closed } = props;
  const t = await getTranslations("integrity.recipient");
  const ti = await getTranslations("integrity");
  const moves = (["in_review", "referred", "closed"] as const).filter((to) => canMove(status, to));
  const errors = Object.fromEntries(["notFound", "notAllowed", "notClosed", "signedOut", "empty", "file", "invalid", "unexpected", "shareNotAllowed"].map((k) => [k, t(`errors.${k}`)]));
  const done = { sent: t("done.sent"), moved: t("done.moved"), extended: t("done.extended"), shared: t("done.shared") };
  return (
    <>
      <h2>{t("sendTitle")}</h2>
      <ActionForm action={sendToReporterAction} reportId={reportId} texts={{ submit: t("send"), done, errors }}>
        <div className="field">
          <label htmlFor="ir-message">{t("message")}</label>
          <textarea id="ir-message" name="message" maxLength={10000} rows={5} />
        </div>
        <div className="field">
          <label htmlFor="ir-send-files">{t("sendFiles")}</label>
          <input id="ir-send-files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf" />
        </div>
      </ActionForm>

      {moves.length > 0 ? (
        <>
          <h2>{t("moveTitle")}</h2>
          <ActionForm action={moveReportAction} reportId={reportId} texts={{ submit: t("move"), done, errors }}>
            <div className="field">
              <label htmlFor="ir-to">{t("moveTo")}</label>
              <select id="ir-to" name="to" required defaultValue="">
                <option value="" disabled />
                {moves.map((to) => (
                  <option key={to} value={to}>
                    {ti(`states.${to}`)}
                  </option>
                ))}
              </select>
            </div>
            {moves.includes("referred") ? (
              <div className="field">
                <label htmlFor="ir-referred">{t("referredTo")}</label>
                <select id="ir-referred" name="referredTo" defaultValue="">
                  <option value="">{t("notApplicable")}</option>
                  {REFERRAL_TARGETS.map((r) => (
                    <option key={r} value={r}>
                      {t(`referral.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="field">
              <label htmlFor="ir-outcome">{t("outcome")}</label>
              <select id="ir-outcome" name="outcome" defaultValue="">
                <option value="">{t("notApplicable")}</option>
                {REPORT_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
      </>
    ) : null}

    {closed ? (
      <>
          <h2>{t("extendTitle")}</h2>
          <ActionForm action={extendExpiryAction} reportId={reportId} texts={{ submit: t("extend"), done, errors }}>
            <div className="field">
              <label htmlFor="ir-days">{t("days")}</label>
              <input id="ir-days" name="days" type="number" min={1} max={3650} required defaultValue={30} />
            </div>
            <div className="field">
              <label htmlFor="ir-reason">{t("reason")}</label>
              <textarea id="ir-reason" name="reason" required minLength={5} maxLength={2000} rows={3} />
            </div>
          </ActionForm>
      </>
    ) : null}

      {/* Who can read it is the confirmation of a share: the form itself goes once nobody is left to give it to. */}
      <h2>{t("shareTitle")}</h2>
      <p data-testid="readers">
        {t("readers")}: {props.readers.join(", ")}
      </p>
      {props.shareWith.length > 0 ? (
        <>
          <p id="ir-share-help">{t("shareHelp")}</p>
          <ActionForm action={shareReportAction} reportId={reportId} texts={{ submit: t("share"), done, errors }}>
            <div className="field">
              <label htmlFor="ir-share">{t("shareWith")}</label>
              <select id="ir-share" name="recipient" required defaultValue="" aria-describedby="ir-share-help">
                <option value="" disabled />
                {props.shareWith.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
