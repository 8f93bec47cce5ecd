/** The drag-and-drop type of a roster entry being placed on the canvas; the data is the person's id. */
export const PERSON_DRAG_TYPE = "application/x-peermap-person";
