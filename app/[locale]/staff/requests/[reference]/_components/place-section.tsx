import { getTranslations } from "next-intl/server";
import type { RequestDetail } from "@/lib/requests/workflow/get-request-detail";

/**
 * Where the problem is, and what another system sent with it. The partner's photo link is
 * a link only: the server never fetches it, and the page never embeds it (it could track
 * who opened it), so the officer chooses to open it.
 */
export async function PlaceSection({ place, sender }: Pick<RequestDetail, "place" | "sender">) {
  if (!place && !sender?.description && !sender?.mediaUrl) return null;
  const t = await getTranslations("workflow.place");
  const hasPoint = place?.latitude != null && place.longitude != null;
  return (
    <section aria-labelledby="wf-place-heading">
      <h2 id="wf-place-heading">{t("heading")}</h2>
      <dl className="wf-list">
        {place?.text ? (
          <div>
            <dt>{t("address")}</dt>
            <dd className="wf-answer">{place.text}</dd>
          </div>
        ) : null}
        {hasPoint ? (
          <div>
            <dt>{t("coordinates")}</dt>
            <dd>
              <a href={`https://www.openstreetmap.org/?mlat=${place!.latitude}&mlon=${place!.longitude}#map=18/${place!.latitude}/${place!.longitude}`} target="_blank" rel="noreferrer noopener">
                {place!.latitude}, {place!.longitude}
              </a>
            </dd>
          </div>
        ) : null}
        {sender?.description ? (
          <div>
            <dt>{t("description", { key: sender.keyName })}</dt>
            <dd className="wf-answer">{sender.description}</dd>
          </div>
        ) : null}
        {sender?.mediaUrl ? (
          <div>
            <dt>{t("media")}</dt>
            <dd>
              <a href={sender.mediaUrl} target="_blank" rel="noreferrer noopener nofollow">
                {sender.mediaUrl}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
