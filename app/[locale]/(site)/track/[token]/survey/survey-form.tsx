"use client";

import { useActionState, useEffect, useRef } from "react";
import { MAX_COMMENT_LENGTH, RATINGS, SURVEY_DIMENSIONS } from "@/lib/survey/questions";
import { submitSurveyAction, type SurveyFormState } from "./actions";

/** The words the server page chose for this language (the site's client bundle carries no catalogue). */
export type SurveyFormTexts = {
  questions: Record<(typeof SURVEY_DIMENSIONS)[number], string>;
  options: Record<(typeof RATINGS)[number], string>;
  comment: string;
  commentHelp: string;
  submit: string;
  errorSummary: string;
  throttled: string;
  failed: string;
  errors: { required: string; invalid: string; tooLong: string };
};

/**
 * Six rating questions and a comment. Each question is a fieldset whose legend is the
 * question, with five large radio labels; it works before (or without) JavaScript, the
 * server answering with the same form and its problems marked.
 */
export function SurveyForm({ token, locale, texts }: { token: string; locale: string; texts: SurveyFormTexts }) {
  const [state, action, pending] = useActionState<SurveyFormState, FormData>(submitSurveyAction, { attempt: 0 });
  const alert = useRef<HTMLParagraphElement>(null);
  const message = state.error === "throttled" ? texts.throttled : state.error === "failed" ? texts.failed : state.error === "invalid" ? texts.errorSummary : null;
  useEffect(() => {
    if (message) alert.current?.focus();
  }, [message, state.attempt]);
  const errorOf = (field: string) => state.errors?.[field as keyof typeof state.errors];

  return (
    // Keyed by attempt: React resets a form after its action, so the choices come back as defaults.
    <form action={action} className="survey-form" key={state.attempt} noValidate>
      <p ref={alert} id="survey-alert" className="alert alert--error" role="alert" tabIndex={-1} hidden={!message}>
        {message}
      </p>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {SURVEY_DIMENSIONS.map((dimension, index) => {
        const error = errorOf(dimension);
        return (
          <fieldset key={dimension} className="survey-question" aria-describedby={error ? `${dimension}-error` : undefined}>
            <legend>
              <span className="survey-question__number">{index + 1}.</span> {texts.questions[dimension]}
            </legend>
            {error ? (
              <p id={`${dimension}-error`} className="survey-error">
                {texts.errors[error]}
              </p>
            ) : null}
            <div className="survey-scale">
              {RATINGS.map((rating) => (
                <label key={rating} className="survey-option">
                  <input type="radio" name={dimension} value={rating} defaultChecked={state.values?.[dimension] === String(rating)} />
                  <span className="survey-option__rating">{rating}</span> <span className="survey-option__label">{texts.options[rating]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="form-field survey-comment">
        <label htmlFor="survey-comment">{texts.comment}</label>
        <textarea
          id="survey-comment"
          name="comment"
          rows={4}
          maxLength={MAX_COMMENT_LENGTH}
          defaultValue={state.values?.comment ?? ""}
          aria-describedby={errorOf("comment") ? "comment-error comment-help" : "comment-help"}
          aria-invalid={errorOf("comment") ? true : undefined}
        />
        <p id="comment-help" className="form-help">
          {texts.commentHelp}
        </p>
        {errorOf("comment") ? (
          <p id="comment-error" className="survey-error">
            {texts.errors.tooLong}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button survey-submit" disabled={pending}>
        {texts.submit}
      </button>
    </form>
  );
}
