import { describe, expect, it } from "vitest";
import { withDrafts } from "../../../src/persistence/status";
import { setDraftUnsaved, useDraftStore } from "../../../src/store/drafts";

describe("field drafts and the save indicator", () => {
  it("says Saving… while any field holds typed text not yet in the map", () => {
    const unsaved = () => useDraftStore.getState().unsaved.size > 0;
    setDraftUnsaved("notes", true);
    setDraftUnsaved("name", true);
    setDraftUnsaved("notes", false);
    expect(unsaved()).toBe(true);
    expect(withDrafts("saved", unsaved())).toBe("saving");
    setDraftUnsaved("name", false);
    setDraftUnsaved("name", false);
    expect(unsaved()).toBe(false);
    expect(withDrafts("saved", unsaved())).toBe("saved");
  });

  it("never hides a failure behind Saving…", () => {
    expect(withDrafts({ error: "disk full" }, true)).toEqual({ error: "disk full" });
    expect(withDrafts("saving", false)).toBe("saving");
  });
});
