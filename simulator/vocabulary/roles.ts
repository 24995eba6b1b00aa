export interface Role {
  key: string;
  title: string;
  titleRu: string;
  /** Adzuna category. */
  category: { tag: string; label: string };
  department: string;
  hhRole: { id: string; name: string };
  onetSoc: string;
  salaryFactor: number;
  skills: readonly string[];
  duties: readonly string[];
  /** Teams a posting can name in its title ("Backend Engineer, Payments"); busier roles have more. */
  teams: readonly string[];
  weight: number;
}

const it = { tag: "it-jobs", label: "IT Jobs" };

export const roles: readonly Role[] = [
  {
    key: "backend", title: "Backend Engineer", titleRu: "Backend-разработчик", category: it, department: "Engineering",
    hhRole: { id: "96", name: "Программист, разработчик" }, onetSoc: "15113200", salaryFactor: 1.05, weight: 9, teams: ["Payments", "Search", "Checkout", "Identity", "Billing", "Core Platform", "Notifications", "Integrations", "Data Ingestion"],
    skills: ["Python", "Go", "Java", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "REST APIs", "gRPC", "Redis"],
    duties: ["Design and build services that handle millions of requests a day", "Own features from design review to production monitoring", "Improve the reliability and latency of our core APIs", "Review code and mentor other engineers"],
  },
  {
    key: "frontend", title: "Frontend Developer", titleRu: "Frontend-разработчик", category: it, department: "Engineering",
    hhRole: { id: "96", name: "Программист, разработчик" }, onetSoc: "15113400", salaryFactor: 0.95, weight: 7, teams: ["Checkout", "Design System", "Growth", "Onboarding", "Web Platform", "Dashboard", "Storefront"],
    skills: ["TypeScript", "React", "Next.js", "CSS", "HTML", "Accessibility", "Jest", "Webpack", "GraphQL"],
    duties: ["Build reusable components for our design system", "Turn designs into fast, accessible interfaces", "Work with product and design on new customer journeys", "Keep our web performance budget in check"],
  },
  {
    key: "fullstack", title: "Full Stack Developer", titleRu: "Fullstack-разработчик", category: it, department: "Engineering",
    hhRole: { id: "96", name: "Программист, разработчик" }, onetSoc: "15113200", salaryFactor: 1, weight: 7, teams: ["Internal Tools", "Marketplace", "Growth", "Customer Portal", "Partner Integrations", "Admin Experience"],
    skills: ["TypeScript", "Node.js", "React", "PostgreSQL", "AWS", "Docker", "GraphQL", "CI/CD"],
    duties: ["Ship features across the API and the web app", "Write tests that keep releases boring", "Help shape our architecture as the product grows", "Pair with colleagues across teams"],
  },
  {
    key: "data-engineer", title: "Data Engineer", titleRu: "Data Engineer", category: it, department: "Data",
    hhRole: { id: "156", name: "BI-аналитик, аналитик данных" }, onetSoc: "15113200", salaryFactor: 1.05, weight: 5, teams: ["Data Platform", "Analytics Engineering", "Streaming", "Finance Data", "Customer Data"],
    skills: ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Snowflake", "Kafka", "AWS"],
    duties: ["Build batch and streaming pipelines", "Model data for analytics and machine learning", "Keep data quality measurable and monitored", "Work with analysts to answer business questions"],
  },
  {
    key: "data-analyst", title: "Data Analyst", titleRu: "Аналитик данных", category: it, department: "Data",
    hhRole: { id: "156", name: "BI-аналитик, аналитик данных" }, onetSoc: "15205100", salaryFactor: 0.8, weight: 5, teams: ["Marketing", "Product Analytics", "Finance", "Operations", "Pricing"],
    skills: ["SQL", "Python", "Excel", "Tableau", "Power BI", "Statistics", "A/B testing"],
    duties: ["Build dashboards that the business relies on", "Design and read A/B tests", "Turn messy data into clear recommendations", "Partner with product managers on metrics"],
  },
  {
    key: "ml-engineer", title: "Machine Learning Engineer", titleRu: "ML-инженер", category: it, department: "Data",
    hhRole: { id: "165", name: "Дата-сайентист" }, onetSoc: "15205100", salaryFactor: 1.2, weight: 3, teams: ["Recommendations", "Fraud Detection", "Forecasting"],
    skills: ["Python", "PyTorch", "TensorFlow", "MLOps", "SQL", "Kubernetes", "LLMs"],
    duties: ["Train, evaluate and deploy models", "Build feature pipelines and model monitoring", "Run experiments with product teams", "Bring research ideas into production"],
  },
  {
    key: "devops", title: "DevOps Engineer", titleRu: "DevOps-инженер", category: it, department: "Platform",
    hhRole: { id: "160", name: "DevOps-инженер" }, onetSoc: "15124400", salaryFactor: 1.1, weight: 5, teams: ["Cloud Infrastructure", "Developer Experience", "Observability", "Release Engineering", "Networking"],
    skills: ["Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "CI/CD", "Ansible", "Docker"],
    duties: ["Run our Kubernetes platform", "Automate infrastructure with Terraform", "Improve deployment speed and safety", "Take part in a fair on-call rotation"],
  },
  {
    key: "qa", title: "QA Automation Engineer", titleRu: "Тестировщик", category: it, department: "Engineering",
    hhRole: { id: "124", name: "Тестировщик" }, onetSoc: "15125300", salaryFactor: 0.8, weight: 5, teams: ["Mobile Apps", "Payments", "Web Checkout", "Platform APIs", "Release Quality"],
    skills: ["Selenium", "Playwright", "Python", "Java", "API testing", "SQL", "CI/CD"],
    duties: ["Automate regression and API tests", "Define test strategy with developers", "Investigate and reproduce defects", "Keep the test suite fast and stable"],
  },
  {
    key: "mobile", title: "iOS Developer", titleRu: "iOS-разработчик", category: it, department: "Engineering",
    hhRole: { id: "96", name: "Программист, разработчик" }, onetSoc: "15113200", salaryFactor: 1.05, weight: 3, teams: ["Consumer App", "Merchant App", "Mobile Platform"],
    skills: ["Swift", "SwiftUI", "Xcode", "REST APIs", "Git", "Unit testing"],
    duties: ["Build features in our iOS app", "Keep the app fast and crash-free", "Work with designers on interaction details", "Release to the App Store every two weeks"],
  },
  {
    key: "product-manager", title: "Product Manager", titleRu: "Менеджер продукта", category: it, department: "Product",
    hhRole: { id: "73", name: "Менеджер продукта" }, onetSoc: "11302100", salaryFactor: 1.1, weight: 4, teams: ["Payments", "Onboarding", "Growth", "Platform"],
    skills: ["Product discovery", "Roadmapping", "Analytics", "Jira", "Stakeholder management", "A/B testing"],
    duties: ["Own the roadmap for one product area", "Talk to customers every week", "Define success metrics and track them", "Work with engineering and design to ship"],
  },
  {
    key: "project-manager", title: "Project Manager", titleRu: "Руководитель проектов", category: it, department: "Delivery",
    hhRole: { id: "107", name: "Руководитель проектов" }, onetSoc: "11919900", salaryFactor: 0.95, weight: 3, teams: ["Implementation", "Infrastructure", "Client Delivery"],
    skills: ["Agile", "Scrum", "Jira", "Budgeting", "Risk management", "Stakeholder management"],
    duties: ["Plan and run delivery for client projects", "Keep scope, budget and timeline on track", "Report progress to stakeholders", "Remove blockers for the team"],
  },
  {
    key: "designer", title: "Product Designer", titleRu: "Дизайнер интерфейсов", category: { tag: "creative-design-jobs", label: "Creative & Design Jobs" }, department: "Design",
    hhRole: { id: "34", name: "Дизайнер, художник" }, onetSoc: "27102400", salaryFactor: 0.9, weight: 3, teams: ["Mobile", "Onboarding", "Design Systems"],
    skills: ["Figma", "User research", "Prototyping", "Design systems", "Accessibility"],
    duties: ["Design end-to-end product experiences", "Run usability tests", "Contribute to our design system", "Work closely with product and engineering"],
  },
  {
    key: "support", title: "Technical Support Specialist", titleRu: "Специалист технической поддержки", category: { tag: "customer-services-jobs", label: "Customer Services Jobs" }, department: "Customer Success",
    hhRole: { id: "121", name: "Специалист технической поддержки" }, onetSoc: "15123200", salaryFactor: 0.55, weight: 4, teams: ["Enterprise Customers", "Integrations", "Billing", "Tier 2"],
    skills: ["Customer service", "Zendesk", "SQL", "Troubleshooting", "English"],
    duties: ["Help customers by chat, email and phone", "Diagnose and escalate technical issues", "Write help-centre articles", "Share customer feedback with product teams"],
  },
  {
    key: "sysadmin", title: "Systems Administrator", titleRu: "Системный администратор", category: it, department: "IT",
    hhRole: { id: "113", name: "Системный администратор" }, onetSoc: "15124400", salaryFactor: 0.7, weight: 3, teams: ["Workplace IT", "Data Centre", "Identity and Access"],
    skills: ["Linux", "Windows Server", "Active Directory", "Networking", "Bash", "Virtualization"],
    duties: ["Maintain servers and office networks", "Manage user accounts and access", "Automate routine administration", "Handle incidents and backups"],
  },
  {
    key: "security", title: "Security Engineer", titleRu: "Специалист по информационной безопасности", category: it, department: "Security",
    hhRole: { id: "116", name: "Специалист по информационной безопасности" }, onetSoc: "15121200", salaryFactor: 1.15, weight: 2, teams: ["Application Security", "Cloud Security"],
    skills: ["Application security", "SIEM", "Penetration testing", "Cloud security", "ISO 27001"],
    duties: ["Threat-model new features", "Run vulnerability management", "Respond to security incidents", "Coach engineers on secure coding"],
  },
  {
    key: "accountant", title: "Management Accountant", titleRu: "Бухгалтер", category: { tag: "accounting-finance-jobs", label: "Accounting & Finance Jobs" }, department: "Finance",
    hhRole: { id: "18", name: "Бухгалтер" }, onetSoc: "13201100", salaryFactor: 0.7, weight: 3, teams: ["Group Reporting", "Commercial Finance", "Revenue"],
    skills: ["Excel", "Financial reporting", "Budgeting", "SAP", "IFRS"],
    duties: ["Prepare monthly management accounts", "Support budgeting and forecasting", "Reconcile balance sheet accounts", "Improve finance processes"],
  },
  {
    key: "recruiter", title: "Technical Recruiter", titleRu: "Рекрутер", category: { tag: "hr-jobs", label: "HR & Recruitment Jobs" }, department: "People",
    hhRole: { id: "69", name: "Менеджер по персоналу" }, onetSoc: "13107100", salaryFactor: 0.7, weight: 2, teams: ["Engineering Hiring", "Go-to-Market Hiring"],
    skills: ["Sourcing", "Interviewing", "ATS", "Employer branding", "LinkedIn Recruiter"],
    duties: ["Run hiring for engineering teams", "Source and engage candidates", "Coach hiring managers on interviews", "Keep candidates informed at every stage"],
  },
  {
    key: "sales", title: "Account Executive", titleRu: "Менеджер по продажам", category: { tag: "sales-jobs", label: "Sales Jobs" }, department: "Sales",
    hhRole: { id: "70", name: "Менеджер по продажам, менеджер по работе с клиентами" }, onetSoc: "41401200", salaryFactor: 0.85, weight: 3, teams: ["Enterprise", "Mid-Market", "New Business"],
    skills: ["B2B sales", "CRM", "Salesforce", "Negotiation", "Pipeline management"],
    duties: ["Own a pipeline from first call to signature", "Run product demos", "Forecast accurately in our CRM", "Work with customer success on expansion"],
  },
  {
    key: "warehouse", title: "Warehouse Operative", titleRu: "Кладовщик", category: { tag: "logistics-warehouse-jobs", label: "Logistics & Warehouse Jobs" }, department: "Operations",
    hhRole: { id: "131", name: "Кладовщик" }, onetSoc: "53706500", salaryFactor: 0.4, weight: 3, teams: ["Night Shift", "Goods In", "Returns"],
    skills: ["Forklift licence", "Stock control", "Picking and packing", "Health and safety"],
    duties: ["Pick and pack customer orders", "Receive and check deliveries", "Keep the warehouse safe and tidy", "Use handheld scanners for stock control"],
  },
];

export const seniorities = [
  { level: "intern", weight: 4, factor: 0.35 },
  { level: "junior", weight: 14, factor: 0.65 },
  { level: "middle", weight: 38, factor: 1 },
  { level: "senior", weight: 30, factor: 1.35 },
  { level: "lead", weight: 14, factor: 1.6 },
] as const;

export type Seniority = (typeof seniorities)[number]["level"];

export const benefits = [
  "25 days of holiday plus bank holidays",
  "Private health insurance",
  "Pension with employer matching",
  "Learning budget of 1,000 a year",
  "Flexible working hours",
  "Home-office equipment allowance",
  "Annual bonus",
  "Share options",
  "Cycle-to-work scheme",
  "Paid parental leave",
] as const;

export const benefitsRu = [
  "Официальное оформление по ТК РФ",
  "ДМС со стоматологией",
  "Гибкое начало рабочего дня",
  "Компенсация обучения и конференций",
  "Современный офис рядом с метро",
  "Годовой бонус",
  "Корпоративный спорт",
] as const;
