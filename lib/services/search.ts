import type { Service } from "./service-row";

/**
 * Catalogue search, forgiving in both languages: case-insensitive, every word of the query
 * must appear somewhere (Thai is written without spaces, so words are matched as
 * substrings), and services whose name matches come first.
 */
export function searchServices(services: readonly Service[], query: string): Service[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...services];
  return services
    .map((service, index) => ({ service, index, score: score(service, words) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.service);
}

function score(service: Service, words: string[]): number {
  const name = normalise(`${service.name.th} ${service.name.en}`);
  const other = normalise(
    [
      service.description.th,
      service.description.en,
      service.division.nameTh,
      service.division.nameEn,
      service.code,
      ...service.keywords,
    ].join(" "),
  );
  let total = 0;
  for (const word of words) {
    if (name.includes(word)) total += 3;
    else if (other.includes(word)) total += 1;
    else return 0;
  }
  return total;
}

function normalise(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("en").trim();
}

export type DivisionGroup = { division: Service["division"]; services: Service[] };

/** Keep the catalogue order; one group per division that has services. */
export function groupByDivision(services: readonly Service[]): DivisionGroup[] {
  const groups = new Map<string, DivisionGroup>();
  for (const service of services) {
    const group = groups.get(service.division.code) ?? { division: service.division, services: [] };
    group.services.push(service);
    groups.set(service.division.code, group);
  }
  return [...groups.values()];
}
