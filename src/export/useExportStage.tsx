import { type ReactNode, useCallback, useRef, useState } from "react";
import type { PeerMap } from "../domain/model";
import { ExportStage } from "./ExportStage";

interface Pending {
  map: PeerMap;
  resolve: (viewport: HTMLElement) => void;
  reject: (error: Error) => void;
}

export interface ExportStageHandle {
  /** Render this where the component renders; it is null unless a capture is under way. */
  node: ReactNode;
  /** Draws `map` off screen; resolves with its viewport once everything is drawn. */
  mount: (map: PeerMap) => Promise<HTMLElement>;
  /** Removes the off-screen map again. */
  unmount: () => void;
}

/** The off-screen stage a PNG is captured from, mounted only while a capture runs. */
export function useExportStage(): ExportStageHandle {
  const [pending, setPending] = useState<Pending | null>(null);
  const settled = useRef(false);

  const mount = useCallback(
    (map: PeerMap) =>
      new Promise<HTMLElement>((resolve, reject) => {
        settled.current = false;
        setPending({ map, resolve, reject });
      }),
    [],
  );
  const unmount = useCallback(() => setPending(null), []);

  const onReady = useCallback(
    (viewport: HTMLElement) => {
      if (settled.current) return;
      settled.current = true;
      pending?.resolve(viewport);
    },
    [pending],
  );
  const onError = useCallback(
    (error: Error) => {
      if (settled.current) return;
      settled.current = true;
      pending?.reject(error);
    },
    [pending],
  );

  const node = pending ? (
    <ExportStage map={pending.map} onReady={onReady} onError={onError} />
  ) : null;
  return { node, mount, unmount };
}
