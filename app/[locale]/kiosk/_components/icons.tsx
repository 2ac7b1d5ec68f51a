import type { Category } from "@/lib/services/categories";

/** Small line icons (24×24, currentColor), decorative: the text beside them says it all. */
const CATEGORY_PATHS: Record<Category, string> = {
  welfare: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z",
  building: "M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6",
  repairs: "M14.5 5.5a4 4 0 0 0-5 5L4 16l4 4 5.5-5.5a4 4 0 0 0 5-5l-2.5 2.5-3-1-1-3 2.5-2.5Z",
  tax: "M6 3h12v18l-3-2-3 2-3-2-3 2V3Zm3 5h6M9 12h6M9 16h3",
  business: "M4 9h16l-1-5H5L4 9Zm0 0v11h16V9M4 9a2.7 2.7 0 0 0 5.3 0 2.7 2.7 0 0 0 5.4 0 2.7 2.7 0 0 0 5.3 0M10 20v-5h4v5",
  disaster: "M12 3v2M4 12a8 8 0 0 1 16 0H4Zm8 0v6a2 2 0 0 1-4 0",
  community: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M14 14.3A6 6 0 0 1 22 20",
  participation: "M4 5h16v11H9l-5 4V5Zm4 4h8M8 12h5",
};

export function CategoryIcon({ category }: { category: Category }) {
  return (
    <svg className="kiosk-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={CATEGORY_PATHS[category]} />
    </svg>
  );
}

/** An ID card going into a reader, for the attract screen. */
export function CardIcon() {
  return (
    <svg className="kiosk-card-art" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
      <rect x="10" y="58" width="100" height="26" rx="6" className="kiosk-card-art__reader" />
      <rect x="28" y="6" width="64" height="62" rx="6" className="kiosk-card-art__card" />
      <rect x="38" y="18" width="16" height="12" rx="2" className="kiosk-card-art__chip" />
      <path d="M60 20h22M60 28h16M38 40h44M38 48h30" className="kiosk-card-art__lines" />
      <path d="M60 72v12m-6-6 6 6 6-6" className="kiosk-card-art__arrow" />
    </svg>
  );
}
