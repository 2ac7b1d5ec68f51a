"use client";

import { citizenIdProblem } from "./form-state";

type Props = {
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  texts: Record<string, string>;
  validation: Record<string, string>;
  onChange: (name: string, value: string) => void;
};

const INPUTS: { name: string; type: string; autoComplete: string; inputMode?: "numeric" | "tel" | "email"; maxLength: number; optional?: boolean; help?: string }[] = [
  { name: "citizenId", type: "text", autoComplete: "off", inputMode: "numeric", maxLength: 17 },
  { name: "prefixTh", type: "text", autoComplete: "honorific-prefix", maxLength: 30 },
  { name: "firstTh", type: "text", autoComplete: "given-name", maxLength: 80 },
  { name: "lastTh", type: "text", autoComplete: "family-name", maxLength: 80 },
  { name: "birthDate", type: "date", autoComplete: "bday", maxLength: 10 },
  { name: "address", type: "text", autoComplete: "street-address", maxLength: 200, help: "addressHelp" },
  { name: "phone", type: "tel", autoComplete: "tel", inputMode: "tel", maxLength: 30 },
  { name: "email", type: "email", autoComplete: "email", inputMode: "email", maxLength: 254, optional: true, help: "emailHelp" },
];

/** Who the resident is, typed: the citizen ID's check digit is checked as they type. */
export function IdentityFields({ values, errors, texts, validation, onChange }: Props) {
  const typedId = values.citizenId ?? "";
  // Said only once all 13 digits are there: a half-typed number is not yet wrong.
  const idProblem = typedId.replace(/\D/g, "").length >= 13 ? citizenIdProblem(typedId) : null;
  return (
    <fieldset>
      <legend>{texts.aboutYou}</legend>
      <p className="field-help">{texts.aboutYouHelp}</p>
      {INPUTS.map((input) => {
        const id = `identity-${input.name}`;
        const error = errors[input.name] ?? (input.name === "citizenId" && idProblem ? validation[idProblem] : undefined);
        const describedBy = [input.help ? `${id}-help` : "", error ? `${id}-error` : "", input.name === "citizenId" ? `${id}-status` : ""].filter(Boolean).join(" ");
        return (
          <div className="field" key={input.name}>
            <label htmlFor={id}>
              {texts[input.name]} {input.optional ? null : <span className="field-required">({texts.required})</span>}
            </label>
            {input.help ? <p id={`${id}-help`} className="field-help">{texts[input.help]}</p> : null}
            {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
            <input
              id={id}
              name={input.name}
              type={input.type}
              autoComplete={input.autoComplete}
              inputMode={input.inputMode}
              maxLength={input.maxLength}
              value={values[input.name] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-required={input.optional ? undefined : true}
              aria-describedby={describedBy || undefined}
              onChange={(event) => onChange(input.name, event.target.value)}
            />
            {input.name === "citizenId" ? (
              <p id={`${id}-status`} className="field-ok" aria-live="polite">
                {typedId && !idProblem && !error && typedId.replace(/\D/g, "").length === 13 ? texts.citizenIdOk : ""}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
