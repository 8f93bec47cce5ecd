import type { ReactNode } from "react";
import type { PictureFormat } from "./pictureFormat";
import type { PictureSize, PngBackground, PngOptions, PngScale } from "./pngGeometry";

const SCALES: readonly { value: PngScale; label: string }[] = [
  { value: 1, label: "1x" },
  { value: 2, label: "2x" },
  { value: 3, label: "3x" },
];
const BACKGROUNDS: readonly { value: PngBackground; label: string }[] = [
  { value: "white", label: "White" },
  { value: "transparent", label: "Transparent" },
];
const SIZES: readonly { value: PictureSize; label: string }[] = [
  { value: "map", label: "Whole map, at a scale" },
  { value: "fullHd", label: "1920 × 1080 slide" },
];
const LAYOUT: readonly { key: "slide" | "titleAndLegend" | "topGaps"; label: string }[] = [
  { key: "slide", label: "Fit to 16:9 slide" },
  { key: "titleAndLegend", label: "Include title and legend" },
  { key: "topGaps", label: "Add the top gaps beside the map" },
];
const FORMATS: readonly { value: PictureFormat; label: string }[] = [
  { value: "png", label: "PNG (pixels: documents, chat)" },
  { value: "svg", label: "SVG (vectors: Keynote, PowerPoint)" },
];

interface Props {
  format: PictureFormat;
  onFormat: (format: PictureFormat) => void;
  options: PngOptions;
  onChange: (changes: Partial<PngOptions>) => void;
  disabled: boolean;
}

interface RadioGroupProps<T> {
  legend: string;
  name: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onPick: (value: T) => void;
  disabled: boolean;
  /** Shown under the choices, and then the whole group is disabled (it does not apply). */
  notApplicable?: { id: string; reason: ReactNode } | undefined;
}

function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { legend, name, choices, value, onPick, disabled, notApplicable } = props;
  return (
    <fieldset
      className="export-group"
      disabled={notApplicable !== undefined}
      aria-describedby={notApplicable?.id}
    >
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="export-choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onPick(choice.value)}
            disabled={disabled}
          />
          {choice.label}
        </label>
      ))}
      {notApplicable && (
        <span id={notApplicable.id} className="export-hint">
          {notApplicable.reason}
        </span>
      )}
    </fieldset>
  );
}

/** The picture dialog's choices: format, size, scale (PNG only), background and layout. */
export function PictureOptionsFields({ format, onFormat, options, onChange, disabled }: Props) {
  const vector = format === "svg";
  const fullHd = options.size === "fullHd";
  return (
    <>
      <RadioGroup
        legend="Format"
        name="export-picture-format"
        choices={FORMATS}
        value={format}
        onPick={onFormat}
        disabled={disabled}
      />
      <RadioGroup
        legend="Size"
        name="export-picture-size"
        choices={SIZES}
        value={options.size ?? "map"}
        onPick={(size) => onChange({ size })}
        disabled={disabled}
      />
      <RadioGroup
        legend="Scale"
        name="export-png-scale"
        choices={SCALES}
        value={options.scale}
        onPick={(scale) => onChange({ scale })}
        disabled={disabled}
        notApplicable={
          vector
            ? {
                id: "export-scale-hint",
                reason: "An SVG has no scale: it stays sharp at any size.",
              }
            : fullHd
              ? {
                  id: "export-scale-hint",
                  reason: "A 1920 × 1080 slide has its own size: the map is fitted to it.",
                }
              : undefined
        }
      />
      <RadioGroup
        legend="Background"
        name="export-png-background"
        choices={BACKGROUNDS}
        value={options.background}
        onPick={(background) => onChange({ background })}
        disabled={disabled}
      />
      <fieldset className="export-group">
        <legend>Layout</legend>
        {LAYOUT.map(({ key, label }) => (
          <label key={key} className="export-choice">
            <input
              type="checkbox"
              checked={options[key] ?? false}
              onChange={(event) => onChange({ [key]: event.target.checked })}
              // A 1920 × 1080 slide is 16:9 already.
              disabled={disabled || (key === "slide" && fullHd)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </>
  );
}
