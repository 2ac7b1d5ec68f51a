/**
 * The satisfaction survey as Thai agencies ask it (แบบประเมินความพึงพอใจต่อการให้บริการ):
 * six aspects of the service, each rated 1-5, and an optional comment. The keys are the
 * SurveyResponse columns.
 */
export const SURVEY_DIMENSIONS = ["process", "staff", "time", "facilities", "information", "overall"] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export const MAX_COMMENT_LENGTH = 1000;

type Wording = { th: string; en: string };

/** The question for each aspect, in the words of the usual government form. */
export const QUESTIONS: Record<SurveyDimension, Wording> = {
  process: {
    th: "ความพึงพอใจต่อกระบวนการ/ขั้นตอนการให้บริการ",
    en: "Satisfaction with the process and its steps",
  },
  staff: {
    th: "ความพึงพอใจต่อเจ้าหน้าที่ผู้ให้บริการ",
    en: "Satisfaction with the staff who served you",
  },
  time: {
    th: "ความพึงพอใจต่อระยะเวลาการให้บริการ",
    en: "Satisfaction with the time it took",
  },
  facilities: {
    th: "ความพึงพอใจต่อสิ่งอำนวยความสะดวก/ช่องทางการให้บริการ",
    en: "Satisfaction with the facilities and the channel you used",
  },
  information: {
    th: "ความพึงพอใจต่อข้อมูลที่ได้รับ",
    en: "Satisfaction with the information you were given",
  },
  overall: {
    th: "ความพึงพอใจต่อการให้บริการในภาพรวม",
    en: "Overall satisfaction with the service",
  },
};

/** The five-point scale, 1 the lowest, as on the paper form (ระดับความพึงพอใจ). */
export const SCALE: Record<Rating, Wording> = {
  1: { th: "น้อยที่สุด", en: "Very dissatisfied" },
  2: { th: "น้อย", en: "Dissatisfied" },
  3: { th: "ปานกลาง", en: "Neutral" },
  4: { th: "มาก", en: "Satisfied" },
  5: { th: "มากที่สุด", en: "Very satisfied" },
};

export type SurveyAnswers = Record<SurveyDimension, Rating> & { comment: string };
