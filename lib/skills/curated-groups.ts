// Hand-kept rules the datasets cannot give: families for transferable credit, words that are
// skills only in context, vendor prefixes, languages' usual names, Russian title words.

/** Families of interchangeable skills, strongest relation first: each member is related to the others. */
export const curatedFamilies: readonly (readonly string[])[] = [
  ["React", "Vue.js", "Angular", "Svelte", "Ember.js", "Backbone.js"],
  ["Next.js", "Nuxt", "React", "Vue.js"],
  ["React Native", "Flutter", "Ionic", "Xamarin"],
  ["Swift", "Objective-C", "SwiftUI"],
  ["Kotlin", "Java", "Jetpack Compose", "Android"],
  ["Java", "Kotlin", "Scala", "C#"],
  ["C#", "Java", ".NET", "F#"],
  [".NET", "ASP.NET", "C#", "Entity Framework"],
  ["JavaScript", "TypeScript"],
  ["Node.js", "Deno", "Express", "NestJS"],
  ["Python", "Ruby", "PHP", "Perl"],
  ["Django", "Flask", "FastAPI"],
  ["Ruby on Rails", "Django", "Laravel", "Phoenix"],
  ["Laravel", "Symfony", "Yii"],
  ["Spring", "Hibernate", "Java"],
  ["Go", "Rust", "C++", "Java"],
  ["C", "C++", "Rust"],
  ["Elixir", "Erlang"],
  ["Haskell", "Scala", "F#", "Clojure", "Functional Programming"],
  ["PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle Database", "MariaDB", "SQLite"],
  ["MongoDB", "Cassandra", "DynamoDB", "CouchDB", "Firebase"],
  ["Redis", "Memcached"],
  ["Snowflake", "BigQuery", "Redshift", "Databricks", "Greenplum", "Vertica", "ClickHouse"],
  ["Kafka", "RabbitMQ", "ActiveMQ", "NATS", "Amazon SQS"],
  ["Spark", "Hadoop", "Flink", "Hive", "Databricks"],
  ["Airflow", "dbt", "ETL"],
  ["AWS", "Google Cloud", "Azure", "Yandex Cloud", "DigitalOcean"],
  ["Docker", "Kubernetes", "OpenShift"],
  ["Kubernetes", "OpenShift", "Amazon EKS", "Helm"],
  ["Terraform", "Pulumi", "CloudFormation"],
  ["Ansible", "Chef", "Puppet"],
  ["Prometheus", "Grafana", "Datadog", "New Relic", "Zabbix"],
  ["Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "TeamCity"],
  ["GitHub", "GitLab", "Bitbucket"],
  ["Tableau", "Power BI", "Looker", "Metabase", "Superset"],
  ["TensorFlow", "PyTorch", "Keras"],
  ["Pandas", "NumPy", "SciPy"],
  ["Machine Learning", "Deep Learning", "Data Science"],
  ["LLM", "Generative AI", "Prompt Engineering", "RAG", "LangChain", "OpenAI API"],
  ["Jest", "Vitest", "Mocha"],
  ["Cypress", "Playwright", "Selenium"],
  ["JUnit", "pytest", "Unit Testing"],
  ["Figma", "Sketch", "Adobe Photoshop", "Adobe Illustrator"],
  ["Scrum", "Kanban", "Agile"],
  ["Jira", "Confluence", "Trello", "Asana"],
  ["Excel", "Google Sheets", "Microsoft Office"],
  ["Sass", "Less", "CSS", "Tailwind CSS"],
  ["Webpack", "Vite", "Babel"],
  ["Linux", "Unix"],
  ["Bash", "PowerShell"],
  ["Salesforce", "HubSpot", "Dynamics 365"],
  ["SAP", "1C", "ERP"],
  ["Prisma", "Drizzle ORM", "TypeORM", "Sequelize", "SQLAlchemy"],
  ["Autodesk AutoCAD", "Autodesk Revit", "Dassault Systemes SolidWorks", "Trimble SketchUp Pro", "Bentley MicroStation"],
  ["Dassault Systemes SolidWorks", "Dassault Systemes CATIA", "Autodesk Inventor", "Autodesk AutoCAD"],
  ["Autodesk Maya", "Autodesk 3ds Max", "Unreal Engine", "Unity"],
  ["Adobe Premiere Pro", "Apple Final Cut Pro", "Adobe After Effects"],
  ["Adobe InDesign", "Adobe Illustrator", "Adobe Photoshop"],
  ["Intuit QuickBooks", "Sage 50 Accounting", "NetSuite ERP", "Excel"],
  ["SPSS", "SAS", "StataCorp Stata", "R", "Minitab"],
  ["Epic Practice Management", "Cerner Millennium"],
  ["SAP", "Oracle JD Edwards EnterpriseOne", "Microsoft Dynamics AX", "NetSuite ERP", "Oracle PeopleSoft"],
  ["Microsoft Word", "Google Docs", "Microsoft Office"],
  ["Microsoft PowerPoint", "Microsoft Office", "Google Docs"],
  ["Microsoft Outlook", "Microsoft Office"],
];

/**
 * Spellings that are also everyday words (lower case): they count as a skill only in their
 * exact spelling and with context ("Go developer", "in Go", "Go, Python"). Single-word aliases
 * from the datasets that occur in ordinary prose are added to this list by the build.
 */
export const contextOnlyForms: readonly string[] = [
  "go", "r", "c", "swift", "rust", "spark", "chef", "puppet", "express", "next", "excel", "word",
  "access", "make", "hive", "sketch", "notion", "stripe", "unity", "electron", "jest", "mocha",
  "dart", "julia", "lambda", "node", "spring", "less", "solid", "apex", "ionic", "sas", "rest",
  "ros", "rag", "vault", "consul", "phoenix", "helm", "looker", "prometheus", "sentry", "jaeger",
  "cucumber", "nats", "ember", "snowflake", "pinecone",
  "flask", "celery", "babel", "vite", "prisma", "drizzle", "torch", "transformers", "ecs",
  "crypto", "oracle", "delphi", "pascal", "eclipse", "canvas", "box", "slack",
  "fluent", "scratch", "inventor", "painter", "grass", "flex", "maya", "audition", "jersey",
  "keynote", "docs", "concur", "sequel", "spice", "san", "moss", "rage", "shiva", "blast", "pig",
  "ant", "absorb", "safari", "distiller", "captivate", "bamboo", "domino", "struts", "hyperion",
  "kinesis", "flume", "lis", "pos", "ponie", "maven", "fem", "mis", "sis", "ods", "ide",
];

/** Words that make an ambiguous form a skill when they come right before it ("in Go", "knowledge of R"). */
export const contextBefore: readonly string[] = [
  "in", "with", "using", "of", "on", "use", "uses", "used", "know", "knowing",
  "knowledge", "proficient", "proficiency", "experience", "experienced", "fluent", "fluency",
  "strong", "solid", "expert", "expertise", "familiarity", "familiar", "written", "write",
  "writing", "code", "coding", "program", "programming", "develop", "developing", "skills",
  "ms", "microsoft", "apache", "hashicorp", "gnu", "google", "amazon", "aws", "developer",
  "languages", "language", "stack", "technologies", "tech", "tools", "skills", "requirements",
  "engineer", "programmer", "знание", "знания", "опыт", "на", "владение", "разработчик", "программист",
];

/** Words that make an ambiguous form a skill when they follow it ("Go developer", "Spark jobs"). */
export const contextAfter: readonly string[] = [
  "developer", "developers", "engineer", "engineers", "programmer", "programmers", "programming",
  "language", "lang", "code", "codebase", "services", "microservices", "backend", "frontend",
  "framework", "frameworks", "library", "libraries", "sdk", "api", "apis", "stack", "scripts",
  "scripting", "cluster", "clusters", "jobs", "pipelines", "streaming", "cookbooks", "manifests",
  "modules", "module", "packages", "spreadsheets", "spreadsheet", "macros", "formulas",
  "pivot", "workbooks", "databases", "database", "components", "routines", "functions",
  "runtime", "server", "servers", "studio", "modeling", "modelling",
  "разработчик", "программист", "разработка",
];

/** Vendor words O*NET puts before product names: "Apache Kafka" is also "Kafka". */
export const vendorPrefixes: readonly string[] = [
  "Apache", "Microsoft", "Oracle", "IBM", "Google", "Amazon", "Adobe", "Atlassian", "SAP",
  "Autodesk", "Salesforce", "Apple", "Cisco", "Intuit", "HashiCorp", "Red Hat", "VMware",
  "Elastic", "Meta", "Facebook", "JetBrains", "Dassault Systemes", "ESRI", "Esri", "Corel", "Eclipse",
  "Mozilla", "Docker", "GitHub", "Alphabet", "Progress", "Tableau", "Splunk", "Ansys",
  "Bentley Systems", "The MathWorks", "MathWorks", "Wolfram Research", "Trimble", "SAS Institute",
  "Unity Technologies", "Unreal Technology", "StataCorp", "McNeel", "Epic Systems", "Cerner",
];

/** Dataset technologies that name a website or a company more than a skill: never recognised. */
export const excludedTechnologies: readonly string[] = [
  "Google", "Facebook", "Twitter", "LinkedIn", "YouTube", "Instagram", "TikTok", "Pinterest",
  "Skype", "FaceTime", "Zoom", "Email software", "Web browser software", "Internet browser software",
  "Microsoft Windows", "Apple macOS", "The MathWorks MATLAB", "Blink", "Loom", "Bloomz", "Eko",
  "Tadpoles", "Seesaw", "HMS", "Appletree", "Act!", "Litchi", "Source", "CALL", "Computer Assisted Language Learning",
];

/** A title the datasets place oddly, checked before them (brief: back-end engineers are software developers). */
export const curatedTitles: Readonly<Record<string, string>> = {
  "backend engineer": "15-1252.00",
  "backend developer": "15-1252.00",
  "backend software engineer": "15-1252.00",
  "fullstack engineer": "15-1252.00",
  "fullstack developer": "15-1252.00",
  "golang developer": "15-1252.00",
  "go developer": "15-1252.00",
  "python developer": "15-1252.00",
  "java developer": "15-1252.00",
  "devops engineer": "15-1244.00",
  "site reliability engineer": "15-1244.00",
  "data scientist": "15-2051.00",
  "machine learning engineer": "15-2051.00",
  "qa engineer": "15-1253.00",
  "software tester": "15-1253.00",
  "qa automation engineer": "15-1253.00",
  "qa automation": "15-1253.00",
  "product manager": "11-2021.00",
  "data analyst": "15-2051.00",
  "product designer": "15-1255.00",
  "ux designer": "15-1255.00",
  "ui designer": "15-1255.00",
  "ui ux designer": "15-1255.00",
};

/** Russian title words mapped to the English words O*NET titles use. */
export const russianTitleWords: Readonly<Record<string, string>> = {
  разработчик: "developer", программист: "programmer", инженер: "engineer", аналитик: "analyst",
  тестировщик: "tester", тестирования: "test", менеджер: "manager", дизайнер: "designer",
  бухгалтер: "accountant", продавец: "salesperson", консультант: "consultant", юрист: "lawyer",
  администратор: "administrator", системный: "systems", данных: "data", проектов: "project",
  продукта: "product", продаж: "sales", водитель: "driver", кассир: "cashier", врач: "physician",
  учитель: "teacher", преподаватель: "teacher", архитектор: "architect", маркетолог: "marketing manager",
  рекрутер: "recruiter", оператор: "operator", курьер: "courier", повар: "cook", сварщик: "welder",
  электрик: "electrician", механик: "mechanic", кладовщик: "warehouse", грузчик: "loader",
  финансовый: "financial", копирайтер: "copywriter", переводчик: "translator", экономист: "economist",
  бэкенд: "backend", фронтенд: "frontend", фулстек: "fullstack", сетевой: "network", "1с": "1c",
};

/** Usual names of spoken languages besides the English one the datasets give (lower case, stems end in "*"). */
export const languageAliases: Readonly<Record<string, readonly string[]>> = {
  English: ["английск*", "englisch", "anglais", "inglés", "ingles"],
  German: ["немецк*", "deutsch", "allemand", "alemán"],
  French: ["французск*", "französisch", "français", "francais"],
  Spanish: ["испанск*", "spanisch", "espagnol", "español", "espanol"],
  Russian: ["русск*", "russisch", "russe", "ruso"],
  Chinese: ["китайск*", "mandarin", "cantonese", "chinesisch", "chinois"],
  Italian: ["итальянск*", "italienisch", "italiano"],
  Portuguese: ["португальск*", "português", "portugues"],
  Japanese: ["японск*", "japanisch"],
  Korean: ["корейск*"],
  Arabic: ["арабск*"],
  Turkish: ["турецк*", "türkçe"],
  Polish: ["польск*", "polski"],
  Ukrainian: ["украинск*"],
  Kazakh: ["казахск*"],
  Hindi: ["хинди"],
  Dutch: ["нидерландск*", "голландск*", "nederlands"],
  Hebrew: ["иврит*"],
  Czech: ["чешск*"],
  Swedish: ["шведск*"],
  Finnish: ["финск*"],
  Uzbek: ["узбекск*"],
  Belarusian: ["белорусск*"],
  Armenian: ["армянск*"],
  Georgian: ["грузинск*"],
  Azerbaijani: ["азербайджанск*"],
  Greek: ["греческ*"],
  Vietnamese: ["вьетнамск*"],
  Persian: ["farsi", "персидск*"],
};
