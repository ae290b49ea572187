#!/usr/bin/env python3
"""Builds ResumeLens' compact knowledge files from the shared reference data.

Usage: python3 tools/build-knowledge/build_knowledge.py [KNOWLEDGE_DIR] [OUT_DIR]
Defaults: ../shared/knowledge relative to the repository, src/ResumeLens.Core/Data.
Output is deterministic (sorted) so re-running produces no diff.
"""
import csv
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "knowledge")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "src", "ResumeLens.Core", "Data")


def rows(rel):
    with open(os.path.join(SRC, rel), newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def clean(s):
    return re.sub(r"\s+", " ", (s or "").replace("\t", " ")).strip()


# ---------------------------------------------------------------- common words
word_rank = {}
for i, r in enumerate(rows("lexicon/english_common_words.csv")):
    w = r["word"].strip().lower()
    if w and w not in word_rank:
        word_rank[w] = i + 1

# ---------------------------------------------------------------- skills
SLUG_SPECIAL = {"c++": "cpp", "c#": "csharp", "f#": "fsharp", ".net": "dotnet", "asp.net": "aspnet",
                "objective-c": "objective-c", "vb.net": "vbnet", "j#": "jsharp", "q#": "qsharp"}


def slug(name):
    n = name.lower().strip()
    if n in SLUG_SPECIAL:
        return SLUG_SPECIAL[n]
    n = n.replace("c++", "cpp").replace("c#", "csharp").replace("f#", "fsharp").replace("+", "plus").replace("#", "sharp")
    n = re.sub(r"^\.", "dot", n)
    n = re.sub(r"[^a-z0-9]+", "-", n).strip("-")
    return n


def key(s):
    """Case- and punctuation-insensitive identity used to merge sources (matches SkillTaxonomy.Normalize)."""
    s = s.lower()
    s = re.sub(r"[^a-z0-9+#\u00c0-\u024f ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip().replace(" ", "")


skills = {}      # id -> dict
by_key = {}      # key -> id


def spaced_words(s):
    return re.sub(r"[^\w+#]+", " ", s.lower()).strip()


def add_skill(name, category, aliases=(), parents=(), related=(), rarity=None, sid=None):
    name = clean(name)
    if not name or len(name) > 60:
        return None
    names = [name] + [clean(a) for a in aliases if clean(a)]
    for n in names:
        k = key(n)
        if k in by_key:
            existing = skills[by_key[k]]
            for a in names:
                if key(a) not in by_key:
                    existing["aliases"].append(a)
                    by_key[key(a)] = existing["id"]
                elif by_key[key(a)] == existing["id"] and spaced_words(a) not in {spaced_words(x) for x in [existing["name"]] + existing["aliases"]}:
                    # "Power Point" beside "PowerPoint": the same key, but other words for finding it in text.
                    existing["aliases"].append(a)
            for p in parents:
                if p not in existing["parents"]:
                    existing["parents"].append(p)
            return existing["id"]
    sid = sid or slug(name)
    if not sid or sid in skills:
        base = sid or "skill"
        i = 2
        while f"{base}-{i}" in skills:
            i += 1
        sid = f"{base}-{i}"
    s = {"id": sid, "name": name, "category": category, "aliases": [], "parents": list(parents),
         "related": list(related), "rarity": rarity}
    skills[sid] = s
    for n in names:
        k = key(n)
        if k and k not in by_key:
            by_key[k] = sid
            if n != name:
                s["aliases"].append(n)
    return sid


# Umbrella nodes used as parents (facts of the domain, not from one source).
for sid, name, cat, al in [
    ("sql", "SQL", "language", ["structured query language"]),
    ("nosql", "NoSQL", "database", ["nosql databases", "non-relational databases"]),
    ("sql-databases", "SQL databases", "database", ["relational databases", "rdbms", "relational database"]),
    ("javascript", "JavaScript", "language", ["js", "ecmascript", "es6"]),
    ("python", "Python", "language", ["python3", "python 3"]),
    ("java", "Java", "language", []),
    ("csharp", "C#", "language", ["c sharp", "csharp"]),
    ("typescript", "TypeScript", "language", []),
    ("ruby", "Ruby", "language", []),
    ("php", "PHP", "language", []),
    ("kotlin", "Kotlin", "language", []),
    ("swift", "Swift", "language", []),
    ("go", "Go", "language", ["golang", "go language", "go lang"]),
    ("r", "R", "language", ["r programming", "r language", "rlang"]),
    ("c", "C", "language", ["c language", "ansi c"]),
    ("cpp", "C++", "language", ["cpp", "c plus plus"]),
    ("aws", "AWS", "cloud", ["amazon web services"]),
    ("azure", "Azure", "cloud", ["microsoft azure"]),
    ("gcp", "Google Cloud", "cloud", ["gcp", "google cloud platform"]),
    ("dotnet", ".NET", "framework", ["dotnet", ".net core", ".net framework", "dot net"]),
    ("machine-learning", "Machine learning", "method", ["ml"]),
    ("css", "CSS", "language", ["cascading style sheets", "css3"]),
    ("html", "HTML", "language", ["html5"]),
    ("spring-boot", "Spring Boot", "framework", ["springboot"]),
    ("microsoft-office", "Microsoft Office", "tool", ["ms office", "office 365", "microsoft 365", "microsoft office suite"]),
]:
    add_skill(name, cat, al, sid=sid)

NORTHSTAR_CAT = {"Programming": "language", "Analytics & BI": "tool", "Data Engineering": "tool",
                 "Data Science": "method", "Business Delivery": "method", "Design & Product": "method",
                 "Finance & Commercial": "domain", "Legal": "domain", "Nursing & Clinical": "domain",
                 "Pharma & Lab": "domain", "Soft Skills": "soft", "Trades & Field": "domain"}
DB_WORDS = {"postgresql", "mysql", "mongodb", "redis", "oracle", "sqlite", "mariadb", "cassandra", "dynamodb",
            "elasticsearch", "snowflake", "redshift", "bigquery", "neo4j", "couchdb", "firebase", "sql server",
            "microsoft sql server", "db2", "teradata", "couchbase", "influxdb"}
CLOUD_WORDS = {"aws", "azure", "gcp", "google cloud", "heroku", "digitalocean", "netlify", "vercel", "cloudflare"}
for r in rows("skills/northstar_curated_skills.csv"):
    name = r["canonical"]
    cat = NORTHSTAR_CAT.get(r["group"], "tool")
    if name.lower() in DB_WORDS:
        cat = "database"
    if name.lower() in CLOUD_WORDS:
        cat = "cloud"
    # Curated aliases like "automated" or "storytelling" are too loose for free text; keep multiword/specific ones.
    als = [a for a in r["aliases"].split("|") if a and a.lower() not in {"automated", "automate", "insights", "storytelling", "self-service", "containers", "reconcile", "dashboard", "visualisation", "visualization"}]
    # Curated list lists git hosts as aliases of Git; they are their own tools.
    als = [a for a in als if a.lower() not in {"github", "gitlab", "node.js", "nodejs", "unix", "ubuntu", "centos", "rhel", "infrastructure as code", "iac"}]
    add_skill(name, cat, als)

# Parent links: frameworks to their languages, databases to their families, services to clouds.
PARENTS = {
    "react": ["javascript"], "angular": ["typescript"], "angularjs": ["javascript"], "vue.js": ["javascript"],
    "node.js": ["javascript"], "express": ["javascript", "node.js"], "next.js": ["react"], "nuxt.js": ["vue.js"],
    "jquery": ["javascript"], "svelte": ["javascript"], "ember.js": ["javascript"], "backbone.js": ["javascript"],
    "redux": ["react"], "react native": ["react", "javascript"], "nestjs": ["typescript", "node.js"], "deno": ["typescript"],
    "django": ["python"], "flask": ["python"], "fastapi": ["python"], "pandas": ["python"], "numpy": ["python"],
    "scikit-learn": ["python", "machine-learning"], "tensorflow": ["python", "machine-learning"],
    "pytorch": ["python", "machine-learning"], "keras": ["python", "machine-learning"], "pyspark": ["python"],
    "spring": ["java"], "spring boot": ["java", "spring"], "hibernate": ["java"], "maven": ["java"], "gradle": ["java"],
    "rails": ["ruby"], "ruby on rails": ["ruby"], "laravel": ["php"], "symfony": ["php"], "codeigniter": ["php"],
    "asp.net": ["csharp", "dotnet"], "dotnet": ["csharp"], "entity framework": ["csharp", "dotnet"], "xamarin": ["csharp"],
    "blazor": ["csharp", "dotnet"], "unity": ["csharp"], "flutter": ["dart"], "android": ["kotlin", "java"],
    "swiftui": ["swift"], "ios": ["swift"], "qt": ["cpp"], "boost": ["cpp"],
    "postgresql": ["sql-databases", "sql"], "mysql": ["sql-databases", "sql"], "sqlite": ["sql-databases", "sql"],
    "mariadb": ["sql-databases", "sql"], "oracle": ["sql-databases", "sql"], "microsoft sql server": ["sql-databases", "sql"],
    "sql server": ["sql-databases", "sql"], "db2": ["sql-databases", "sql"], "teradata": ["sql-databases", "sql"],
    "mongodb": ["nosql"], "redis": ["nosql"], "cassandra": ["nosql"], "couchdb": ["nosql"], "dynamodb": ["nosql", "aws"],
    "neo4j": ["nosql"], "couchbase": ["nosql"], "elasticsearch": ["nosql"], "firebase": ["gcp"],
    "redshift": ["aws", "sql"], "bigquery": ["gcp", "sql"], "snowflake": ["sql"], "amazon ec2": ["aws"],
    "aws lambda": ["aws"], "amazon s3": ["aws"], "azure data factory": ["azure"], "azure databricks": ["azure"],
    "sass": ["css"], "less": ["css"], "tailwindcss": ["css"], "bootstrap": ["css"], "typescript": ["javascript"],
    "pl/sql": ["sql"], "t-sql": ["sql"], "transact-sql": ["sql"],
}


def devicon_cat(tags):
    t = set(tags.lower().split("|"))
    if "database" in t:
        return "database"
    if "language" in t and "framework" not in t:
        return "language"
    if "framework" in t or "library" in t:
        return "framework"
    if "cloud" in t or "hosting" in t:
        return "cloud"
    return "tool"


DEVICON_NAMES = {"amazonwebservices": "AWS", "jest": "Jest", "jekyll": "Jekyll", "dot-net": ".NET", "dotnetcore": ".NET Core", "angularjs": "AngularJS",
                 "nodejs": "Node.js", "vuejs": "Vue.js", "react": "React", "csharp": "C#", "cplusplus": "C++",
                 "javascript": "JavaScript", "typescript": "TypeScript", "postgresql": "PostgreSQL", "mysql": "MySQL",
                 "mongodb": "MongoDB", "nextjs": "Next.js", "nuxtjs": "Nuxt.js", "jquery": "jQuery", "github": "GitHub",
                 "gitlab": "GitLab", "googlecloud": "Google Cloud", "azure": "Azure", "tensorflow": "TensorFlow",
                 "pytorch": "PyTorch", "fastapi": "FastAPI", "graphql": "GraphQL", "html5": "HTML", "css3": "CSS",
                 "php": "PHP", "sqlite": "SQLite", "redis": "Redis", "docker": "Docker", "kubernetes": "Kubernetes",
                 "numpy": "NumPy", "pandas": "pandas", "scikitlearn": "scikit-learn", "express": "Express",
                 "nestjs": "NestJS", "spring": "Spring", "django": "Django", "flask": "Flask", "rails": "Ruby on Rails",
                 "laravel": "Laravel", "swift": "Swift", "kotlin": "Kotlin", "go": "Go", "rust": "Rust",
                 "ruby": "Ruby", "java": "Java", "python": "Python", "c": "C", "r": "R", "matlab": "MATLAB",
                 "bash": "Bash", "linux": "Linux", "git": "Git", "jenkins": "Jenkins", "ansible": "Ansible",
                 "terraform": "Terraform", "microsoftsqlserver": "Microsoft SQL Server", "oracle": "Oracle",
                 "tailwindcss": "Tailwind CSS", "bootstrap": "Bootstrap", "sass": "Sass", "webpack": "webpack",
                 "vscode": "Visual Studio Code", "visualstudio": "Visual Studio", "intellij": "IntelliJ IDEA",
                 "elasticsearch": "Elasticsearch", "apachekafka": "Apache Kafka", "hadoop": "Hadoop",
                 "androidstudio": "Android Studio", "android": "Android", "apple": "Apple", "figma": "Figma",
                 "jira": "Jira", "confluence": "Confluence", "firebase": "Firebase", "heroku": "Heroku",
                 "graphql": "GraphQL", "dart": "Dart", "flutter": "Flutter", "unity": "Unity", "opencv": "OpenCV",
                 "jupyter": "Jupyter", "anaconda": "Anaconda", "nginx": "nginx", "apache": "Apache HTTP Server"}
DEVICON_NAMES.update({"reactnative": "React Native", "reactbootstrap": "React Bootstrap", "reactrouter": "React Router",
    "reactnavigation": "React Navigation", "materialui": "Material UI", "angularmaterial": "Angular Material",
    "antdesign": "Ant Design", "apacheairflow": "Apache Airflow", "apachespark": "Apache Spark", "azuredevops": "Azure DevOps",
    "azuresqldatabase": "Azure SQL Database", "backbonejs": "Backbone.js", "cloudflareworkers": "Cloudflare Workers",
    "cypressio": "Cypress", "digitalocean": "DigitalOcean", "djangorest": "Django REST framework",
    "entityframeworkcore": "Entity Framework Core", "githubactions": "GitHub Actions", "googlecolab": "Google Colab",
    "jetpackcompose": "Jetpack Compose", "objectivec": "Objective-C", "premierepro": "Adobe Premiere Pro",
    "photoshop": "Adobe Photoshop", "illustrator": "Adobe Illustrator", "aftereffects": "Adobe After Effects",
    "raspberrypi": "Raspberry Pi", "scikitlearn": "scikit-learn", "sqlalchemy": "SQLAlchemy", "sqldeveloper": "SQL Developer",
    "styledcomponents": "styled-components", "unrealengine": "Unreal Engine", "visualbasic": "Visual Basic",
    "sonarqube": "SonarQube", "wordpress": "WordPress", "woocommerce": "WooCommerce", "matplotlib": "Matplotlib",
    "elasticsearch": "Elasticsearch", "clickhouse": "ClickHouse", "playwright": "Playwright", "puppeteer": "Puppeteer",
    "prometheus": "Prometheus", "bitbucket": "Bitbucket", "salesforce": "Salesforce", "powershell": "PowerShell",
    "threedsmax": "3ds Max", "unifiedmodelinglanguage": "UML", "embeddedc": "Embedded C", "kalilinux": "Kali Linux",
    "archlinux": "Arch Linux", "linuxmint": "Linux Mint", "memcached": "Memcached", "hibernate": "Hibernate",
    "nhibernate": "NHibernate", "dotnetcore": ".NET Core", "springboot": "Spring Boot"})
# An alternative name that two devicon entries claim ("jestjs" on both jekyll and jest) belongs to neither.
devicon_rows = list(rows("skills/devicon_technologies.csv"))
alt_owners = {}
for r in devicon_rows:
    for a in r["altnames"].split("|"):
        if a:
            alt_owners.setdefault(key(a), set()).add(r["name"])
# A vendor alone ("Atlassian", "Adobe") names none of its products.
VENDOR_WORDS = {key(v) for v in ("Atlassian", "Adobe", "Microsoft", "Google", "Amazon", "Apache", "Oracle", "IBM", "Apple",
                                 "Autodesk", "Salesforce", "JetBrains", "Red Hat", "Dassault Systemes", "The MathWorks",
                                 "MathWorks", "Cisco", "SAP", "Intuit", "Bentley")}
for r in devicon_rows:
    raw = r["name"]
    name = DEVICON_NAMES.get(raw)
    alts = [a for a in r["altnames"].split("|") if a and len(alt_owners[key(a)]) == 1 and key(a) not in VENDOR_WORDS]
    if name is None:
        name = raw.replace("-", " ")
    add_skill(name, devicon_cat(r["tags"]), [raw] + alts)

POPULAR_LANGS = {"python", "java", "javascript", "typescript", "c", "c++", "c#", "go", "rust", "ruby", "php",
                 "kotlin", "swift", "scala", "r", "matlab", "perl", "haskell", "elixir", "erlang", "clojure",
                 "f#", "dart", "lua", "julia", "objective-c", "visual basic .net", "vba", "cobol", "fortran",
                 "groovy", "powershell", "shell", "assembly", "sas", "solidity", "ocaml", "lisp", "scheme",
                 "prolog", "abap", "apex", "tcl", "verilog", "vhdl", "pascal", "delphi", "racket", "crystal",
                 "nim", "zig", "coffeescript", "elm", "plsql", "tsql", "sql", "html", "css", "scss", "sass", "less",
                 "xml", "json", "yaml", "markdown", "graphql", "latex", "tex", "stata", "hcl", "dockerfile",
                 "makefile", "cmake", "gdscript", "hlsl", "glsl", "cuda", "opencl", "smalltalk", "ada", "awk"}
# Linguist aliases that are file extensions, other tools or plain words in a resume ("Acme Inc", "make", "rake"):
# "inc" is PHP's include-file extension, not a way people write PHP.
LINGUIST_LOOSE_ALIASES = {"inc", "make", "mf", "bsdmake", "cake", "cakescript", "rake", "node", "terraform", "opentofu", "flex",
                          "conf", "mail", "email", "eml", "mbox", "coffee", "be", "squeak", "posh", "fundamental"}
for r in rows("skills/linguist_languages.csv"):
    n = r["name"]
    if r["type"] not in ("programming", "markup") and n.lower() not in POPULAR_LANGS:
        continue
    if n.lower() not in POPULAR_LANGS:
        continue
    add_skill(n, "language", [a for a in r["aliases"].split("|") if a and a.lower() not in LINGUIST_LOOSE_ALIASES])

GENERIC_PRODUCT_WORDS = {"analytics", "power", "notes", "edge", "cloud", "ads", "classroom", "drive", "meet", "sites",
                         "docs", "sheets", "slides", "workspace", "forms", "calendar", "maps", "tag manager", "web services"}
CATEGORY_ACRONYMS = {"EHR", "EMR", "LMS", "IDE", "ORM", "CI", "MVC", "ERP", "HRIS", "API", "CLE", "CRM", "HMI", "CRS"}
NAME_ACRONYMS = {"BI", "XD", "JS", "IOS", "MX", "PM", "GP", "MQ", "ECLIPSE", "IMAGINE"}
VENDORS = ("Salesforce.com ", "Apache ", "Atlassian ", "Amazon ", "Microsoft ", "Adobe ", "Autodesk ", "Oracle ", "Google ", "IBM ",
           "Apple ", "SAP ", "Salesforce ", "Bentley ", "Dassault Systemes ", "Intuit ", "JetBrains ", "Red Hat ")


def onet_cat(title):
    t = title.lower()
    if "data base" in t or "database" in t:
        return "database"
    if "cloud" in t:
        return "cloud"
    if "object or component oriented" in t or "programming language" in t:
        return "language"
    if "web platform development" in t:
        return "framework"
    return "tool"


onet_seen = set()
for r in rows("skills/onet_technology_skills.csv"):
    ex = clean(r["example"])
    cnt = int(r["occupation_count"] or 0)
    if r["hot_technology"] != "Y" and r["in_demand"] != "Y" and cnt < 8:
        continue
    if ex in onet_seen:
        continue
    onet_seen.add(ex)
    name = re.sub(r"\s+software$", "", ex, flags=re.I)
    aliases = [ex]
    m = re.match(r"^(.*\S)\s+([A-Z][A-Z0-9]{1,6})$", name)
    if m and not m.group(1).isupper():
        long_form, acronym = m.group(1), m.group(2)
        words = [w for w in re.split(r"[\s\-/]+", long_form) if w]
        initials = "".join(w[0] for w in words).upper()
        maker = " ".join(words[:len(words) - len(acronym)]) if initials.endswith(acronym) else ""
        if acronym == initials or key(maker) in VENDOR_WORDS:
            # "Structured query language SQL", "Microsoft Active Server Pages ASP": the long form and its acronym.
            aliases.append(acronym)
            name = long_form
        elif acronym in initials:
            # "Moz search engine optimization SEO": the capitals spell the kind of product, not the product.
            name = long_form
        elif acronym not in CATEGORY_ACRONYMS | NAME_ACRONYMS:
            # "Atlassian JIRA", "Apache Subversion SVN": the capitals are the product; a vendor before them names nothing.
            aliases.append(acronym)
            name = acronym
            if key(long_form) not in VENDOR_WORDS:
                aliases.append(long_form)
        elif acronym in CATEGORY_ACRONYMS:
            # "Hibernate ORM", "SOAPware EMR": the product and its category; the category alone names no product.
            name = long_form
        # else "Microsoft Power BI", "Adobe XD": the capitals are part of the name.
    for v in VENDORS:
        # "Excel" names Microsoft Excel on its own; "Docs", "Drive", "Cloud" or "Analytics" name nothing without the vendor.
        # A product already known by its short name ("Google Android" is Android) joins it whatever the vendor.
        # "Oracle JavaServer Pages JSP" is also "JavaServer Pages".
        for written in dict.fromkeys([name, m.group(1) if m else name]):
            short = written[len(v):]
            if written.startswith(v) and len(written) > len(v) + 2 and (key(short) in by_key or short.lower() not in GENERIC_PRODUCT_WORDS):
                aliases.append(short)
    rarity = max(0.15, min(0.95, 1.0 - math.log(1 + cnt) / math.log(1000)))
    add_skill(name, onet_cat(r["commodity_title"]), aliases, rarity=rarity)

# ESCO: transversal skills are soft skills; a short-named subset of knowledge items covers domains.
for r in rows("skills/esco_transversal_skills.csv"):
    label = r["preferred_label"]
    if len(label.split()) <= 4:
        add_skill(label, "soft", [a for a in r["alt_labels"].split("|") if a and len(a.split()) <= 4])
for r in rows("skills/esco_ict_skills.csv"):
    label = r["preferred_label"]
    if len(label.split()) <= 4:
        add_skill(label, "method", [a for a in r["alt_labels"].split("|") if a and len(a.split()) <= 4])
# ESCO alternative labels that name another practice: direct marketing is not network (multi-level) marketing.
MISLEADING_ALT_LABELS = {key(a) for a in ("direct marketing",)}
for r in rows("skills/esco_skills.csv"):
    label = clean(r["preferred_label"])
    words = label.split()
    if r["skill_type"] != "knowledge" or not 2 <= len(words) <= 3 or "(" in label or "," in label:
        continue
    add_skill(label, "domain", [a for a in r["alt_labels"].split("|")
                                if a and 2 <= len(a.split()) <= 3 and "," not in a and key(a) not in MISLEADING_ALT_LABELS])

# Professional skills of non-software occupations, as resumes and postings write them (curated: the shared lists
# hold them only as verb phrases). (name, category, aliases, parents)
PROFESSIONAL = [
    ("Marketing", "domain", [], []), ("Digital marketing", "method", ["online marketing", "internet marketing"], ["Marketing"]),
    ("Brand marketing", "method", ["brand management", "branding"], ["Marketing"]),
    ("Content marketing", "method", [], ["Digital marketing"]), ("Email marketing", "method", ["e-mail marketing"], ["Digital marketing"]),
    ("Social media marketing", "method", ["social media management", "SMM"], ["Digital marketing"]),
    ("Search engine marketing", "method", ["SEM", "PPC", "pay per click", "pay-per-click", "paid search"], ["Digital marketing"]),
    ("Search engine optimization", "method", ["SEO"], ["Digital marketing"]),
    ("Direct marketing", "method", ["direct mail", "direct mail marketing", "direct response marketing"], ["Marketing"]),
    ("Product marketing", "method", [], ["Marketing"]), ("Marketing strategy", "method", ["marketing plans", "marketing planning", "marketing plan"], ["Marketing"]),
    ("Corporate marketing", "method", [], ["Marketing"]), ("Influencer marketing", "method", [], ["Digital marketing"]),
    ("Competitor analysis", "method", ["competitive analysis", "competitor research", "competitive intelligence"], ["Market analysis"]),
    ("Advertising", "domain", ["advertising campaigns"], ["Marketing"]), ("Campaign management", "method", ["marketing campaigns"], ["Marketing"]),
    ("Sales", "domain", ["selling"], []), ("Sales presentations", "method", ["sales pitches"], ["Sales"]),
    ("Sales management", "method", [], ["Sales"]), ("Business development", "method", ["client development", "new business development"], ["Sales"]),
    ("Lead generation", "method", ["prospecting"], ["Sales"]), ("Cold calling", "method", [], ["Sales"]),
    ("Account management", "method", ["key account management", "client relations", "client relationship management"], ["Sales"]),
    ("Upselling", "method", ["cross-selling", "up-selling"], ["Sales"]), ("Customer retention", "method", [], ["Sales"]),
    ("Retail sales", "method", ["retail"], ["Sales"]), ("Merchandising", "method", [], ["Retail sales"]),
    ("Visual merchandising", "method", [], ["Merchandising"]), ("Cash handling", "method", ["cash management", "cashiering"], ["Retail sales"]),
    ("Customer support", "method", ["customer care", "client support"], []), ("Technical support", "method", ["tech support", "IT support"], ["Customer support"]),
    ("Help desk", "method", ["service desk", "helpdesk"], ["Technical support"]), ("Call center operations", "method", ["call center", "call centre", "contact center", "inbound calls", "outbound calls"], ["Customer support"]),
    ("Public relations", "domain", ["PR campaigns", "media relations"], []), ("Crisis communication", "method", ["crisis management"], ["Public relations"]),
    ("Journalism", "domain", [], []), ("Copywriting", "method", ["copy writing"], ["Writing"]),
    ("Technical writing", "method", ["technical documentation"], ["Writing"]), ("Writing", "soft", ["written communication"], []),
    ("Editing", "method", ["copy editing", "copyediting"], ["Writing"]), ("Proofreading", "method", [], ["Editing"]),
    ("Grant writing", "method", ["grant proposals"], ["Writing"]), ("Fundraising", "method", ["donor relations"], []),
    ("Video production", "method", ["video editing"], []), ("Photography", "domain", ["photo editing"], []),
    ("Graphic design", "domain", ["visual design"], []), ("Typography", "method", [], ["Graphic design"]),
    ("Illustration", "method", [], ["Graphic design"]), ("Web design", "method", [], ["Graphic design"]),
    ("Wireframing", "method", ["wireframes"], ["User experience design"]), ("Prototyping", "method", ["rapid prototyping"], []),
    ("User research", "method", ["usability testing"], ["User experience design"]), ("User experience design", "domain", ["UX design", "UX"], []),
    ("Interior design", "domain", [], []), ("Fashion design", "domain", ["apparel design", "garment design"], []),
    ("Pattern making", "method", ["patternmaking"], ["Fashion design"]), ("Sewing", "method", ["garment construction"], ["Fashion design"]),
    ("Trend analysis", "method", ["trend forecasting"], []), ("Content creation", "method", ["content production"], []),
    ("Content strategy", "method", [], ["Content creation"]), ("Community management", "method", [], ["Social media marketing"]),
    ("Event planning", "method", ["event management", "event coordination", "events management"], []),
    ("Travel planning", "method", ["travel arrangements"], []), ("Scheduling", "method", ["calendar management", "appointment scheduling"], []),
    ("Office management", "method", ["office administration"], []), ("Reception", "method", ["front desk", "receptionist duties"], []),
    ("Data entry", "method", [], []), ("Bookkeeping", "method", [], ["Accounting"]), ("Payroll", "method", ["payroll processing"], ["Accounting"]),
    ("Accounts payable", "method", ["AP processing"], ["Accounting"]), ("Accounts receivable", "method", ["AR processing"], ["Accounting"]),
    ("General ledger", "method", ["GL accounting"], ["Accounting"]), ("Account reconciliation", "method", ["bank reconciliation", "reconciliations"], ["Accounting"]),
    ("Financial reporting", "method", ["financial statements"], ["Accounting"]), ("Tax preparation", "method", ["tax returns"], ["Accounting"]),
    ("Budgeting", "method", ["budget management", "budget planning", "budget control"], []), ("Forecasting", "method", ["financial forecasting"], []),
    ("Financial analysis", "method", [], []), ("Financial modeling", "method", ["financial modelling"], ["Financial analysis"]),
    ("Valuation", "method", [], ["Financial analysis"]), ("Due diligence", "method", [], []), ("Underwriting", "method", [], []),
    ("Credit analysis", "method", ["credit risk analysis"], ["Financial analysis"]), ("Loan processing", "method", ["loan origination"], []),
    ("Portfolio management", "method", [], []), ("Wealth management", "domain", ["financial planning"], []),
    ("Investment banking", "domain", [], []), ("Auditing", "method", ["internal audit", "audits"], []),
    ("Regulatory compliance", "method", ["compliance"], []), ("Risk management", "method", ["risk assessment"], []),
    ("Recruiting", "method", ["recruitment", "talent acquisition", "sourcing candidates"], ["Human resources"]),
    ("Onboarding", "method", ["employee onboarding", "new hire orientation"], ["Human resources"]),
    ("Employee relations", "method", ["labor relations"], ["Human resources"]), ("Benefits administration", "method", [], ["Human resources"]),
    ("Performance management", "method", ["performance reviews"], ["Human resources"]), ("Human resources", "domain", ["HR management", "HRM"], []),
    ("Training and development", "method", ["staff training", "employee training"], []), ("Coaching", "soft", [], []),
    ("Procurement", "method", ["purchasing"], ["Supply chain management"]), ("Logistics", "domain", ["shipping and receiving"], ["Supply chain management"]),
    ("Supply chain management", "domain", ["supply chain"], []), ("Inventory management", "method", ["inventory control", "stock control"], ["Supply chain management"]),
    ("Vendor management", "method", ["supplier management", "vendor relations"], []), ("Contract management", "method", ["contract negotiation", "contract administration"], []),
    ("Quality assurance", "method", ["QA"], []), ("Quality control", "method", ["QC", "quality inspection"], ["Quality assurance"]),
    ("Six Sigma", "method", ["Lean Six Sigma"], ["Process improvement"]), ("Lean manufacturing", "method", ["lean production"], ["Process improvement"]),
    ("Process improvement", "method", ["continuous improvement", "business process improvement"], []),
    ("Operations management", "domain", [], []), ("Production planning", "method", ["production scheduling"], ["Operations management"]),
    ("Facilities management", "method", ["facility management"], []), ("Troubleshooting", "method", [], []),
    ("Preventive maintenance", "method", ["preventative maintenance"], []), ("Welding", "method", ["MIG welding", "TIG welding"], []),
    ("Blueprint reading", "method", ["reading blueprints", "technical drawings"], []), ("CNC machining", "method", ["CNC", "machining"], []),
    ("Fabrication", "method", ["metal fabrication"], []), ("HVAC", "domain", ["heating ventilation and air conditioning"], []),
    ("PLC programming", "method", ["PLC"], []), ("Aircraft maintenance", "method", ["aircraft inspection"], ["Aviation"]),
    ("Flight planning", "method", ["flight operations"], ["Aviation"]), ("Aviation safety", "method", ["flight safety"], ["Aviation"]),
    ("Aviation", "domain", [], []), ("Food safety", "method", ["food handling", "ServSafe", "HACCP"], []),
    ("Menu planning", "method", ["menu development", "menu design"], ["Culinary arts"]), ("Catering", "method", [], ["Culinary arts"]),
    ("Culinary arts", "domain", ["cooking", "food preparation"], []), ("Patient care", "method", ["patient safety"], []),
    ("CPR", "method", ["cardiopulmonary resuscitation", "BLS", "basic life support"], []), ("First aid", "method", [], []),
    ("Electronic health records", "tool", ["EHR", "EMR", "electronic medical records"], []), ("Medical billing", "method", ["medical coding"], []),
    ("HIPAA", "domain", ["HIPAA compliance"], []), ("Nursing", "domain", [], []), ("Pharmacology", "domain", [], []),
    ("Case management", "method", [], []), ("Counseling", "method", ["counselling"], []),
    ("Classroom management", "method", [], ["Teaching"]), ("Curriculum development", "method", ["curriculum design"], ["Teaching"]),
    ("Lesson planning", "method", ["lesson plans"], ["Teaching"]), ("Tutoring", "method", [], ["Teaching"]), ("Teaching", "domain", [], []),
    ("Special education", "domain", [], ["Teaching"]), ("Legal research", "method", [], []), ("Litigation", "domain", ["litigation support"], []),
    ("Case law", "domain", [], ["Legal research"]), ("Legal writing", "method", ["legal drafting"], ["Writing"]),
    ("Document management", "method", ["records management"], []), ("Release management", "method", ["configuration and release management"], []),
    ("Test planning", "method", ["test plans", "test cases"], ["Quality assurance"]), ("Data analysis", "method", ["data analytics"], []),
    ("Business analysis", "method", ["requirements gathering", "requirements analysis"], []), ("Stakeholder management", "method", [], []),
    ("Change management", "method", [], []), ("Strategic planning", "method", ["strategy development", "business strategy"], []),
    ("Negotiation", "soft", ["negotiations"], []), ("Conflict resolution", "soft", ["dispute resolution"], []),
    ("Decision making", "soft", ["decision-making"], []), ("Multitasking", "soft", ["multi-tasking"], []),
    ("Organizational skills", "soft", ["organisation skills", "organizational abilities"], []), ("Interpersonal skills", "soft", ["people skills"], []),
    ("Creativity", "soft", ["creative thinking"], []), ("Adaptability", "soft", ["flexibility"], []),
    ("Consensus building", "soft", [], []), ("Relationship building", "soft", ["relationship management"], []),
    ("Networking", "soft", ["professional networking"], []), ("Emotional intelligence", "soft", [], []),
    ("Microsoft Office", "tool", ["MS Office", "Microsoft Office Suite", "MS Office Suite"], []),
    ("Microsoft Word", "tool", ["MS Word", "MS-Word"], []), ("Excel", "tool", ["MS-Excel", "MS Excel"], []),
    ("Microsoft PowerPoint", "tool", ["Power Point", "MS PowerPoint", "MS-PowerPoint", "MS Power Point"], []),
    ("Microsoft Outlook", "tool", ["MS Outlook", "MS-Outlook"], []),
    ("Microsoft Windows", "tool", ["Windows XP", "Windows 7", "Windows 8", "Windows 10", "Windows 11", "Windows Vista",
                                   "Windows 2000", "Windows NT", "Windows 98", "Windows 95", "Windows Server"], []),
    ("Software testing", "method", ["testing", "QA testing", "software quality testing"], ["Quality assurance"]),
    ("Manual testing", "method", [], ["Software testing"]), ("Regression testing", "method", [], ["Software testing"]),
    ("Functional testing", "method", [], ["Software testing"]), ("Unit testing", "method", ["unit tests"], ["Software testing"]),
    ("Integration testing", "method", ["system integration testing", "SIT"], ["Software testing"]),
    ("Smoke testing", "method", ["sanity testing"], ["Software testing"]), ("GUI testing", "method", ["UI testing"], ["Software testing"]),
    ("Test automation", "method", ["automation testing", "automated testing"], ["Software testing"]),
    ("Performance testing", "method", ["load testing", "stress testing"], ["Software testing"]),
    ("User acceptance testing", "method", ["UAT", "acceptance testing"], ["Software testing"]),
    ("Test planning", "method", ["test scenarios", "test strategy", "test management", "test scripts"], ["Software testing"]),
    ("Defect tracking", "method", ["bug tracking", "defect management"], ["Software testing"]),
    ("Waterfall", "method", ["waterfall model", "waterfall methodology"], []),
    ("SDLC", "method", ["software development life cycle", "software development lifecycle"], []),
    ("STLC", "method", ["software testing life cycle"], ["Software testing"]),
    ("Recruiting", "method", ["hiring", "staffing", "recruitment and selection", "recruitment & selection", "recruitment process"], ["Human resources"]),
    ("Workforce planning", "method", ["manpower planning", "HR planning"], ["Human resources"]),
    ("Employee engagement", "method", [], ["Human resources"]), ("Organizational development", "method", ["organisational development", "organization development"], ["Human resources"]),
    ("Cost control", "method", ["cost reduction", "cost management", "cost controls"], []),
]
for name, cat, als, ps in PROFESSIONAL:
    add_skill(name, cat, als)
    if ps:
        PARENTS.setdefault(key(name), [])
        PARENTS[key(name)] = list(dict.fromkeys(PARENTS[key(name)] + [p.lower() for p in ps]))

# A practice the O*NET merge folded into one vendor's product: CRM is not Salesforce.
def split_out(from_id, name, category, alias_keys):
    src = skills.get(from_id)
    if not src:
        return
    moved = [a for a in src["aliases"] if key(a) in alias_keys or key(a).startswith("customer")]
    src["aliases"] = [a for a in src["aliases"] if a not in moved]
    for a in moved + [name]:
        by_key.pop(key(a), None)
    nid = add_skill(name, category, [a for a in moved if key(a) != key(name)])
    if nid and nid not in src["parents"]:
        src["parents"].append(nid)


split_out("salesforce", "Customer relationship management", "method", {"crm", "customer relationship management"})
if "salesforce" in skills:
    # ESCO's "marketing principles" reached Salesforce through its CRM alternative label.
    wrong = [a for a in skills["salesforce"]["aliases"] if "marketing" in a.lower()]
    skills["salesforce"]["aliases"] = [a for a in skills["salesforce"]["aliases"] if a not in wrong]
    for a in wrong:
        by_key.pop(key(a), None)
    add_skill("Marketing", "domain", wrong)

# Soft skills resumes commonly list, as written by candidates.
for n, al in [("Communication", ["communication skills", "verbal communication", "written communication"]),
              ("Leadership", ["team leadership", "leadership skills"]), ("Teamwork", ["team work", "team player", "collaboration"]),
              ("Problem solving", ["problem-solving", "problem solving skills"]), ("Time management", []),
              ("Critical thinking", []), ("Negotiation", ["negotiation skills"]), ("Customer service", ["customer care"]),
              ("Project management", ["project planning"]), ("Attention to detail", ["detail oriented", "detail-oriented"]),
              ("Public speaking", ["presentation skills"]), ("Influencing", ["influencing skills"]), ("Mentoring", ["coaching"]),
              ("Communication", ["communicator", "communication abilities", "communicate effectively"]),
              ("Problem solving", ["problem solver", "problem-solver", "analytical skills", "analytical ability", "analytical abilities",
                                   "analytical mind", "analytical"]),
              ("Work ethic", ["strong work ethic", "hardworking", "hard-working", "hard working"]),
              ("Self-motivation", ["self motivated", "self-motivated", "self-starter", "self starter"]),
              ("Creativity", ["creative", "imaginative"]), ("Organizational skills", ["organized", "organised", "well organized"]),
              ("Multitasking", ["multi-task", "multi task", "multitask"]), ("Adaptability", ["adaptable", "flexible"]),
              ("Training and development", ["training", "staff training"]), ("Interviewing", ["interviews", "interview skills"])]:
    add_skill(n, "soft" if n != "Project management" else "method", al)

for child, ps in PARENTS.items():
    cid = by_key.get(key(child))
    if not cid:
        continue
    for p in ps:
        pid = by_key.get(key(p)) or (p if p in skills else None)
        if pid and pid != cid and pid not in skills[cid]["parents"]:
            skills[cid]["parents"].append(pid)

for s in skills.values():
    if s["rarity"] is None:
        r = word_rank.get(s["name"].lower())
        base = 0.85 if r is None else 0.25 + 0.6 * min(1.0, math.log(r) / math.log(60000))
        if s["category"] == "soft":
            base = min(base, 0.25)
        s["rarity"] = base
    s["parents"] = [p for p in s["parents"] if p in skills and p != s["id"]]

os.makedirs(OUT, exist_ok=True)


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


write("skills.tsv", ["\t".join([s["id"], s["name"], s["category"], "|".join(s["aliases"]), "|".join(s["parents"]),
                                "|".join(s["related"]), f"{s['rarity']:.2f}"])
                     for s in sorted(skills.values(), key=lambda s: s["id"])])

# Common words with their frequency rank, used to treat skill names that are also ordinary words with care.
write("common-words.tsv", [f"{w}\t{r}" for w, r in sorted(word_rank.items(), key=lambda x: x[1]) if r <= 30000])

# ---------------------------------------------------------------- job titles
titles = {}
occupations = {}
for r in rows("job_titles/onet_occupations.csv"):
    occupations[r["soc_code"]] = clean(r["title"])
for r in rows("job_titles/onet_alternate_titles.csv"):
    for t in (r["alternate_title"], r["short_title"]):
        t = clean(t)
        if t and r["soc_code"] in occupations:
            titles.setdefault(t.lower(), r["soc_code"])
for r in rows("job_titles/onet_reported_titles.csv"):
    t = clean(re.sub(r"\(.*?\)", "", r["reported_title"]))
    if t and r["soc_code"] in occupations:
        titles.setdefault(t.lower(), r["soc_code"])
for code, t in occupations.items():
    titles.setdefault(t.lower(), code)
    if t.endswith("s"):
        titles.setdefault(t[:-1].lower(), code)
esco = {}
for r in rows("job_titles/esco_occupations.csv"):
    code = "ESCO-" + r["esco_code"]
    esco[code] = clean(r["preferred_label"])
    for t in [r["preferred_label"]] + r["alt_labels"].split("|"):
        t = clean(t)
        if t and len(t) <= 60:
            titles.setdefault(t.lower(), code)
occupations.update(esco)
write("occupations.tsv", [f"{c}\t{t}" for c, t in sorted(occupations.items())])
write("titles.tsv", [f"{t}\t{c}" for t, c in sorted(titles.items())])

# ---------------------------------------------------------------- degrees
degrees = {}


def deg(spelling, level):
    s = clean(spelling)
    if s and s.lower() not in degrees:
        degrees[s.lower()] = level


KIND = {"bachelor": "bachelor", "master": "master", "doctor": "doctorate", "foundation": "associate"}
for r in rows("education/uk_degree_types.csv"):
    lvl = KIND.get(r["degree_kind"])
    if not lvl:
        continue
    for s in [r["name"], r["abbreviation"]] + r["match_synonyms"].split("|"):
        deg(s, lvl)
RQF = {"3": "highschool", "4": "certificate", "5": "associate", "6": "bachelor", "7": "master", "8": "doctorate"}
for r in rows("education/uk_qualifications.csv"):
    lvl = RQF.get(r["rqf_level"].strip())
    if lvl:
        for s in [r["name"]] + r["match_synonyms"].split("|"):
            deg(s, lvl)
# Spellings the shared lists lack: US, Indian and continental European degrees.
EXTRA = {
    "highschool": ["high school", "high school diploma", "secondary school", "ged", "hsc", "ssc", "ssc/hsc", "cbse",
                   "icse", "12th", "10th", "class xii", "class x", "intermediate", "a levels", "a-levels", "gcse",
                   "abitur", "baccalauréat", "baccalaureate", "matura", "bachillerato", "higher secondary",
                   "senior secondary", "secondary school certificate", "higher secondary certificate"],
    "certificate": ["certificate", "certification", "diploma", "postgraduate certificate", "pgcert", "graduate certificate",
                    "pg diploma", "post graduate diploma", "pgdm", "pgdba", "advanced diploma", "hnc", "nvq"],
    "associate": ["associate", "associate degree", "associate of arts", "associate of science", "aa", "as", "aas",
                  "a.a.", "a.s.", "a.a.s.", "associate of applied science", "hnd", "foundation degree", "dut", "bts"],
    "bachelor": ["bachelor", "bachelors", "bachelor's", "bachelor of science", "bachelor of arts", "bachelor of engineering",
                 "bachelor of technology", "bachelor of commerce", "bachelor of business administration",
                 "bachelor of computer applications", "bachelor of education", "bachelor of laws", "bachelor of fine arts",
                 "bachelor of architecture", "bachelor of pharmacy", "bachelor of medicine", "bs", "b.s.", "bsc", "b.sc",
                 "b.sc.", "ba", "b.a.", "be", "b.e.", "b.e", "btech", "b.tech", "b.tech.", "b tech", "bcom", "b.com",
                 "b.com.", "bca", "b.c.a", "bba", "b.b.a", "bfa", "b.arch", "barch", "b.pharm", "bpharm", "llb", "ll.b.",
                 "mbbs", "bds", "beng", "b.eng", "b.eng.", "bed", "b.ed", "bsba", "bsn", "bsee", "bscs", "bas",
                 "licenciatura", "licenciado", "licence", "laurea", "laurea triennale", "grado", "bachelor's degree",
                 "undergraduate degree", "ingeniero", "ingeniería", "graduação", "bacharelado", "kandidat"],
    "master": ["master", "masters", "master's", "master of science", "master of arts", "master of engineering",
               "master of technology", "master of business administration", "master of computer applications",
               "master of commerce", "master of education", "master of laws", "master of fine arts",
               "master of public health", "master of public administration", "master of philosophy", "ms", "m.s.",
               "msc", "m.sc", "m.sc.", "ma", "m.a.", "me", "m.e.", "mtech", "m.tech", "m.tech.", "m tech", "mba",
               "m.b.a.", "mca", "m.c.a", "mcom", "m.com", "meng", "m.eng", "m.eng.", "med", "m.ed", "llm", "ll.m.",
               "mfa", "mph", "mpa", "mphil", "m.phil", "mres", "msw", "mpharm", "m.pharm", "diplom", "diplom-ingenieur",
               "dipl.-ing.", "dipl.-inf.", "dipl.-kfm.", "magister", "laurea magistrale", "laurea specialistica",
               "máster", "mestrado", "master's degree", "graduate degree", "postgraduate degree", "ingénieur",
               "diplôme d'ingénieur", "mastère"],
    "doctorate": ["phd", "ph.d", "ph.d.", "doctor of philosophy", "doctorate", "dphil", "d.phil", "md", "m.d.", "edd",
                  "ed.d", "dba", "jd", "j.d.", "juris doctor", "doctor of medicine", "doctor of education", "pharmd",
                  "dr. rer. nat.", "dr.-ing.", "doktor", "doctorado", "doutorado", "dottorato", "doctoral degree"],
}
# Abbreviations Indian resumes use for management, IT and pharmacy degrees and diplomas.
EXTRA["certificate"] += ["pgdbm", "pgdhrm", "pgdca", "pgdmm", "pgdib"]
EXTRA["bachelor"] += ["bms", "bbm", "b.b.m", "b.b.m.", "b.sc.it", "b.sc. it", "bscit", "bsc it", "b.pharma", "b.des", "bhm", "bba llb"]
EXTRA["master"] += ["mms", "m.sc.it", "m.sc. it", "msc it", "mscit", "mcs", "m.pharma", "m.des", "pgp"]
EXTRA["highschool"] += ["puc", "p.u.c", "p.u.c.", "pre-university", "h.s.c", "h.s.c.", "s.s.c", "s.s.c."]
for lvl, spellings in EXTRA.items():
    for s in spellings:
        degrees[s.lower()] = lvl
write("degrees.tsv", [f"{s}\t{l}" for s, l in sorted(degrees.items())])

# ---------------------------------------------------------------- universities
unis = set()
for r in rows("education/world_universities.csv"):
    unis.add(clean(r["name"]) + "\t" + clean(r["alpha_two_code"]))
for r in rows("education/uk_degree_awarding_institutions.csv"):
    if not r["closed"]:
        unis.add(clean(r["name"]) + "\tGB")
write("universities.tsv", sorted(unis))

# ---------------------------------------------------------------- places
# Countries, states and provinces the university list names, and the places its "University of X" names hold
# when no word of them is a common English word ("University of Chicago", not "University of Technology").
# Resume lines name them beside employers and schools ("Infosys Ltd, Hyderabad", "Nepal").
common_30k = {w for w, r in word_rank.items() if r <= 30000}
places = set()
UNIVERSITY_OF = re.compile(r"^(?:University|Universidad|Université|Universidade|Università|Universiti|Universitas) "
                           r"(?:of|de|do|da|di) ([A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)$")
for r in rows("education/world_universities.csv"):
    for v in (clean(r["country"]), clean(r["state_province"])):
        if v and v.lower() != "null":
            places.add(v)
    m = UNIVERSITY_OF.match(clean(r["name"]))
    if m and all(w.lower() not in common_30k for w in m.group(1).split()):
        places.add(m.group(1))
US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
             "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
             "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
             "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
             "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
             "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia"]
places.update(US_STATES)
places.update(["USA", "U.S.A.", "U.S.", "US", "UK", "U.K.", "UAE", "U.A.E.", "United States", "United States of America",
               "England", "Scotland", "Wales", "Northern Ireland", "Great Britain"])
write("places.txt", sorted(places, key=lambda x: (x.lower(), x)))

# ---------------------------------------------------------------- names
given = {}
for r in rows("names/forenames_by_country.csv"):
    n = clean(r["romanized_name"] or r["localized_name"])
    if n and " " not in n:
        given[n.lower()] = n
for r in rows("names/us_ssa_first_names.csv"):
    if int(r["total_births_1880_2020"] or 0) >= 500:
        given.setdefault(r["name"].lower(), r["name"])
sur = {}
for r in rows("names/surnames_by_country.csv"):
    for n in (r["romanized_name"], r["localized_name"]):
        n = clean(n)
        if n and " " not in n:
            sur[n.lower()] = n
write("given-names.txt", sorted(given))
write("surnames.txt", sorted(sur))

# ---------------------------------------------------------------- resume language
heads = {}
SECTION_FIX = {"awards": "awards", "honors": "awards", "honours": "awards", "accolades": "awards",
               "languages": "languages", "interests": "interests", "publications": "publications",
               "volunteer experience": "volunteer", "volunteer work": "volunteer", "objective": "summary",
               "career objective": "summary", "professional summary": "summary", "resume summary": "summary",
               "professional profile": "summary", "personal statement": "summary", "career goals": "summary",
               "objectives": "summary", "professional objective": "summary", "resume objective": "summary",
               "courses": "education", "academic coursework": "education", "internships": "experience",
               "presentations": "publications", "professional presentations": "publications",
               "accomplishments": "awards", "fellowships": "awards", "scholarships": "awards"}
for r in rows("resume_language/section_headings.csv"):
    h = r["heading"].strip().lower()
    heads[h] = SECTION_FIX.get(h, r["section"].split("|")[0])
for h, s in [("summary", "summary"), ("profile", "summary"), ("about me", "summary"), ("about", "summary"),
             ("career summary", "summary"), ("executive summary", "summary"), ("personal summary", "summary"),
             ("summary of qualifications", "summary"), ("professional experience", "experience"),
             ("experience", "experience"), ("work experience", "experience"), ("relevant experience", "experience"),
             ("career history", "experience"), ("employment", "experience"), ("professional history", "experience"),
             ("academic career", "experience"), ("positions", "experience"), ("career", "experience"),
             ("education", "education"), ("academic background", "education"), ("academic qualifications", "education"),
             ("qualifications", "education"), ("educational qualifications", "education"), ("academics", "education"),
             ("education and qualifications", "education"), ("technical skills", "skills"), ("skills", "skills"),
             ("core competencies", "skills"), ("competencies", "skills"), ("key skills", "skills"),
             ("technologies", "skills"), ("tools", "skills"), ("expertise", "skills"), ("areas of expertise", "skills"),
             ("skill highlights", "skills"), ("highlights", "skills"), ("strengths", "skills"), ("it skills", "skills"),
             ("skills & abilities", "skills"), ("skills and abilities", "skills"), ("technical proficiencies", "skills"),
             ("projects", "projects"), ("personal projects", "projects"), ("academic projects", "projects"),
             ("key projects", "projects"), ("selected projects", "projects"), ("certifications", "certifications"),
             ("certificates", "certifications"), ("licenses", "certifications"), ("licenses and certifications", "certifications"),
             ("licenses & certifications", "certifications"), ("training", "certifications"),
             ("languages", "languages"), ("language skills", "languages"), ("spoken languages", "languages"),
             ("awards", "awards"), ("honors and awards", "awards"), ("awards and honors", "awards"),
             ("honors & awards", "awards"), ("achievements", "awards"), ("awards & achievements", "awards"),
             ("publications", "publications"), ("research", "publications"), ("volunteering", "volunteer"),
             ("volunteer", "volunteer"), ("interests", "interests"), ("hobbies", "interests"),
             ("hobbies and interests", "interests"), ("references", "references"), ("contact", "contact"),
             ("contact information", "contact"), ("personal information", "contact"), ("personal details", "contact"),
             ("personal data", "contact"), ("contact details", "contact"), ("additional information", "other"),
             ("extracurricular activities", "other"), ("activities", "other"), ("leadership", "other"),
             ("memberships", "other"), ("professional memberships", "other"), ("affiliations", "other"),
             ("professional affiliations", "other"), ("associations", "other"), ("professional associations", "other"),
             ("memberships and affiliations", "other"), ("professional organizations", "other"),
             ("honors awards and memberships", "awards"), ("awards and memberships", "awards"),
             ("leadership and activities", "other"), ("campus involvement", "other"),
             ("skills and studies", "skills"), ("relevant college studies and skills", "skills"), ("relevant coursework", "education"),
             ("externships", "experience"), ("internships and externships", "experience"), ("work history", "experience"),
             ("employment history", "experience"), ("career progression", "experience"), ("organisational experience", "experience"),
             ("organizational experience", "experience"), ("professional background", "experience")]:
    heads[h] = s
write("section-headings.tsv", [f"{h}\t{s}" for h, s in sorted(heads.items())])
verbs = sorted({r["verb"].strip().lower() for r in rows("resume_language/action_verbs.csv") if r["verb"].strip()})
write("action-verbs.txt", verbs)
langs = sorted({clean(r["preferred_label"]) for r in rows("skills/esco_language_skills.csv")
                if r["skill_type"] == "knowledge" and len(clean(r["preferred_label"]).split()) <= 2 and "(" not in r["preferred_label"]})
langs = sorted(set(langs) | {"Mandarin", "Chinese", "Cantonese", "Tamil", "Telugu", "Marathi", "Bengali", "Urdu",
    "Punjabi", "Gujarati", "Kannada", "Malayalam", "Tagalog", "Filipino", "Swahili", "Persian", "Farsi", "Hebrew",
    "Indonesian", "Malay", "Vietnamese", "Thai", "Korean", "Japanese", "Turkish", "Russian", "Portuguese", "Spanish",
    "French", "Italian", "Dutch", "Polish", "Ukrainian", "Greek", "Romanian", "Czech", "Hungarian", "Swedish",
    "Norwegian", "Danish", "Finnish", "Afrikaans", "Zulu", "Amharic", "Nepali", "Sinhala", "Catalan"})
write("languages.txt", langs)
print(f"skills={len(skills)} titles={len(titles)} degrees={len(degrees)} universities={len(unis)} "
      f"given={len(given)} surnames={len(sur)} headings={len(heads)} verbs={len(verbs)}")
