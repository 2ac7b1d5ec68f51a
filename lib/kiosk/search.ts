import type { KioskService } from "./kiosk-services";

/**
 * The kiosk's search box, filtering as the resident types on the Thai on-screen keyboard.
 * Thai is written without spaces, so every typed word is matched as a substring of the
 * service's names, description and division, in both languages; name matches come first.
 */
export function filterKioskServices(services: readonly KioskService[], query: string): KioskService[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...services];
  return services
    .map((service, index) => ({ service, index, score: score(service, words) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.service);
}

function score(service: KioskService, words: string[]): number {
  const name = normalise(`${service.name.th} ${service.name.en}`);
  const other = normalise(
    [service.description.th, service.description.en, service.division.name.th, service.division.name.en].join(" "),
  );
  let total = 0;
  for (const word of words) {
    if (name.includes(word)) total += 3;
    else if (other.includes(word)) total += 1;
    else return 0;
  }
  return total;
}

/** NFKC, so SARA AM typed as NIKHAHIT + SARA AA matches; lower case for English. */
function normalise(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").trim();
}
