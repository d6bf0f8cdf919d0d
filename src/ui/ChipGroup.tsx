interface ChipOption {
  value: string;
  label: string;
}

interface ChipGroupProps {
  legend: string;
  options: ChipOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Single choice: picking one clears the others (tapping it again clears it). */
  single?: boolean;
}

/** Toggle chips (e.g. where in the body, easy / ok / hard). Each is a real button with aria-pressed. */
export function ChipGroup({ legend, options, selected, onChange, single = false }: ChipGroupProps) {
  function toggle(value: string) {
    const on = selected.includes(value);
    if (single) onChange(on ? [] : [value]);
    else onChange(on ? selected.filter((v) => v !== value) : [...selected, value]);
  }
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <div className="chip-row">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="chip"
            aria-pressed={selected.includes(option.value)}
            onClick={() => toggle(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
