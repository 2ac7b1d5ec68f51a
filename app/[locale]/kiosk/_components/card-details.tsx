import type { CardData } from "@/lib/kiosk/contract";
import { formatCalendarDate } from "@/lib/kiosk/format";
import { fullName, maskCitizenId } from "@/lib/privacy/mask";
import type { KioskTexts, Locale } from "./texts";

/** What the card gave, shown (never asked again): the name, the masked ID, birth date, address. */
export function CardDetails({ card, t, locale }: { card: CardData; t: KioskTexts; locale: Locale }) {
  return (
    <section className="kiosk-from-card" aria-labelledby="kiosk-from-card">
      <h2 id="kiosk-from-card">{t.form.fromCardHeading}</h2>
      <p className="kiosk-field__help">{t.form.fromCardNote}</p>
      <dl className="kiosk-summary">
        <div>
          <dt>{t.form.name}</dt>
          <dd>{displayName(card, locale)}</dd>
        </div>
        <div>
          <dt>{t.identity.citizenId}</dt>
          <dd>{maskCitizenId(card.citizenId)}</dd>
        </div>
        {card.birthDate ? (
          <div>
            <dt>{t.form.birthDate}</dt>
            <dd>{formatCalendarDate(card.birthDate, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.form.address}</dt>
          <dd lang="th">{card.address.text}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The name in the screen's language when the card has it (older cards may lack the English name). */
export function displayName(card: CardData, locale: Locale): string {
  const english = fullName(card.nameEn);
  return locale === "en" && english !== "" ? english : fullName(card.nameTh);
}
