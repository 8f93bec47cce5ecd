import { beforeEach, describe, expect, it } from "vitest";
import {
  cancelLinking,
  finishRating,
  pickPerson,
  startLinking,
  useLinkMode,
} from "../../../src/store/linkMode";
import { redo, undo, useMapStore } from "../../../src/store/mapStore";
import { READ_ONLY_NOTICE, useSnapshotView } from "../../../src/store/snapshotView";
import { useToasts } from "../../../src/store/toasts";
import { aMap } from "../builders";

const workshop = aMap()
  .named("Workshop")
  .withPerson("ada", { org: "a", tier: "Sales" })
  .withPerson("grace", { org: "b", tier: "Sales" })
  .withPerson("linus", { org: "b", tier: "Sales" })
  .build();
const mode = () => useLinkMode.getState().mode;
const relationships = () => useMapStore.getState().map?.relationships ?? [];
const select = (people: string[]) => useMapStore.getState().select({ people, relationships: [] });

beforeEach(() => {
  useMapStore.getState().openMap(workshop);
  useLinkMode.setState({ mode: { step: "idle" }, message: null });
});

describe("link mode", () => {
  it("starts from the selected person; the next click links them and opens the rating", () => {
    select(["ada"]);
    startLinking();
    expect(mode()).toEqual({ step: "picking", from: "ada" });
    expect(pickPerson("grace")).toBe(true);
    const [made] = relationships();
    expect(made).toMatchObject({ source: "ada", target: "grace" });
    expect(mode()).toEqual({ step: "rating", relationshipId: made?.id, created: true });
    expect(useMapStore.getState().selection.relationships).toEqual([made?.id]);
    finishRating();
    expect(mode()).toEqual({ step: "idle" });
  });

  it("with nobody selected, the first click is the start and the second the end", () => {
    startLinking();
    expect(mode()).toEqual({ step: "picking", from: null });
    pickPerson("grace");
    expect(mode()).toEqual({ step: "picking", from: "grace" });
    expect(relationships()).toHaveLength(0);
    pickPerson("ada");
    expect(relationships()).toHaveLength(1);
  });

  it("makes the link in one undo step", () => {
    startLinking("ada");
    pickPerson("grace");
    expect(relationships()).toHaveLength(1);
    undo();
    expect(relationships()).toHaveLength(0);
    redo();
    expect(relationships()).toHaveLength(1);
  });

  it("clicking the same person cancels, with a message, and adds nothing", () => {
    startLinking("ada");
    expect(pickPerson("ada")).toBe(true);
    expect(mode()).toEqual({ step: "idle" });
    expect(useLinkMode.getState().message).toMatch(/cancelled/);
    expect(relationships()).toHaveLength(0);
  });

  it("Esc cancels with a message; when not linking it leaves Esc to the rest", () => {
    startLinking("ada");
    expect(cancelLinking()).toBe(true);
    expect(useLinkMode.getState().message).toMatch(/cancelled/);
    expect(cancelLinking()).toBe(false);
    expect(pickPerson("grace")).toBe(false);
    expect(relationships()).toHaveLength(0);
  });

  it("a pair already linked is selected and rated, not linked twice", () => {
    const existing = useMapStore.getState().connect("grace", "ada");
    startLinking("ada");
    pickPerson("grace");
    expect(relationships()).toHaveLength(1);
    expect(mode()).toEqual({ step: "rating", relationshipId: existing, created: false });
    expect(useMapStore.getState().selection.relationships).toEqual([existing]);
  });

  it("opening another map ends link mode", () => {
    startLinking("ada");
    useMapStore.getState().openMap({ ...workshop, id: "another" });
    expect(mode()).toEqual({ step: "idle" });
  });

  it("does not start on a snapshot, which is read only, and says so at once", () => {
    useToasts.setState({ toasts: [] });
    useSnapshotView.setState({
      viewing: { id: "s1", mapId: workshop.id, label: "Kick-off", date: "2026-01-01" },
    });
    try {
      select(["ada"]);
      startLinking();
      expect(mode()).toEqual({ step: "idle" });
      expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([READ_ONLY_NOTICE]);
    } finally {
      useSnapshotView.setState({ viewing: null });
    }
  });
});
