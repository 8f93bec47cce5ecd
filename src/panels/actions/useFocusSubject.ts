import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import type { ActionSubject } from "../../domain/model";
import { analysisOf } from "../../store/analysis";
import { useMapStore } from "../../store/mapStore";

/** Selects what an action is about and centres it on the canvas, as the gaps panel does. */
export function useFocusSubject(): (subject: ActionSubject) => void {
  const { fitView } = useReactFlow();
  return useCallback(
    (subject: ActionSubject) => {
      const { map, select } = useMapStore.getState();
      if (!map) return;
      let people: string[] = [];
      let relationships: string[] = [];
      if (subject.kind === "person") people = [subject.id];
      else if (subject.kind === "relationship") {
        const link = map.relationships.find((r) => r.id === subject.id);
        if (link) relationships = [link.id];
        people = link ? [link.source, link.target] : [];
      } else {
        people = analysisOf(map).gaps.find((g) => g.id === subject.id)?.personIds ?? [];
      }
      if (people.length === 0) return;
      select(
        subject.kind === "relationship" ? { people: [], relationships } : { people, relationships },
      );
      const placed = new Set(map.people.filter((p) => p.position).map((p) => p.id));
      const nodes = people.filter((id) => placed.has(id)).map((id) => ({ id }));
      if (nodes.length > 0) void fitView({ nodes, duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [fitView],
  );
}
