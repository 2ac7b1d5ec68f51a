"use client";

import { useState } from "react";
import { fill, type FormValues } from "./form-state";

type Props = {
  place: FormValues["place"];
  error?: string;
  texts: Record<string, string>;
  onChange: (place: FormValues["place"]) => void;
};

/**
 * The device's position, asked only when the resident presses the button (the browser then
 * asks their permission), and taken back with one press before filing.
 */
export function PlaceField({ place, error, texts, onChange }: Props) {
  const [failed, setFailed] = useState(false);
  const locate = () => {
    setFailed(false);
    navigator.geolocation.getCurrentPosition(
      (position) => onChange({ latitude: position.coords.latitude.toFixed(6), longitude: position.coords.longitude.toFixed(6) }),
      () => setFailed(true),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return (
    <fieldset>
      <legend>{texts.place}</legend>
      <p className="field-help">{texts.useLocationHelp}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {place.latitude ? (
        <p>
          {fill(texts.locationShared, { lat: place.latitude, long: place.longitude })}{" "}
          <button type="button" className="online-form__secondary" onClick={() => onChange({ latitude: "", longitude: "" })}>
            {texts.removeLocation}
          </button>
        </p>
      ) : (
        <button type="button" className="online-form__secondary" onClick={locate}>
          {texts.useLocation}
        </button>
      )}
      {failed ? <p role="status">{texts.locationFailed}</p> : null}
    </fieldset>
  );
}
