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
}: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const { error, props } = useCommitDraft({ value, onCommit, validate, multiline });
  const described = error ? errorId : undefined;
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
          autoComplete={autoComplete}
          spellCheck={type === "text" ? undefined : false}
        />
      )}
      {error && (
        <p id={errorId} role="alert" className="error-text textfield-error">
          {error}
        </p>
      )}
    </div>
  );
}
