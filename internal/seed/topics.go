package seed

// The topics below are the raw material of demo activities: what an activity is about, with the
// IP areas and SDGs it fits, who attends and what sessions cover.

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
