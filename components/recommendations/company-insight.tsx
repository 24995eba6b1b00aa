import { getDb } from "@/db";
import { companyInsight, insightForApi } from "@/lib/companies/insight";
import { CompanyInsightCard } from "./company-insight-card";

export { CompanyInsightCard } from "./company-insight-card";
export { CompanyInsightLoader } from "./company-insight-loader";

/**
 * The company insight card for a server page (a saved job's company). Client components use
 * CompanyInsightLoader, which reads GET /api/v1/companies/{id}/insight.
 */
export async function CompanyInsight({ companyId, className }: { companyId: string; className?: string }) {
  const insight = await companyInsight(await getDb(), companyId);
  return <CompanyInsightCard insight={insightForApi(insight)} className={className} />;
}
