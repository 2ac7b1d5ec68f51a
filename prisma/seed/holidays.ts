export type HolidaySeed = { date: string; nameTh: string; nameEn: string };

/**
 * Thai public holidays (วันหยุดราชการ) for B.E. 2569 and 2570 (2026 and 2027), including the
 * substitution days (วันหยุดชดเชย) for holidays that fall on a weekend.
 *
 * The Buddhist holidays follow the lunar calendar, and the Cabinet adds special holidays
 * each year: check this list against the Cabinet's announcement every year and edit it in
 * the staff console. The seed only adds dates that are missing; it never removes any.
 */
export const seedHolidays: HolidaySeed[] = [
  // B.E. 2569 (2026)
  { date: "2026-01-01", nameTh: "วันขึ้นปีใหม่", nameEn: "New Year's Day" },
  { date: "2026-03-03", nameTh: "วันมาฆบูชา", nameEn: "Makha Bucha Day" },
  { date: "2026-04-06", nameTh: "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์", nameEn: "Chakri Memorial Day" },
  { date: "2026-04-13", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2026-04-14", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2026-04-15", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2026-05-04", nameTh: "วันฉัตรมงคล", nameEn: "Coronation Day" },
  { date: "2026-06-01", nameTh: "วันหยุดชดเชยวันวิสาขบูชา", nameEn: "Visakha Bucha Day (substitution)" },
  { date: "2026-06-03", nameTh: "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", nameEn: "H.M. Queen Suthida's Birthday" },
  { date: "2026-07-28", nameTh: "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", nameEn: "H.M. the King's Birthday" },
  { date: "2026-07-29", nameTh: "วันอาสาฬหบูชา", nameEn: "Asarnha Bucha Day" },
  { date: "2026-07-30", nameTh: "วันเข้าพรรษา", nameEn: "Buddhist Lent Day" },
  { date: "2026-08-12", nameTh: "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ", nameEn: "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day" },
  { date: "2026-10-13", nameTh: "วันนวมินทรมหาราช", nameEn: "King Bhumibol Adulyadej Memorial Day" },
  { date: "2026-10-23", nameTh: "วันปิยมหาราช", nameEn: "King Chulalongkorn Day" },
  { date: "2026-12-07", nameTh: "วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ", nameEn: "King Bhumibol's Birthday / National Day / Father's Day (substitution)" },
  { date: "2026-12-10", nameTh: "วันรัฐธรรมนูญ", nameEn: "Constitution Day" },
  { date: "2026-12-31", nameTh: "วันสิ้นปี", nameEn: "New Year's Eve" },
  // B.E. 2570 (2027)
  { date: "2027-01-01", nameTh: "วันขึ้นปีใหม่", nameEn: "New Year's Day" },
  { date: "2027-02-22", nameTh: "วันหยุดชดเชยวันมาฆบูชา", nameEn: "Makha Bucha Day (substitution)" },
  { date: "2027-04-06", nameTh: "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์", nameEn: "Chakri Memorial Day" },
  { date: "2027-04-13", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2027-04-14", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2027-04-15", nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" },
  { date: "2027-05-04", nameTh: "วันฉัตรมงคล", nameEn: "Coronation Day" },
  { date: "2027-05-20", nameTh: "วันวิสาขบูชา", nameEn: "Visakha Bucha Day" },
  { date: "2027-06-03", nameTh: "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", nameEn: "H.M. Queen Suthida's Birthday" },
  { date: "2027-07-19", nameTh: "วันเข้าพรรษา", nameEn: "Buddhist Lent Day" },
  { date: "2027-07-20", nameTh: "วันหยุดชดเชยวันอาสาฬหบูชา", nameEn: "Asarnha Bucha Day (substitution)" },
  { date: "2027-07-28", nameTh: "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", nameEn: "H.M. the King's Birthday" },
  { date: "2027-08-12", nameTh: "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ", nameEn: "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day" },
  { date: "2027-10-13", nameTh: "วันนวมินทรมหาราช", nameEn: "King Bhumibol Adulyadej Memorial Day" },
  { date: "2027-10-25", nameTh: "วันหยุดชดเชยวันปิยมหาราช", nameEn: "King Chulalongkorn Day (substitution)" },
  { date: "2027-12-06", nameTh: "วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ", nameEn: "King Bhumibol's Birthday / National Day / Father's Day (substitution)" },
  { date: "2027-12-10", nameTh: "วันรัฐธรรมนูญ", nameEn: "Constitution Day" },
  { date: "2027-12-31", nameTh: "วันสิ้นปี", nameEn: "New Year's Eve" },
];
