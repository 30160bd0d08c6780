/** The option controls: a labelled slider with its value, a group of radio buttons, a checkbox. */

export function Range(props: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number; step: number };
  unit: string;
  onChange: (v: number) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={props.limits.min}
        max={props.limits.max}
        step={props.limits.step}
        value={props.value}
        aria-valuetext={`${props.value}${props.unit}`}
        onInput={(e) => props.onChange(Number((e.target as HTMLInputElement).value))}
      />
      <output for={props.id}>
        {props.value}
        {props.unit}
      </output>
    </div>
  );
}

export function Choice<T extends string | number>(props: {
  legend: string;
  name: string;
  value: T;
  options: Array<[T, string]>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <label key={String(v)} class="choice">
          <input type="radio" name={props.name} value={String(v)} checked={props.value === v} onChange={() => props.onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}
