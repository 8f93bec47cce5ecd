/**
 * Code that runs inside the page. Every function here is serialised by Playwright and must be
 * self-contained: no imports, no references to anything outside its own body.
 */

/** A node's box in flow coordinates, as React Flow sees it (position, width, height). */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OpenProbeConfig {
  /** Node boxes per page key: a map id for the app (`#/map/<id>`), a graph name for bare. */
  boxes: Record<string, Box[]>;
  timeoutMs: number;
}

export interface OpenProbeState {
  key: string;
  /** ms since navigation start (performance.timeOrigin). */
  firstNode: number | null;
  /** The frame in which every node in view was rendered and visible. */
  complete: number | null;
  /** After that frame's rendering work (a task queued from its rAF callback). */
  painted: number | null;
  domContentLoaded: number | null;
  expected: number;
  rendered: number;
  zoom: number;
  paneWidth: number;
  paneHeight: number;
  timedOut: boolean;
}

export interface EditSample {
  key: string;
  /** keydown event time to the Gaps region's text changing (DOM commit). */
  dom: number;
  /** keydown event time to the end of the frame that shows it. */
  paint: number;
}

declare global {
  interface Window {
    __benchOpen?: OpenProbeState;
    __benchFrames?: { stamps: number[]; running: boolean };
    __benchEdit?: { samples: EditSample[]; armed: number };
    __benchInput?: { latencies: number[]; stop: () => void };
  }
}

/**
 * Init script: from the first moment of a document, polls once per frame until every node that
 * intersects the visible part of the flow is in the DOM and visible (React Flow hides a node
 * until it is measured). "Visible part" comes from the viewport transform React Flow writes
 * and the pane's size, so with onlyRenderVisibleElements this is exactly the set React Flow
 * should render. The untouched identity transform does not count: that is before the fit.
 */
export function installOpenProbe(config: OpenProbeConfig): void {
  const match = /^#\/map\/([^/?#]+)$/.exec(window.location.hash);
  const key = match?.[1]
    ? decodeURIComponent(match[1])
    : new URLSearchParams(window.location.search).get("graph");
  const boxes = key ? config.boxes[key] : undefined;
  if (!key || !boxes) return;
  const state: OpenProbeState = {
    key,
    firstNode: null,
    complete: null,
    painted: null,
    domContentLoaded: null,
    expected: 0,
    rendered: 0,
    zoom: 0,
    paneWidth: 0,
    paneHeight: 0,
    timedOut: false,
  };
  window.__benchOpen = state;
  const transformPattern =
    /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/;
  let pane: HTMLElement | null = null;
  const size = { w: 0, h: 0 };
  const tick = (): void => {
    const now = performance.now();
    if (now > config.timeoutMs) {
      state.timedOut = true;
      return;
    }
    if (!pane) {
      pane = document.querySelector<HTMLElement>(".react-flow");
      if (pane) {
        size.w = pane.clientWidth;
        size.h = pane.clientHeight;
        new ResizeObserver(([entry]) => {
          if (!entry) return;
          size.w = entry.contentRect.width;
          size.h = entry.contentRect.height;
        }).observe(pane);
      }
    }
    const viewport = pane?.querySelector<HTMLElement>(".react-flow__viewport");
    if (pane && viewport) {
      const rendered = pane.querySelectorAll<HTMLElement>(".react-flow__node");
      if (rendered.length > 0 && state.firstNode === null) state.firstNode = now;
      const t = transformPattern.exec(viewport.style.transform);
      const tx = Number(t?.[1] ?? 0);
      const ty = Number(t?.[2] ?? 0);
      const zoom = Number(t?.[3] ?? 1);
      if (t && !(tx === 0 && ty === 0 && zoom === 1) && size.w > 0) {
        const x0 = -tx / zoom;
        const y0 = -ty / zoom;
        const x1 = x0 + size.w / zoom;
        const y1 = y0 + size.h / zoom;
        const shown = new Set<string>();
        for (const el of rendered) {
          if (el.style.visibility !== "hidden" && el.dataset.id) shown.add(el.dataset.id);
        }
        let expected = 0;
        let missing = 0;
        for (const b of boxes) {
          if (b.x < x1 && b.x + b.w > x0 && b.y < y1 && b.y + b.h > y0) {
            expected += 1;
            if (!shown.has(b.id)) missing += 1;
          }
        }
        if (missing === 0 && expected > 0) {
          state.complete = now;
          state.expected = expected;
          state.rendered = rendered.length;
          state.zoom = zoom;
          state.paneWidth = size.w;
          state.paneHeight = size.h;
          const nav = performance.getEntriesByType("navigation")[0] as
            | PerformanceNavigationTiming
            | undefined;
          state.domContentLoaded = nav?.domContentLoadedEventEnd ?? null;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            state.painted = performance.now();
            channel.port1.close();
          };
          channel.port2.postMessage(0);
          return;
        }
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Starts recording requestAnimationFrame timestamps. */
export function startFrames(): void {
  const rec = { stamps: [] as number[], running: true };
  window.__benchFrames = rec;
  const loop = (t: number): void => {
    if (!rec.running) return;
    rec.stamps.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Stops recording after one more frame (so the last input's frame is counted); returns them. */
export function stopFrames(): Promise<number[]> {
  return new Promise((resolve) => {
    requestAnimationFrame((t) => {
      const rec = window.__benchFrames;
      if (!rec) return resolve([]);
      rec.stamps.push(t);
      rec.running = false;
      resolve(rec.stamps);
    });
  });
}

/**
 * Input-to-paint latency: for each pointer move (or wheel) event, the time from the event to
 * the end of the first frame in which `watched` (the dragged node, or the viewport) has moved.
 * Events handled together in one render share that frame. Unlike frame times, which a headless
 * browser quantises to 16.7 ms vsyncs, this shows how far behind the pointer the picture is.
 */
export function startInputLatency(input: {
  event: "pointermove" | "wheel";
  watched: string;
}): void {
  const target = document.querySelector(input.watched);
  const latencies: number[] = [];
  let pending: number[] = [];
  let waiting = false;
  const onInput = (event: Event) => pending.push(event.timeStamp);
  window.addEventListener(input.event, onInput, { capture: true, passive: true });
  let changedMeanwhile = false;
  const flush = (): void => {
    waiting = true;
    const batch = pending;
    pending = [];
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        for (const t of batch) latencies.push(now - t);
        channel.port1.close();
        waiting = false;
        if (changedMeanwhile && pending.length > 0) flush();
        changedMeanwhile = false;
      };
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(() => {
    if (pending.length === 0) return;
    if (waiting) changedMeanwhile = true;
    else flush();
  });
  if (target) observer.observe(target, { attributes: true, attributeFilter: ["style"] });
  window.__benchInput = {
    latencies,
    stop: () => {
      observer.disconnect();
      window.removeEventListener(input.event, onInput, { capture: true });
    },
  };
}

/** Stops the latency probe (after the last frame is in) and returns the latencies in ms. */
export function stopInputLatency(): Promise<number[]> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const probe = window.__benchInput;
      probe?.stop();
      resolve(probe?.latencies ?? []);
    }, 100);
  });
}

/**
 * Watches the Gaps region: for each digit keydown, the time from the event to the region's
 * text changing, and to the end of the frame that shows it.
 */
export function installEditProbe(regionSelector: string): void {
  const probe = { samples: [] as EditSample[], armed: 0 };
  window.__benchEdit = probe;
  const region = () => document.querySelector(regionSelector);
  let pending: { key: string; t0: number; before: string; done: boolean } | null = null;
  window.addEventListener(
    "keydown",
    (event) => {
      if (!/^[1-5]$/.test(event.key)) return;
      pending = {
        key: event.key,
        t0: event.timeStamp,
        before: region()?.textContent ?? "",
        done: false,
      };
      probe.armed += 1;
    },
    true,
  );
  new MutationObserver(() => {
    const current = pending;
    if (!current || current.done) return;
    const text = region()?.textContent ?? "";
    if (text === current.before) return;
    current.done = true;
    const dom = performance.now() - current.t0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push({ key: current.key, dom, paint: performance.now() - current.t0 });
        channel.port1.close();
      };
      channel.port2.postMessage(0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

export interface CardPick {
  id: string;
  x: number;
  y: number;
  width: number;
}

/**
 * The card nearest the middle of the flow that can be grabbed: its centre really hits it (not
 * a handle, not the minimap or the controls), well inside the pane.
 */
export function pickCard(): CardPick | null {
  const pane = document.querySelector(".react-flow");
  if (!pane) return null;
  const p = pane.getBoundingClientRect();
  const cx = p.left + p.width * 0.4;
  const cy = p.top + p.height * 0.45;
  const candidates: (CardPick & { d: number; el: HTMLElement })[] = [];
  for (const el of pane.querySelectorAll<HTMLElement>(".react-flow__node")) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < p.left + 80 || x > p.right - 300 || y < p.top + 80 || y > p.bottom - 220) continue;
    candidates.push({
      id: el.dataset.id ?? "",
      x,
      y,
      width: r.width,
      d: (x - cx) ** 2 + (y - cy) ** 2,
      el,
    });
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates) {
    const hit = document.elementFromPoint(c.x, c.y);
    if (hit && c.el.contains(hit) && !hit.closest(".react-flow__handle")) {
      return { id: c.id, x: c.x, y: c.y, width: c.width };
    }
  }
  return null;
}

/** Screen point halfway along an edge's path, for clicking it. */
export function edgeMidpoint(edgeId: string): { x: number; y: number } | null {
  const edge = document.querySelector(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`);
  const path =
    edge?.querySelector<SVGPathElement>("path.react-flow__edge-path") ??
    edge?.querySelector<SVGPathElement>("path");
  const matrix = path?.getScreenCTM();
  if (!path || !matrix) return null;
  const point = path.getPointAtLength(path.getTotalLength() / 2);
  return {
    x: matrix.a * point.x + matrix.c * point.y + matrix.e,
    y: matrix.b * point.x + matrix.d * point.y + matrix.f,
  };
}

/** Ids of the selected edges. */
export function selectedEdges(): string[] {
  return [...document.querySelectorAll<SVGElement>(".react-flow__edge.selected")].map(
    (el) => el.dataset.id ?? "",
  );
}

/** Centre of the flow pane in screen coordinates, and its size. */
export function paneBox(): { x: number; y: number; width: number; height: number } | null {
  const pane = document.querySelector(".react-flow");
  if (!pane) return null;
  const r = pane.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
}
