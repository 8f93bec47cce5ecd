import { describe, expect, it } from "vitest";
import { findColumns, missingColumns } from "../../../src/domain/csv/rosterColumns";

describe("findColumns", () => {
  it("reads an HR export's headers", () => {
    expect(
      findColumns(["Employee ID", "First Name", "Last Name", "Job Title", "Company", "Level"]),
    ).toEqual({ firstName: 1, lastName: 2, title: 3, org: 4, tier: 5 });
  });

  it.each([
    [["Full name", "Position", "Organization", "Function", "E-mail", "Comments"]],
    [["NAME", "role", "Employer", "tier", "Email address", "notes"]],
    [["name", "Job_title", "company name", "Tier name", "e mail", "Remarks"]],
  ])("understands %j", (headers) => {
    expect(findColumns(headers)).toEqual({
      name: 0,
      title: 1,
      org: 2,
      tier: 3,
      email: 4,
      notes: 5,
    });
  });

  it("reads given name / surname / family name", () => {
    expect(findColumns(["Given name", "Surname"])).toEqual({ firstName: 0, lastName: 1 });
    expect(findColumns(["Given name", "Family name"])).toEqual({ firstName: 0, lastName: 1 });
  });

  it("finds a distinctive word inside a longer header, but never a column twice", () => {
    expect(findColumns(["Work email address", "Primary company", "Seniority level"])).toEqual({
      email: 0,
      org: 1,
      tier: 2,
    });
    expect(findColumns(["Email", "Manager email"])).toEqual({ email: 0 });
  });

  it("does not take a manager's name for the person's name", () => {
    expect(findColumns(["Manager name", "Company", "Tier"]).name).toBeUndefined();
  });

  it("takes the first of two columns with the same header", () => {
    expect(findColumns(["Name", "Name", "Org", "Tier"])).toMatchObject({ name: 0 });
  });
});

describe("missingColumns", () => {
  it("is satisfied by a name, or a first or last name, with organisation and tier", () => {
    expect(missingColumns({ name: 0, org: 1, tier: 2 })).toBeUndefined();
    expect(missingColumns({ firstName: 0, org: 1, tier: 2 })).toBeUndefined();
    expect(missingColumns({ lastName: 0, org: 1, tier: 2 })).toBeUndefined();
  });

  it("names what is missing in one sentence", () => {
    expect(missingColumns({})).toBe(
      `Choose the column that holds each person's name, organisation and tier (under "Columns").`,
    );
    expect(missingColumns({ name: 0, tier: 1 })).toBe(
      `Choose the column that holds each person's organisation (under "Columns").`,
    );
  });
});
