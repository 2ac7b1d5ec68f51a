import { z } from "zod";
import { CATEGORY_CODES, type Category } from "./categories";

export type CatalogueQuery = { q: string; category: Category | null };

const schema = z.object({
  q: z.string().trim().max(100).catch(""),
  category: z.enum(CATEGORY_CODES as [Category, ...Category[]]).nullable().catch(null),
});

/** Read the catalogue's search parameters; anything malformed is ignored, never an error page. */
export function parseCatalogueQuery(params: Record<string, string | string[] | undefined>): CatalogueQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return schema.parse({ q: first(params.q) ?? "", category: first(params.category) ?? null });
}
