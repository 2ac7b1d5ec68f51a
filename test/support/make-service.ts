import { serviceDefinition, type ServiceDefinitionInput } from "@/lib/services/service-definition";
import type { Service } from "@/lib/services/service-row";
import type { Category } from "@/lib/services/categories";

const text = (en: string, th = `ไทย ${en}`) => ({ th, en });

/** A valid service for pure tests; override what the test is about. */
export function makeService(overrides: Partial<ServiceDefinitionInput> = {}): Service {
  const definition = serviceDefinition.parse({
    code: "TEST_SERVICE",
    division: "ENGINEERING",
    category: "repairs",
    name: text("Test service"),
    description: text("A service for tests"),
    processing: { workingDays: 7, basis: "service_level" },
    fee: null,
    criteria: text("Anyone"),
    legalBasis: text("Test Act"),
    documents: [],
    steps: [text("Receive")],
    channels: ["kiosk", "counter"],
    keywords: [],
    form: { fields: [] },
    ...overrides,
  });
  const divisionNames: Record<string, [string, string]> = {
    PALAD: ["สำนักปลัด", "Office of the Municipal Clerk"],
    FINANCE: ["กองคลัง", "Finance Division"],
    ENGINEERING: ["กองช่าง", "Engineering Division"],
    WELFARE: ["กองสวัสดิการสังคม", "Social Welfare Division"],
    STRATEGY: ["กองยุทธศาสตร์และงบประมาณ", "Strategy and Budget Division"],
  };
  const [nameTh, nameEn] = divisionNames[definition.division]!;
  return {
    ...definition,
    id: 1,
    category: definition.category as Category,
    division: { id: 1, code: definition.division, nameTh, nameEn },
    sortOrder: 0,
  };
}
