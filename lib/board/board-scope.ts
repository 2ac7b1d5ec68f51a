import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { ALL_DIVISIONS } from "./board-tabs";

type Division = { id: number; code: string };

/**
 * Which board a person sees: one division, or "all" — the sum of every division whose board
 * they may open (for an ADMIN the whole municipality, for a head or officer of several
 * divisions theirs, never more). Every division in it passes `can(staff, "board.view")`.
 */
export type BoardScope<D extends Division> = {
  /** "all", or the one division's code: what the tabs, pager and address carry. */
  key: string;
  /** The divisions listed, in catalogue order. */
  divisions: D[];
  /** True for the combined view (the table then shows each row's division). */
  combined: boolean;
  /** True when the combined view is every division of the municipality. */
  municipality: boolean;
  /** The divisions this person may open, for the picker. */
  visible: D[];
};

/**
 * An ADMIN opens on the municipality-wide board; everyone else on their first division,
 * with the combined board one choice away when they have several. A division they may not
 * see, or "all" with a single division, falls back to that default.
 */
export function chooseBoardScope<D extends Division>(staff: StaffPrincipal, all: readonly D[], requested?: string): BoardScope<D> | null {
  const visible = all.filter((division) => can(staff, "board.view", division.id)).sort((a, b) => a.id - b.id);
  if (visible.length === 0) return null;
  const combinedAllowed = visible.length > 1;
  const wantsAll = requested === ALL_DIVISIONS || (requested === undefined && staff.role === "ADMIN");
  if (combinedAllowed && wantsAll) {
    return { key: ALL_DIVISIONS, divisions: visible, combined: true, municipality: visible.length === all.length, visible };
  }
  const division = visible.find((d) => d.code === requested) ?? visible[0]!;
  return { key: division.code, divisions: [division], combined: false, municipality: false, visible };
}
