import { getTranslations } from "next-intl/server";

/** Plain advice on reporting safely, and the national channels for those who prefer them. */
export async function SafetyAdvice() {
  const t = await getTranslations("integrity");
  return (
    <>
      <section className="notice">
        <h2>{t("safetyTitle")}</h2>
        <ul>
          {(["safety1", "safety2", "safety3", "safety4"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("nationalTitle")}</h2>
        <p>{t("nationalLead")}</p>
        <ul>
          <li>
            <a href="https://www.nacc.go.th/" rel="noreferrer noopener">
              {t("nacc")}
            </a>
          </li>
          <li>
            <a href="https://www.pacc.go.th/" rel="noreferrer noopener">
              {t("pacc")}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
