import "./shared.css";
import { type Ref, useId } from "react";
import { useCommitDraft } from "./useCommitDraft";

export interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  validate?: (value: string) => string | null;
  /** A textarea: Enter adds a line, saving happens on blur or Ctrl/Cmd+Enter. */
  multiline?: boolean;
  type?: "text" | "email" | "date";
  /** The label stays for screen readers only (e.g. in a compact list row). */
  hideLabel?: boolean;
  placeholder?: string;
  autoComplete?: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The most characters the field takes (from MAX_LENGTH); reaching it shows why typing stops. */
  maxLength?: number;
}

/** A labelled field that saves on blur/Enter (see useCommitDraft), with its error inline. */
export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline,
  type = "text",
  hideLabel,
  placeholder,
  autoComplete = "off",
  className,
  inputRef,
  maxLength,
}: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const limitId = `${id}-limit`;
  const { error, props } = useCommitDraft({ value, onCommit, validate, multiline });
  const atLimit = maxLength !== undefined && String(props.value).length >= maxLength;
  const described = [error ? errorId : "", atLimit ? limitId : ""].join(" ").trim() || undefined;
  return (
    <div className={className ? `field textfield ${className}` : "field textfield"}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : "field-label"}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...props}
          id={id}
          aria-describedby={described}
          placeholder={placeholder}
          maxLength={maxLength}
          rows={3}
        />
      ) : (
        <input
          {...props}
          id={id}
          ref={inputRef}
          type={type}
          aria-describedby={described}
          placeholder={placeholder}
          maxLength={maxLength}
          autoComplete={autoComplete}
          spellCheck={type === "text" ? undefined : false}
        />
      )}
      {atLimit && (
        <p id={limitId} className="textfield-limit">
          {label} can be at most {maxLength.toLocaleString("en-US")} characters; this is the limit.
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="error-text textfield-error">
          {error}
        </p>
      )}
    </div>
  );
}
