import type { Locale } from "@/lib/i18n/localized";
import type { DisplayTicket } from "@/lib/queue/display-model";
import { ticketToCounterLine, toThaiDigits } from "@/lib/queue/thai-digits";
import type th from "@/messages/counter.th.json";

export type DisplayTexts = (typeof th)["display"];
type Shared = { texts: Record<Locale, DisplayTexts>; primary: Locale };

const other = (locale: Locale): Locale => (locale === "th" ? "en" : "th");

/** A label in both languages: the page's language first, the other smaller beside it. */
export function BothLanguages({ texts, primary, name }: Shared & { name: keyof DisplayTexts }) {
  const secondary = other(primary);
  return (
    <>
      <span lang={primary}>{texts[primary][name]}</span>
      <span className="queue-display__second" lang={secondary}>
        {" "}
        {texts[secondary][name]}
      </span>
    </>
  );
}

/** "C-014" with its Thai-digit twin "C-๐๑๔". */
function TicketNumber({ ticket }: { ticket: string }) {
  const thai = toThaiDigits(ticket);
  return (
    <span className="ticket-number" aria-hidden="true">
      <span className="ticket-number__arabic">{ticket}</span>
      {thai !== ticket ? (
        <span className="ticket-number__thai" lang="th">
          {thai}
        </span>
      ) : null}
    </span>
  );
}

/** "ช่อง ๓ / Counter 3", whatever the page's language (the counter's sign shows both). */
function CounterName({ counter, texts }: { counter: number; texts: Record<Locale, DisplayTexts> }) {
  return (
    <span className="counter-name" aria-hidden="true">
      <span lang="th">
        {texts.th.counter} {toThaiDigits(counter)}
      </span>
      <span className="counter-name__en" lang="en">
        {texts.en.counter} {counter}
      </span>
    </span>
  );
}

export function ServingCard({ ticket, texts, primary, hero = false }: Shared & { ticket: DisplayTicket; hero?: boolean }) {
  return (
    <div className={`serving-card${hero ? " serving-card--hero" : ""}`}>
      <span className="visually-hidden">{ticketToCounterLine(ticket.ticket, ticket.counter)}</span>
      <TicketNumber ticket={ticket.ticket} />
      <span className="serving-card__arrow" aria-hidden="true">
        →
      </span>
      <CounterName counter={ticket.counter} texts={texts} />
      <span className="serving-card__division">
        <span lang={primary}>{primary === "th" ? ticket.division.nameTh : ticket.division.nameEn}</span>
        <span className="queue-display__second" lang={other(primary)}>
          {" · "}
          {primary === "th" ? ticket.division.nameEn : ticket.division.nameTh}
        </span>
      </span>
    </div>
  );
}

export function TicketRow({ ticket, texts, primary }: Shared & { ticket: DisplayTicket }) {
  const status = ticket.status === "served" ? "served" : ticket.status === "no_show" ? "noShow" : null;
  return (
    <li className={`ticket-row ticket-row--${ticket.status}`}>
      <span className="visually-hidden">{ticketToCounterLine(ticket.ticket, ticket.counter)}</span>
      <TicketNumber ticket={ticket.ticket} />
      <span className="ticket-row__arrow" aria-hidden="true">
        →
      </span>
      <CounterName counter={ticket.counter} texts={texts} />
      {status ? (
        <span className="ticket-row__status">
          <BothLanguages texts={texts} primary={primary} name={status} />
        </span>
      ) : null}
    </li>
  );
}

const TIME = new Intl.DateTimeFormat("th-TH-u-nu-thai", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hour12: false });
const TIME_ARABIC = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hour12: false });
const DATE = new Intl.DateTimeFormat("th-TH-u-nu-thai", { timeZone: "Asia/Bangkok", weekday: "long", day: "numeric", month: "long", year: "numeric" });

export function Clock({ now }: { now: Date }) {
  return (
    <p className="queue-display__clock" suppressHydrationWarning>
      <span className="queue-display__time" lang="th">
        {TIME.format(now)} น.
      </span>{" "}
      <span className="queue-display__second">({TIME_ARABIC.format(now)})</span>
      <span className="queue-display__date" lang="th">
        {DATE.format(now)}
      </span>
    </p>
  );
}

export function BellIcon() {
  return (
    <svg className="queue-display__unlock-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
