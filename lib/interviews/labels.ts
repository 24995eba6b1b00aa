import type { InterviewType } from "@/db/schema/interviews";

export const interviewTypeLabels: Record<InterviewType, string> = {
  phone: "Phone",
  video: "Video",
  onsite: "On-site",
  technical: "Technical",
  panel: "Panel",
  other: "Other",
};

/** The types in the order forms offer them (client code imports this, not the drizzle schema). */
export const interviewTypeOptions = Object.keys(interviewTypeLabels) as InterviewType[];
