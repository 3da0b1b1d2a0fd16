package seed

import "strings"

// The word lists below are the raw material of demo activities: topics with the IP areas and
// SDGs they fit, title and text templates, and reference names of offices, cities and languages.

// topic is a subject an activity can be about, with what it fits.
type topic struct {
	phrase    string
	areas     []string // ip_areas.code
	sdgs      []int16  // the best fitting first
	audiences []string
	details   []string // what sessions on the topic cover
}

var (
	audBusiness  = []string{"SMEs", "start-ups", "women entrepreneurs", "chambers of commerce", "exporters", "business support organisations", "young entrepreneurs", "industry associations"}
	audResearch  = []string{"universities and research institutions", "technology transfer offices", "researchers and inventors", "university technology managers", "science and technology parks", "women inventors"}
	audProducers = []string{"coffee producers", "cocoa producers", "tea growers", "wine producers", "handicraft producers", "producers' associations", "rice farmers", "spice producers", "cheese makers", "textile artisans"}
	audEnforce   = []string{"judges", "prosecutors", "customs officials", "police officers", "enforcement officials", "lawyers and IP practitioners"}
	audOffice    = []string{"patent examiners", "trademark examiners", "IP office staff", "IP office managers", "industrial design examiners", "IT staff of IP offices"}
	audCreative  = []string{"musicians and composers", "authors and publishers", "film and audiovisual producers", "collective management organisations", "software developers", "the creative industries", "visual artists"}
	audCommunity = []string{"indigenous peoples and local communities", "traditional healers", "craftspeople", "community leaders", "museums and archives"}
	audPolicy    = []string{"policymakers", "senior government officials", "diplomats and trade negotiators", "parliamentarians", "national IP focal points"}
	audAgri      = []string{"plant breeders", "seed companies", "agricultural research institutes", "farmers' organisations"}
	audHealth    = []string{"pharmaceutical manufacturers", "health ministry officials", "medicines regulators"}
	audEducation = []string{"teachers and students", "university lecturers", "librarians", "IP trainers"}
)

var (
	detPatents   = []string{"patent search strategies", "claim drafting", "the use of free patent databases", "novelty and inventive step", "patent landscape reports", "the patenting process abroad"}
	detMarks     = []string{"the choice of a distinctive mark", "trademark searches", "opposition and cancellation procedures", "brand management", "the registration of marks abroad"}
	detDesigns   = []string{"the novelty of designs", "design registration procedures", "design strategies for exporters", "the protection of product packaging"}
	detGIs       = []string{"product specifications", "the governance of producers' associations", "quality control schemes", "the marketing of origin-linked products", "the registration of GIs abroad"}
	detCopyright = []string{"licensing of works", "the role of collective management organisations", "exceptions and limitations", "online distribution of content", "rights management information"}
	detTK        = []string{"documentation of traditional knowledge", "prior informed consent", "benefit-sharing agreements", "community protocols", "defensive protection"}
	detPlants    = []string{"distinctness, uniformity and stability testing", "the farmers' exception", "variety denominations", "licensing of protected varieties"}
	detEnforce   = []string{"civil and criminal remedies", "the detection of counterfeit goods", "evidence in IP cases", "cooperation between agencies", "online infringement"}
	detTransfer  = []string{"licensing negotiations", "IP valuation", "the drafting of licence agreements", "spin-off creation", "technology marketing"}
	detPolicy    = []string{"the assessment of national needs", "consultation of stakeholders", "monitoring and evaluation", "coordination between ministries", "international obligations"}
	detOffice    = []string{"business process reengineering", "data quality", "electronic filing", "the digitisation of paper files", "performance indicators", "user services"}
	detInnov     = []string{"IP audits", "access to finance", "IP strategies for enterprises", "support services for inventors", "the use of IP in business plans"}
)

var topics = []topic{
	{"patent information", []string{"patents", "innovation_support"}, []int16{9, 8}, audBusiness, detPatents},
	{"patent drafting", []string{"patents"}, []int16{9, 4}, audResearch, detPatents},
	{"patent search and examination", []string{"patents", "ip_office_administration"}, []int16{9, 16}, audOffice, detPatents},
	{"utility models and incremental innovation", []string{"patents", "innovation_support"}, []int16{9, 8}, audBusiness, detPatents},
	{"trademarks and branding", []string{"trademarks"}, []int16{8, 9}, audBusiness, detMarks},
	{"trademark examination", []string{"trademarks", "ip_office_administration"}, []int16{9, 16}, audOffice, detMarks},
	{"collective and certification marks", []string{"trademarks", "geographical_indications"}, []int16{8, 2}, audProducers, detMarks},
	{"industrial designs for the fashion and furniture sectors", []string{"industrial_designs"}, []int16{8, 9, 12}, audBusiness, detDesigns},
	{"the protection of industrial designs", []string{"industrial_designs"}, []int16{9, 8}, audBusiness, detDesigns},
	{"geographical indications", []string{"geographical_indications"}, []int16{2, 8, 12}, audProducers, detGIs},
	{"the registration of geographical indications", []string{"geographical_indications", "ip_office_administration"}, []int16{8, 2}, audProducers, detGIs},
	{"origin-based branding of agricultural products", []string{"geographical_indications", "trademarks"}, []int16{2, 8, 1}, audProducers, detGIs},
	{"copyright and related rights", []string{"copyright"}, []int16{8, 4}, audCreative, detCopyright},
	{"collective management of copyright", []string{"copyright"}, []int16{8, 17}, audCreative, detCopyright},
	{"copyright in the digital environment", []string{"copyright", "enforcement"}, []int16{9, 8, 4}, audCreative, detCopyright},
	{"accessible books for visually impaired persons", []string{"copyright"}, []int16{4, 10}, audEducation, detCopyright},
	{"the protection of traditional knowledge", []string{"traditional_knowledge"}, []int16{10, 15, 2}, audCommunity, detTK},
	{"traditional cultural expressions and crafts", []string{"traditional_knowledge", "copyright"}, []int16{8, 11, 10}, audCommunity, detTK},
	{"genetic resources and associated traditional knowledge", []string{"genetic_resources", "traditional_knowledge"}, []int16{15, 14, 2}, audCommunity, detTK},
	{"disclosure of genetic resources in patent applications", []string{"genetic_resources", "patents"}, []int16{15, 9}, audOffice, detTK},
	{"plant variety protection", []string{"plant_varieties"}, []int16{2, 15}, audAgri, detPlants},
	{"plant breeders' rights and seed systems", []string{"plant_varieties", "technology_transfer"}, []int16{2, 1}, audAgri, detPlants},
	{"the enforcement of intellectual property rights", []string{"enforcement"}, []int16{16, 8}, audEnforce, detEnforce},
	{"border measures against counterfeit goods", []string{"enforcement", "trademarks"}, []int16{16, 3, 8}, audEnforce, detEnforce},
	{"IP dispute resolution and mediation", []string{"enforcement", "ip_policy"}, []int16{16, 8}, audEnforce, detEnforce},
	{"technology transfer and licensing", []string{"technology_transfer", "patents"}, []int16{9, 17}, audResearch, detTransfer},
	{"the valuation and commercialisation of IP assets", []string{"technology_transfer", "innovation_support"}, []int16{8, 9}, audBusiness, detTransfer},
	{"university IP policies", []string{"technology_transfer", "ip_policy"}, []int16{4, 9}, audResearch, detTransfer},
	{"green technologies and climate change", []string{"technology_transfer", "patents"}, []int16{13, 7, 9}, audResearch, detTransfer},
	{"national IP strategies", []string{"ip_policy"}, []int16{17, 9, 8}, audPolicy, detPolicy},
	{"IP and public health", []string{"ip_policy", "patents"}, []int16{3, 17}, audHealth, detPolicy},
	{"IP in trade agreements", []string{"ip_policy"}, []int16{17, 8}, audPolicy, detPolicy},
	{"IP and artificial intelligence", []string{"ip_policy", "patents", "copyright"}, []int16{9}, audPolicy, detPolicy},
	{"IP teaching and education", []string{"ip_policy", "copyright"}, []int16{4}, audEducation, detPolicy},
	{"IP management and commercialisation", []string{"innovation_support", "trademarks"}, []int16{8, 9}, audBusiness, detInnov},
	{"technology and innovation support centres", []string{"innovation_support", "patents"}, []int16{9, 4}, audResearch, detInnov},
	{"IP and gender equality in innovation", []string{"innovation_support", "ip_policy"}, []int16{5, 8, 9}, audBusiness, detInnov},
	{"IP-backed finance for innovative firms", []string{"innovation_support"}, []int16{8, 9}, audBusiness, detInnov},
	{"IP for tourism and gastronomy", []string{"trademarks", "geographical_indications"}, []int16{8, 12}, audBusiness, detMarks},
	{"IP in the agri-food sector", []string{"plant_varieties", "geographical_indications", "trademarks"}, []int16{2, 12}, audAgri, detGIs},
	{"quality management in IP offices", []string{"ip_office_administration"}, []int16{16, 9}, audOffice, detOffice},
}

// systems are what office modernisation projects work on.
var systems = []topic{
	{"the trademark registration system", []string{"ip_office_administration", "trademarks"}, []int16{9, 16}, audOffice, detOffice},
	{"the patent administration system", []string{"ip_office_administration", "patents"}, []int16{9, 16}, audOffice, detOffice},
	{"the industrial property registry", []string{"ip_office_administration", "trademarks", "industrial_designs"}, []int16{9, 16}, audOffice, detOffice},
	{"the online filing system", []string{"ip_office_administration"}, []int16{9, 16}, audOffice, detOffice},
	{"the patent search infrastructure", []string{"ip_office_administration", "patents"}, []int16{9}, audOffice, detOffice},
	{"the electronic IP gazette", []string{"ip_office_administration"}, []int16{9, 16}, audOffice, detOffice},
	{"the register of geographical indications", []string{"ip_office_administration", "geographical_indications"}, []int16{9, 2}, audOffice, detOffice},
	{"the copyright registration system", []string{"ip_office_administration", "copyright"}, []int16{9, 8}, audOffice, detOffice},
	{"the royalty distribution system", []string{"copyright", "ip_office_administration"}, []int16{8, 9}, audCreative, detCopyright},
	{"the plant variety registry", []string{"ip_office_administration", "plant_varieties"}, []int16{2, 9}, audOffice, detPlants},
}

// laws are what legislative advice is about.
var laws = []topic{
	{"the industrial property law", []string{"ip_policy", "patents", "trademarks"}, []int16{16, 9}, audPolicy, detPolicy},
	{"the copyright law", []string{"ip_policy", "copyright"}, []int16{16, 8}, audPolicy, detCopyright},
	{"the patent regulations", []string{"ip_policy", "patents"}, []int16{16, 9}, audPolicy, detPatents},
	{"the law on geographical indications", []string{"ip_policy", "geographical_indications"}, []int16{2, 16}, audPolicy, detGIs},
	{"the plant variety protection act", []string{"ip_policy", "plant_varieties"}, []int16{2, 16}, audPolicy, detPlants},
	{"the trademark law", []string{"ip_policy", "trademarks"}, []int16{16, 8}, audPolicy, detMarks},
	{"a national IP policy", []string{"ip_policy"}, []int16{17, 9, 16}, audPolicy, detPolicy},
	{"border measures legislation", []string{"ip_policy", "enforcement"}, []int16{16}, audEnforce, detEnforce},
	{"a law on traditional knowledge", []string{"ip_policy", "traditional_knowledge"}, []int16{10, 16}, audCommunity, detTK},
	{"access and benefit-sharing regulations", []string{"ip_policy", "genetic_resources"}, []int16{15, 16}, audPolicy, detTK},
}

// typeCodes are activity_types.code; typeWeights say how common each is.
var (
	typeCodes   = []string{"training", "seminar", "workshop", "conference", "study_visit", "expert_mission", "advisory", "office_modernisation", "awareness", "fellowship"}
	typeWeights = []int{15, 15, 18, 7, 10, 8, 6, 6, 8, 7}
	typeNouns   = []string{"training course", "seminar", "workshop", "conference", "study visit", "expert mission", "advisory mission", "modernisation project", "awareness campaign", "fellowship"}
)

// titleTemplates are indexed like typeCodes. {system} and {law} stand for the topic and pick its list.
var titleTemplates = [][]string{
	{"{scope} training course on {topic} for {aud}", "Training of trainers on {topic}", "{scope} training programme on {topic} for {aud}", "Advanced training course on {topic} for {aud}", "Distance learning course on {topic}"},
	{"{scope} seminar on {topic} for {aud}", "{scope} roving seminar on {topic} for {aud}", "{scope} seminar on {topic}", "Seminar on {topic} for {aud} of {region}"},
	{"{scope} workshop on {topic} for {aud}", "Practical workshop on {topic}", "Hands-on workshop on {topic} for {aud}", "{scope} workshop on {topic} in {region}"},
	{"{scope} conference on {topic}", "High-level conference on {topic}", "{scope} forum on {topic} for {aud}"},
	{"Study visit of {aud} to {office}", "Study visit of {aud} from {countries} to {office}", "Study visit to {office} on {topic}", "Exchange visit of {aud} on {topic}"},
	{"Expert mission on {topic}", "Expert mission on the modernisation of {system}", "Expert mission to {countries} on {topic}", "Needs assessment mission on {topic}"},
	{"Legislative advice on {law}", "Advice on the drafting of {law}", "Advisory services on {topic} for {countries}", "Review of {law} of {countries}"},
	{"Modernisation of {system}", "Digitisation of {system} of {countries}", "Automation of {system}", "Upgrade of {system} of {countries}"},
	{"Awareness-raising campaign on {topic} for {aud}", "{scope} awareness day on {topic}", "IP awareness week for {aud}", "Exhibition on {topic} for {aud}"},
	{"Fellowship programme on {topic} at {office}", "Long-term fellowship for {aud} at {office}", "Research fellowship on {topic}", "Internship of {aud} at {office}"},
}

var summaryOpenings = []string{
	"{Akind} on {topic} for {aud} from {countries}.",
	"Organised by {org}, the {kind} brought together {aud} from {countries} to work on {topic}.",
	"Experts from {providers} shared their experience of {topic} with {aud} from {countries}.",
	"This {kind} helped {countries} strengthen national capacity in {topic}.",
}

var summaryClosings = []string{
	"Sessions covered {d1} and {d2}.",
	"The programme focused on {d1}.",
	"Participants worked on {d1} through case studies and practical exercises.",
	"",
}

var descriptionContexts = []string{
	"Strengthening capacity in {topic} is a priority for {countries}.",
	"The activity responded to a request from {countries} for support on {topic}.",
	"Demand for support on {topic} has grown as {aud} seek to make better use of the IP system.",
}

var descriptionBodies = []string{
	"The programme combined presentations by experts from {providers} with {method}, and covered {d1}, {d2} and {d3}.",
	"Topics included {d1}, {d2} and {d3}; experts from {providers} led {method}.",
	"Experts from {providers} introduced {d1} and {d2}, followed by {method}.",
}

var descriptionClosings = []string{
	"It was organised by {org}{support}.",
	"The {kind} was organised by {org}{support}, and participants agreed on follow-up actions for the coming year.",
}

var methods = []string{"case studies", "group exercises", "site visits", "field visits", "peer-to-peer exchanges", "round-table discussions", "practical exercises"}

var expectedResults = []string{
	"Strengthened capacity of {aud} in {topic}.",
	"Improved understanding of {topic} among {aud}.",
	"A draft action plan on {topic} for {countries}.",
	"Increased and better-informed use of the IP system by {aud}.",
	"A network of practitioners in {topic} that continues to share experience.",
}

var outcomeSentences = []string{
	"A follow-up mentoring programme was agreed.",
	"Three pilot projects were launched after the activity.",
	"A network of national focal points was set up.",
	"Participants rated the activity 4.5 out of 5.",
	"A national action plan was drafted and submitted to the government.",
	"Course materials were translated and shared with national institutions.",
	"Two participating institutions signed a cooperation agreement.",
}

// scopes name the reach of an event by how many beneficiaries it has.
var (
	scopeSingle = []string{"National"}
	scopeGroup  = []string{"Regional", "Subregional"}
	scopeWide   = []string{"Interregional", "International"}
)

// groupNames turns M49 intermediate regions and sub-regions into the names used in titles.
var groupNames = map[string]string{
	"Eastern Africa": "East Africa", "Western Africa": "West Africa", "Middle Africa": "Central Africa",
	"Southern Africa": "Southern Africa", "Northern Africa": "North Africa", "Caribbean": "the Caribbean",
	"Central America": "Central America", "South America": "South America", "South-eastern Asia": "South-East Asia",
	"Southern Asia": "South Asia", "Eastern Asia": "East Asia", "Central Asia": "Central Asia",
	"Western Asia": "West Asia", "Eastern Europe": "Eastern Europe", "Southern Europe": "South-East Europe",
	"Melanesia": "the Pacific", "Micronesia": "the Pacific", "Polynesia": "the Pacific",
}

// regionNames are M49 regions as they read in titles.
var regionNames = map[string]string{"Africa": "Africa", "Americas": "the Americas", "Asia": "Asia", "Europe": "Europe", "Oceania": "the Pacific"}

// proseNames are country names as they read in running text.
var proseNames = map[string]string{
	"BOL": "Bolivia", "VEN": "Venezuela", "IRN": "Iran", "FSM": "Micronesia", "GBR": "the United Kingdom",
	"USA": "the United States", "NLD": "the Netherlands", "PHL": "the Philippines", "DOM": "the Dominican Republic",
	"CAF": "the Central African Republic", "COD": "the Democratic Republic of the Congo", "COG": "the Congo",
	"GMB": "the Gambia", "BHS": "the Bahamas", "MDV": "Maldives", "ARE": "the United Arab Emirates",
	"RUS": "the Russian Federation", "KOR": "the Republic of Korea", "MDA": "the Republic of Moldova",
	"TZA": "the United Republic of Tanzania", "SYR": "the Syrian Arab Republic", "LAO": "the Lao People's Democratic Republic",
	"NER": "the Niger", "SDN": "the Sudan", "COM": "the Comoros", "MHL": "the Marshall Islands", "CZE": "Czechia",
}

// offices are the IP offices and agencies that host visits and organise activities.
var offices = map[string]string{
	"BRA": "National Institute of Industrial Property (INPI) of Brazil",
	"CHN": "China National Intellectual Property Administration (CNIPA)",
	"IND": "Office of the Controller General of Patents, Designs and Trade Marks of India",
	"KOR": "Korean Intellectual Property Office (KIPO)",
	"ZAF": "Companies and Intellectual Property Commission (CIPC) of South Africa",
	"EGY": "Egyptian Patent Office",
	"MEX": "Mexican Institute of Industrial Property (IMPI)",
	"ARG": "National Institute of Industrial Property (INPI) of Argentina",
	"CHL": "National Institute of Industrial Property (INAPI) of Chile",
	"COL": "Superintendence of Industry and Commerce (SIC) of Colombia",
	"PER": "National Institute for the Defence of Competition and Intellectual Property (INDECOPI) of Peru",
	"CUB": "Cuban Industrial Property Office (OCPI)",
	"URY": "National Directorate of Industrial Property (DNPI) of Uruguay",
	"MAR": "Moroccan Industrial and Commercial Property Office (OMPIC)",
	"TUN": "National Institute for Standardization and Industrial Property (INNORPI) of Tunisia",
	"TUR": "Turkish Patent and Trademark Office",
	"SGP": "Intellectual Property Office of Singapore (IPOS)",
	"MYS": "Intellectual Property Corporation of Malaysia (MyIPO)",
	"THA": "Department of Intellectual Property of Thailand",
	"IDN": "Directorate General of Intellectual Property of Indonesia",
	"PHL": "Intellectual Property Office of the Philippines (IPOPHL)",
	"VNM": "Intellectual Property Office of Viet Nam",
	"KEN": "Kenya Industrial Property Institute (KIPI)",
	"NGA": "Trademarks, Patents and Designs Registry of Nigeria",
	"RUS": "Federal Service for Intellectual Property (Rospatent)",
	"UKR": "Ukrainian National Office for Intellectual Property and Innovations (UANIPIO)",
	"KAZ": "National Institute of Intellectual Property of Kazakhstan",
	"SAU": "Saudi Authority for Intellectual Property (SAIP)",
	"JPN": "Japan Patent Office (JPO)",
	"USA": "United States Patent and Trademark Office (USPTO)",
	"FRA": "National Institute of Industrial Property (INPI) of France",
	"ESP": "Spanish Patent and Trademark Office (OEPM)",
	"PRT": "National Institute of Industrial Property (INPI) of Portugal",
	"DEU": "German Patent and Trade Mark Office (DPMA)",
	"GBR": "Intellectual Property Office of the United Kingdom",
	"AUS": "IP Australia",
	"CAN": "Canadian Intellectual Property Office (CIPO)",
	"CHE": "Swiss Federal Institute of Intellectual Property",
}

// organisations are the organisations table of migration 00004.
var organisations = map[string]string{
	"AFDB": "African Development Bank", "ARIPO": "African Regional Intellectual Property Organization",
	"ASEAN": "Association of Southeast Asian Nations", "AU": "African Union", "EAPO": "Eurasian Patent Organization",
	"EPO": "European Patent Organisation", "GCCPO": "Patent Office of the Cooperation Council for the Arab States of the Gulf",
	"ISDB": "Islamic Development Bank", "OAPI": "African Intellectual Property Organization",
	"UNCTAD": "United Nations Conference on Trade and Development", "UNDP": "United Nations Development Programme",
	"UNIDO": "United Nations Industrial Development Organization", "UNOSSC": "United Nations Office for South-South Cooperation",
	"WB": "World Bank", "WTO": "World Trade Organization",
}

// ministries organise activities when no IP office does, unless ministryByArea names one.
var ministries = []string{"Trade and Industry", "Industry and Commerce", "Economy", "Foreign Affairs"}

// languages lists the working languages of countries; any other country works in English.
var languages = []struct{ langs, iso3s string }{
	{"es", "ARG BOL CHL COL CRI CUB DOM ECU ESP GTM HND MEX NIC PAN PER PRY SLV URY VEN GNQ"},
	{"pt", "BRA PRT AGO MOZ CPV GNB STP TLS"},
	{"fr", "FRA BEN BFA CAF CIV COD COG GAB GIN MLI NER SEN TCD TGO HTI MDG BDI"},
	{"fr en", "CMR"},
	{"en fr", "CAN RWA SYC MUS VUT"},
	{"ar", "EGY SAU ARE BHR QAT KWT OMN JOR LBN SYR IRQ YEM LBY SDN"},
	{"ar fr", "MAR TUN DZA MRT DJI COM"},
	{"ru", "RUS BLR KAZ KGZ TJK UZB TKM ARM AZE"},
	{"zh", "CHN"},
}

// cities are the capital and major cities of countries that often host activities.
var cities = map[string]string{
	"AFG": "Kabul", "AGO": "Luanda|Benguela", "ALB": "Tirana", "ARE": "Abu Dhabi|Dubai", "ARG": "Buenos Aires|Córdoba|Mendoza",
	"ARM": "Yerevan", "AUS": "Canberra|Sydney|Melbourne", "AZE": "Baku", "BDI": "Gitega|Bujumbura", "BEN": "Cotonou|Porto-Novo",
	"BFA": "Ouagadougou|Bobo-Dioulasso", "BGD": "Dhaka|Chattogram", "BIH": "Sarajevo", "BLR": "Minsk", "BOL": "La Paz|Santa Cruz de la Sierra",
	"BRA": "Brasília|Rio de Janeiro|São Paulo|Recife", "BRB": "Bridgetown", "BTN": "Thimphu", "BWA": "Gaborone", "CAN": "Ottawa|Montreal",
	"CHE": "Geneva|Bern", "CHL": "Santiago|Valparaíso", "CHN": "Beijing|Shanghai|Shenzhen", "CIV": "Abidjan|Yamoussoukro", "CMR": "Yaoundé|Douala",
	"COD": "Kinshasa|Lubumbashi", "COG": "Brazzaville", "COL": "Bogotá|Medellín|Cartagena", "CPV": "Praia", "CRI": "San José",
	"CUB": "Havana", "DEU": "Berlin|Munich", "DOM": "Santo Domingo", "DZA": "Algiers|Oran", "ECU": "Quito|Guayaquil",
	"EGY": "Cairo|Alexandria", "ESP": "Madrid|Alicante|Barcelona", "ETH": "Addis Ababa", "FJI": "Suva", "FRA": "Paris|Strasbourg|Lyon",
	"GAB": "Libreville", "GBR": "London|Newport", "GEO": "Tbilisi", "GHA": "Accra|Kumasi", "GIN": "Conakry",
	"GTM": "Guatemala City", "HND": "Tegucigalpa", "HTI": "Port-au-Prince", "IDN": "Jakarta|Denpasar|Surabaya", "IND": "New Delhi|Mumbai|Chennai|Kolkata",
	"IRN": "Tehran", "JAM": "Kingston", "JOR": "Amman", "JPN": "Tokyo|Osaka", "KAZ": "Astana|Almaty",
	"KEN": "Nairobi|Mombasa", "KGZ": "Bishkek", "KHM": "Phnom Penh|Siem Reap", "KOR": "Seoul|Daejeon", "LAO": "Vientiane",
	"LBN": "Beirut", "LKA": "Colombo", "MAR": "Rabat|Casablanca", "MDA": "Chișinău", "MDG": "Antananarivo",
	"MEX": "Mexico City|Guadalajara|Monterrey", "MKD": "Skopje", "MLI": "Bamako", "MMR": "Nay Pyi Taw|Yangon", "MNG": "Ulaanbaatar",
	"MOZ": "Maputo", "MRT": "Nouakchott", "MUS": "Port Louis", "MWI": "Lilongwe|Blantyre", "MYS": "Kuala Lumpur|Penang",
	"NAM": "Windhoek", "NER": "Niamey", "NGA": "Abuja|Lagos", "NIC": "Managua", "NPL": "Kathmandu",
	"OMN": "Muscat", "PAK": "Islamabad|Lahore|Karachi", "PAN": "Panama City", "PER": "Lima|Cusco", "PHL": "Manila|Cebu",
	"PNG": "Port Moresby", "PRT": "Lisbon|Porto", "PRY": "Asunción", "QAT": "Doha", "RUS": "Moscow|Saint Petersburg",
	"RWA": "Kigali", "SAU": "Riyadh|Jeddah", "SDN": "Khartoum", "SEN": "Dakar", "SGP": "Singapore",
	"SLV": "San Salvador", "SRB": "Belgrade", "TCD": "N'Djamena", "TGO": "Lomé", "THA": "Bangkok|Chiang Mai",
	"TJK": "Dushanbe", "TLS": "Dili", "TTO": "Port of Spain", "TUN": "Tunis", "TUR": "Ankara|Istanbul",
	"TZA": "Dodoma|Dar es Salaam|Arusha", "UGA": "Kampala", "UKR": "Kyiv", "URY": "Montevideo", "USA": "Washington, D.C.|New York",
	"UZB": "Tashkent|Samarkand", "VEN": "Caracas", "VNM": "Hanoi|Ho Chi Minh City", "WSM": "Apia", "ZAF": "Pretoria|Johannesburg|Cape Town",
	"ZMB": "Lusaka", "ZWE": "Harare", "ATG": "St. John's", "BHR": "Manama", "BHS": "Nassau",
	"BLZ": "Belmopan|Belize City", "BRN": "Bandar Seri Begawan", "CAF": "Bangui", "COM": "Moroni", "DJI": "Djibouti",
	"DMA": "Roseau", "ERI": "Asmara", "FSM": "Palikir", "GMB": "Banjul", "GNB": "Bissau",
	"GNQ": "Malabo", "GRD": "St. George's", "GUY": "Georgetown", "IRQ": "Baghdad|Erbil", "ISR": "Jerusalem|Tel Aviv",
	"KIR": "Tarawa", "KNA": "Basseterre", "KWT": "Kuwait City", "LBR": "Monrovia", "LBY": "Tripoli",
	"LCA": "Castries", "LSO": "Maseru", "MDV": "Malé", "MHL": "Majuro", "MNE": "Podgorica",
	"NRU": "Yaren", "PLW": "Ngerulmud|Koror", "SLB": "Honiara", "SLE": "Freetown", "SOM": "Mogadishu",
	"SSD": "Juba", "STP": "São Tomé", "SUR": "Paramaribo", "SWZ": "Mbabane", "SYC": "Victoria",
	"SYR": "Damascus", "TKM": "Ashgabat", "TON": "Nuku'alofa", "TUV": "Funafuti", "VCT": "Kingstown",
	"VUT": "Port Vila", "YEM": "Sana'a|Aden", "ITA": "Rome", "NLD": "The Hague", "SWE": "Stockholm",
	"NOR": "Oslo", "FIN": "Helsinki", "DNK": "Copenhagen", "AUT": "Vienna", "HUN": "Budapest",
	"CZE": "Prague", "POL": "Warsaw", "NZL": "Wellington",
}

// Providers and facilitators, weighted by how often they take part; ones missing from the
// country list or with another status there are skipped.
var (
	southProviders = map[string]int{
		"CHN": 3, "IND": 3, "BRA": 3, "KOR": 3, "ZAF": 2, "EGY": 2, "MEX": 2, "MAR": 2, "SGP": 2, "RUS": 2,
		"ARG": 1, "CHL": 1, "COL": 1, "PER": 1, "CUB": 1, "URY": 1, "CRI": 1, "TUN": 1, "TUR": 1, "MYS": 1,
		"THA": 1, "IDN": 1, "PHL": 1, "VNM": 1, "KEN": 1, "NGA": 1, "GHA": 1, "SEN": 1, "MUS": 1, "SAU": 1,
		"ARE": 1, "JOR": 1, "KAZ": 1, "UKR": 1, "BLR": 1, "PAK": 1, "LKA": 1,
	}
	northProviders = map[string]int{
		"JPN": 3, "USA": 3, "FRA": 3, "ESP": 3, "DEU": 2, "GBR": 2, "AUS": 2, "CAN": 1, "CHE": 2, "PRT": 2,
		"ITA": 1, "NLD": 1, "SWE": 1, "NOR": 1, "FIN": 1, "DNK": 1, "AUT": 1, "HUN": 1, "CZE": 1, "POL": 1, "NZL": 1,
	}
	northFacilitators = map[string]int{
		"JPN": 4, "KOR": 2, "ESP": 3, "FRA": 3, "USA": 2, "AUS": 2, "DEU": 1, "GBR": 1, "CHE": 1, "PRT": 1,
		"NOR": 1, "SWE": 1, "ITA": 1, "CAN": 1,
	}
	// excluded countries rarely take part in multilateral technical assistance.
	excluded = map[string]bool{"PRK": true, "TWN": true}
)

// regionalOrgs are the organisations that facilitate in a group of countries; globalOrgs anywhere.
var (
	regionalOrgs = map[string][]string{
		"Eastern Africa": {"ARIPO", "AU", "AFDB"}, "Southern Africa": {"ARIPO", "AU", "AFDB"},
		"Western Africa": {"OAPI", "AU", "AFDB", "ISDB"}, "Middle Africa": {"OAPI", "AU", "AFDB"},
		"Northern Africa": {"ISDB", "AU", "AFDB"}, "Western Asia": {"GCCPO", "ISDB"}, "South-eastern Asia": {"ASEAN"},
		"Central Asia": {"EAPO", "ISDB"}, "Eastern Europe": {"EAPO", "EPO"}, "Southern Europe": {"EPO"},
	}
	globalOrgs = []string{"UNDP", "UNOSSC", "UNCTAD", "UNIDO", "WB", "WTO", "EPO"}
)

// ministryByArea names the ministry that organises activities on an IP area; others go to trade.
var ministryByArea = map[string]string{
	"copyright": "Culture", "traditional_knowledge": "Culture", "enforcement": "Justice",
	"geographical_indications": "Agriculture", "plant_varieties": "Agriculture", "genetic_resources": "Environment",
	"technology_transfer": "Higher Education and Scientific Research",
}

// slot is a placeholder in a template, filled per activity.
type slot uint8

const (
	literal slot = iota
	slotScope
	slotTopic
	slotAud
	slotOffice
	slotCountries
	slotRegion
	slotOrg
	slotKind
	slotAKind // the kind with its article, starting a sentence
	slotProviders
	slotSupport
	slotD1
	slotD2
	slotD3
	slotMethod
	slotCount
)

var slotNames = map[string]slot{
	"scope": slotScope, "topic": slotTopic, "system": slotTopic, "law": slotTopic, "aud": slotAud,
	"office": slotOffice, "countries": slotCountries, "region": slotRegion, "org": slotOrg, "kind": slotKind,
	"Akind": slotAKind, "providers": slotProviders, "support": slotSupport, "d1": slotD1, "d2": slotD2,
	"d3": slotD3, "method": slotMethod,
}

// template is a parsed text with slots; source says which topic list fills its topic slot.
type template struct {
	parts  []part
	source int // 0 topics, 1 systems, 2 laws
}

type part struct {
	slot slot
	lit  string
}

var topicSources = [][]topic{topics, systems, laws}

func parse(s string) template {
	var t template
	for s != "" {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			t.parts = append(t.parts, part{lit: s})
			break
		}
		end := strings.IndexByte(s, '}')
		name := s[open+1 : end]
		sl, ok := slotNames[name]
		if !ok {
			panic("seed: unknown slot {" + name + "} in template")
		}
		switch name {
		case "system":
			t.source = 1
		case "law":
			t.source = 2
		}
		if open > 0 {
			t.parts = append(t.parts, part{lit: s[:open]})
		}
		t.parts = append(t.parts, part{slot: sl})
		s = s[end+1:]
	}
	return t
}

func parseAll(ss []string) []template {
	ts := make([]template, len(ss))
	for i, s := range ss {
		ts[i] = parse(s)
	}
	return ts
}

var (
	titles             = make([][]template, len(titleTemplates))
	parsedOpenings     = parseAll(summaryOpenings)
	parsedClosings     = parseAll(summaryClosings)
	parsedContexts     = parseAll(descriptionContexts)
	parsedBodies       = parseAll(descriptionBodies)
	parsedDescClosings = parseAll(descriptionClosings)
	parsedExpected     = parseAll(expectedResults)
)

func init() {
	for i, ts := range titleTemplates {
		titles[i] = parseAll(ts)
	}
}

// appendTemplate writes t with the slot values v to b.
func appendTemplate(b []byte, t template, v *[slotCount]string) []byte {
	for _, p := range t.parts {
		if p.slot == literal {
			b = append(b, p.lit...)
		} else {
			b = append(b, v[p.slot]...)
		}
	}
	return b
}
