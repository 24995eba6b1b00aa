import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { interviewFeedIcs, interviewFileName, interviewIcs } from "./ics";
import type { InterviewWithContext } from "./queries";

function row(overrides: Partial<InterviewWithContext["interview"]> = {}, context: Partial<InterviewWithContext> = {}): InterviewWithContext {
  const at = new Date("2027-03-01T12:00:00Z");
  return {
    interview: {
      id: "6f1f7f6e-6d1a-4d5e-9c1a-1b2c3d4e5f60",
      applicationId: "7f1f7f6e-6d1a-4d5e-9c1a-1b2c3d4e5f60",
      type: "onsite",
      startsAt: new Date("2027-03-10T08:30:00Z"),
      durationMinutes: 90,
      timeZone: "Europe/Berlin",
      location: "Acme HQ; 3rd floor, room \"Lovelace\"",
      videoUrl: null,
      interviewers: [{ user_id: null, email: "lee@example.com", name: "Lee, Lead" }],
      status: "scheduled",
      uid: "abc@hireflow",
      sequence: 3,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
      ...overrides,
    },
    applicationStage: "interview_scheduled",
    candidateId: "8f1f7f6e-6d1a-4d5e-9c1a-1b2c3d4e5f60",
    candidateName: "Zoë Ångström-Øster",
    candidateEmail: null,
    candidateUserId: null,
    jobId: null,
    jobTitle: "Staff Engineer, Platform",
    companyName: null,
    organizerName: null,
    organizerEmail: null,
    ...context,
  };
}

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe("interview .ics", () => {
  it("escapes commas, semicolons and quotes so a parser reads the text back exactly", () => {
    const text = interviewIcs(row(), { now: new Date("2027-03-02T00:00:00Z") });
    expect(text).toContain("\r\n");
    const vevent = parse(text).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("location")).toBe('Acme HQ; 3rd floor, room "Lovelace"');
    expect(vevent.getFirstPropertyValue("summary")).toBe("On-site interview: Zoë Ångström-Øster — Staff Engineer, Platform");
    expect(String(vevent.getFirstPropertyValue("description"))).toContain("Interviewers: Lee, Lead");
    expect(String(vevent.getFirstPropertyValue("description"))).toContain("(Europe/Berlin), 90 minutes");
    expect(vevent.getFirstProperty("dtstamp")!.getFirstValue()!.toString()).toBe("2027-03-02T00:00:00Z");
    // No organizer recorded (a deleted user): the event still parses, without ORGANIZER.
    expect(vevent.hasProperty("organizer")).toBe(false);
  });

  it("sends METHOD:CANCEL and STATUS:CANCELLED for a cancelled interview, keeping UID and SEQUENCE", () => {
    const calendar = parse(interviewIcs(row({ status: "cancelled", sequence: 4 })));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    expect([vevent.getFirstPropertyValue("uid"), vevent.getFirstPropertyValue("sequence"), vevent.getFirstPropertyValue("status")]).toEqual(["abc@hireflow", 4, "CANCELLED"]);
  });

  it("names the feed, hints hourly refresh, has no METHOD, and holds one event per interview", () => {
    const text = interviewFeedIcs([row(), row({ uid: "def@hireflow", status: "cancelled" })], { name: "Hireflow interviews" });
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Hireflow interviews");
    expect(calendar.getFirstPropertyValue("method")).toBeNull();
    expect(text).toMatch(/X-PUBLISHED-TTL:PT1H/);
    expect(calendar.getAllSubcomponents("vevent").map((v) => [v.getFirstPropertyValue("uid"), v.getFirstPropertyValue("status"), v.getAllSubcomponents("valarm").length])).toEqual([
      ["abc@hireflow", "CONFIRMED", 3],
      ["def@hireflow", "CANCELLED", 3],
    ]);
  });

  it("gives an ASCII file name from the date and the candidate", () => {
    expect(interviewFileName(row())).toBe("interview-2027-03-10-zoe-angstrom-ster.ics");
    expect(interviewFileName(row({}, { candidateName: "李雷" }))).toBe("interview-2027-03-10.ics");
  });
});
