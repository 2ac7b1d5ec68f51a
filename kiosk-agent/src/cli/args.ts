import { usage } from "./exit-codes.js";

/** Runs a strict parseArgs, turning its exceptions into usage failures (exit 2). */
export function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw usage((error as Error).message.split("\n")[0] ?? "invalid arguments");
  }
}

export function parseNumber(name: string, value: string | undefined, range: { min: number; max: number; integer?: boolean }): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < range.min || number > range.max || (range.integer === true && !Number.isInteger(number))) {
    throw usage(`--${name} must be ${range.integer === true ? "an integer" : "a number"} from ${range.min} to ${range.max}`);
  }
  return number;
}
