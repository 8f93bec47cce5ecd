import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanName } from "../../../src/domain/names";
import { parsePastedList } from "../../../src/domain/pastedList";

describe("a pasted list of people", () => {
  it("is no list when it is one line: that is a normal paste into the field", () => {
    expect(parsePastedList("Mia Wong, Director")).toBeUndefined();
    expect(parsePastedList("")).toBeUndefined();
  });

  it("reads spreadsheet rows (tabs) and email lines (commas), skipping blank lines", () => {
    const text = "Mia Wong\tHead of Sales\n\n  \r\nLi Chen, Account manager\r\nSam Ode\n";
    expect(parsePastedList(text)).toEqual([
      { name: "Mia Wong", title: "Head of Sales" },
      { name: "Li Chen", title: "Account manager" },
      { name: "Sam Ode" },
    ]);
  });

  it("tolerates quotes, trailing commas, dashes and brackets", () => {
    const text = [
      '"Wong, Mia", "Head of Sales",',
      "Li Chen,",
      "Ana Ruiz – CFO",
      "Mary-Jane Smith - Buyer",
      "Bo Lind (Legal counsel)",
      '"Kay ""KJ"" Jones"\tCTO',
    ].join("\n");
    expect(parsePastedList(text)).toEqual([
      { name: "Wong, Mia", title: "Head of Sales" },
      { name: "Li Chen" },
      { name: "Ana Ruiz", title: "CFO" },
      { name: "Mary-Jane Smith", title: "Buyer" },
      { name: "Bo Lind", title: "Legal counsel" },
      { name: 'Kay "KJ" Jones', title: "CTO" },
    ]);
  });

  it("keeps a spreadsheet's columns in place: an empty title cell is no title", () => {
    expect(parsePastedList("Mia Wong\t\tmia@acme.test\nLi Chen\tCFO")).toEqual([
      { name: "Mia Wong" },
      { name: "Li Chen", title: "CFO" },
    ]);
  });

  it("never loses a line with something visible in it, and never gives a blank name", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("", " ", ",", '""', "\t", "Ana, CFO", "a\tb\tc", "– x", "(y)", '"q'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        const people = parsePastedList(text) ?? [];
        const holding = text
          .split(/\r\n|\r|\n/)
          .filter((l) => /[^\s"',;\t\-–—()\p{Default_Ignorable_Code_Point}]/u.test(l));
        expect(people).toHaveLength(holding.length);
        people.forEach((person, i) => {
          expect(cleanName(person.name)).toBe(person.name);
          // What was read comes from that line: no text is made up.
          for (const part of [person.name, person.title ?? ""])
            for (const ch of part.replace(/"/g, "")) expect(holding[i]).toContain(ch);
        });
      }),
      { numRuns: 300 },
    );
  });
});
