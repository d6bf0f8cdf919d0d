import { useId } from 'react';

interface RatingScaleProps {
  legend: string;
  /** Words for the two ends, e.g. "not at all" / "completely". */
  lowLabel: string;
  highLabel: string;
  value: number | null;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}

/**
 * A 0–10 (or other) rating as a row of radio buttons: every value is a 44px
 * target, reachable with arrow keys, and read out with its number.
 */
export function RatingScale({ legend, lowLabel, highLabel, value, onChange, min = 0, max = 10 }: RatingScaleProps) {
  const name = useId();
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className="rating">
      <legend>{legend}</legend>
      <div className="rating-row">
        {values.map((v) => (
          <label key={v} className="rating-option">
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
      <div className="rating-ends" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
      <p className="visually-hidden">
        {min}: {lowLabel}. {max}: {highLabel}.
      </p>
    </fieldset>
  );
}
