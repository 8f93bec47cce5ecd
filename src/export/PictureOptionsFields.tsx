import type { PictureFormat } from "./pictureFormat";
import type { PngBackground, PngOptions, PngScale } from "./pngGeometry";

const SCALES: readonly PngScale[] = [1, 2, 3];
const BACKGROUNDS: readonly { value: PngBackground; label: string }[] = [
  { value: "white", label: "White" },
  { value: "transparent", label: "Transparent" },
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

/** The picture dialog's choices: format, scale (PNG only), background and layout. */
export function PictureOptionsFields({ format, onFormat, options, onChange, disabled }: Props) {
  const vector = format === "svg";
  return (
    <>
      <fieldset className="export-group">
        <legend>Format</legend>
        {FORMATS.map(({ value, label }) => (
          <label key={value} className="export-choice">
            <input
              type="radio"
              name="export-picture-format"
              value={value}
              checked={format === value}
              onChange={() => onFormat(value)}
              disabled={disabled}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset
        className="export-group"
        disabled={vector}
        aria-describedby={vector ? "export-scale-hint" : undefined}
      >
        <legend>Scale</legend>
        {SCALES.map((scale) => (
          <label key={scale} className="export-choice">
            <input
              type="radio"
              name="export-png-scale"
              value={scale}
              checked={options.scale === scale}
              onChange={() => onChange({ scale })}
              disabled={disabled}
            />
            {scale}x
          </label>
        ))}
        {vector && (
          <span id="export-scale-hint" className="export-hint">
            An SVG has no scale: it stays sharp at any size.
          </span>
        )}
      </fieldset>
      <fieldset className="export-group">
        <legend>Background</legend>
        {BACKGROUNDS.map(({ value, label }) => (
          <label key={value} className="export-choice">
            <input
              type="radio"
              name="export-png-background"
              value={value}
              checked={options.background === value}
              onChange={() => onChange({ background: value })}
              disabled={disabled}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-group">
        <legend>Layout</legend>
        <label className="export-choice">
          <input
            type="checkbox"
            checked={options.slide}
            onChange={(event) => onChange({ slide: event.target.checked })}
            disabled={disabled}
          />
          Fit to 16:9 slide
        </label>
        <label className="export-choice">
          <input
            type="checkbox"
            checked={options.titleAndLegend}
            onChange={(event) => onChange({ titleAndLegend: event.target.checked })}
            disabled={disabled}
          />
          Include title and legend
        </label>
      </fieldset>
    </>
  );
}
