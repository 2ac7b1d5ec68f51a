import "./manual.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.manual" });
  return { title: t("title") };
}

const SECTIONS = ["before", "file", "upload", "track", "rate", "help"] as const;

/**
 * The E-Service user manual (คู่มือการใช้งาน E-Service): how to file online, send documents,
 * track and rate, in plain words; one printable A4 document, the same text in English.
 * Fixed text, so it is rendered at build time.
 */
export default async function EServiceManualPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("transparency.manual");
  return (
    <article className="manual narrow">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="manual__print">{t("print")}</p>
      <nav aria-labelledby="manual-contents" className="manual__contents">
        <h2 id="manual-contents">{t("contents")}</h2>
        <ol>
          {SECTIONS.map((key) => (
            <li key={key}>
              <a href={`#${key}`}>{t(`sections.${key}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((key) => (
        <section key={key} id={key} aria-labelledby={`${key}-heading`} className="manual__section">
          <h2 id={`${key}-heading`}>{t(`sections.${key}.title`)}</h2>
          <ol>
            {(t.raw(`sections.${key}.steps`) as string[]).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="manual-links" className="manual__links">
        <h2 id="manual-links">{t("links")}</h2>
        <ul>
          <li>
            <Link href="/e-service">{t("toEService")}</Link>
          </li>
          <li>
            <Link href="/track">{t("toTrack")}</Link>
          </li>
          <li>
            <Link href="/statistics/e-service">{t("toStatistics")}</Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
