package seed

// The reference names below are how countries, regions, offices, organisations, cities and
// languages read in demo activities, and which countries and organisations take part and how often.

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
