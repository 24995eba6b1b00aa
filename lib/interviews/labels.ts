import type { InterviewType } from "@/db/schema/interviews";

export const interviewTypeLabels: Record<InterviewType, string> = {
  phone: "Phone",
  video: "Video",
  onsite: "On-site",
  technical: "Technical",
  panel: "Panel",
  other: "Other",
};
