import { Component, type ReactNode } from "react";
import { flushSaves, useStorageStatus } from "../persistence/hooks";
import { HOME_HREF } from "./router";

interface Props {
  /** The address the screen shows: going to another one gives the screen a fresh start. */
  resetKey: string;
  children: ReactNode;
}

type Saving = "saving" | "saved" | "not-saved";

interface State {
  resetKey: string;
  /** What went wrong; a new object for every error caught. */
  error?: { message: string };
  saving: Saving;
}

/** How long to wait before writing again what could not be written. */
const RETRY_MS = 2000;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const SAVING_TEXT: Record<Saving, string> = {
  saving: "Saving your latest changes…",
  saved: "Everything you did before this is saved in this browser.",
  "not-saved":
    "Your latest changes are not saved yet; Peermap keeps trying. Wait a moment before you reload or leave.",
};

/**
 * Catches an error thrown while a screen renders (without one React empties the whole page,
 * and no change of address brings it back). It shows what happened and the ways on: reload,
 * or go to your maps. Whatever the open map had not stored yet is written at once, and again
 * until it is stored; the message says which it is.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey, saving: "saving" };
  private unmounted = false;

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey
      ? null
      : { resetKey: props.resetKey, error: undefined };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: { message: messageOf(error) }, saving: "saving" };
  }

  override componentDidCatch(): void {
    void this.saveFor(this.state.error);
  }

  // StrictMode unmounts and mounts again once in development: track both.
  override componentDidMount(): void {
    this.unmounted = false;
  }

  override componentWillUnmount(): void {
    this.unmounted = true;
  }

  /** Writes what is pending while `caught` is the error shown, until everything is stored. */
  private async saveFor(caught: State["error"]): Promise<void> {
    const showing = () => !this.unmounted && this.state.error === caught;
    while (showing()) {
      const saved = await flushSaves().catch(() => false);
      if (!showing()) return;
      this.setState({ saving: saved ? "saved" : "not-saved" });
      if (saved) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  /** "Go to your maps" from the home screen itself changes no address: start afresh here. */
  private goHome = () => {
    if (window.location.hash === HOME_HREF) this.setState({ error: undefined });
  };

  override render(): ReactNode {
    const { error, saving } = this.state;
    if (!error) return this.props.children;
    return <Fallback message={error.message} saving={saving} onGoHome={this.goHome} />;
  }
}

function Fallback(props: { message: string; saving: Saving; onGoHome: () => void }) {
  // Working in memory (the banner above says why), a reload would lose the work.
  const inMemory = useStorageStatus().mode === "memory";
  return (
    <div className="page-message" role="alert">
      <h1>Something went wrong on this screen</h1>
      <p>
        Peermap could not show this screen.{" "}
        {inMemory
          ? "Your work is kept in this tab only, so do not reload it: go to your maps, open the map again and export it."
          : `${SAVING_TEXT[props.saving]} Reload the page to carry on, or go to your maps.`}
      </p>
      <p>
        <small>Details: {props.message}</small>
      </p>
      {!inMemory && (
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
      <a className={inMemory ? "btn btn-primary" : "btn"} href={HOME_HREF} onClick={props.onGoHome}>
        Go to your maps
      </a>
    </div>
  );
}
