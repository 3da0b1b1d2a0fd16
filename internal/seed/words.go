package seed

// The word lists below name the activity types and give the title and text templates that
// describe activities, with the phrases that fill some of their slots.

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
