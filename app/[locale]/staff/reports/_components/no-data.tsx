import { getTranslations } from "next-intl/server";

/** A dash to the eye, words to a screen reader (which reads "–" as nothing or "dash"). */
export async function NoData() {
  const t = await getTranslations("reports");
  return (
    <>
      <span aria-hidden="true">{t("none")}</span>
      <span className="visually-hidden">{t("noData")}</span>
    </>
  );
}
