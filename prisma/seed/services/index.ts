import type { ServiceDefinitionInput } from "@/lib/services/service-definition";
import { engineeringServices } from "./engineering";
import { financeServices } from "./finance";
import { paladServices } from "./palad";
import { strategyServices } from "./strategy";
import { welfareServices } from "./welfare";

/**
 * The seed service catalogue: the public manuals (คู่มือสำหรับประชาชน) and forms the
 * municipality starts with. Staff edit them later; codes are stable and never reused.
 */
export const seedServices: ServiceDefinitionInput[] = [
  ...welfareServices,
  ...engineeringServices,
  ...financeServices,
  ...paladServices,
  ...strategyServices,
];
