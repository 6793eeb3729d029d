"""Closed word classes the grammar rules consult, in one place.

These are the defaults of the components' configs (see each factory's
``default_config``), so a user can extend them without touching code.
"""

#: Head nouns (lemmas) that make a noun phrase an event mention.
EVENT_NOUNS = [
    "forum", "summit", "conference", "dialogue", "meeting", "talk", "talks", "session", "webinar", "colloquium",
    "festival", "award", "awards", "election", "visit", "trip", "convention",
    "symposium", "workshop", "seminar", "ceremony", "exhibition", "expo",
    "fair", "championship", "tournament", "olympics", "cup", "final",
    "race", "marathon", "match", "negotiation", "round", "hearing", "inquiry",
    "trial", "summit", "launch", "premiere", "gala", "retreat",
    "referendum", "campaign", "speech", "lecture", "debate", "rally", "strike",
    "protest", "concert", "tour", "contest", "event", "roundtable", "consultation",
    "riot", "march", "tribunal", "discussion", "interview", "announcement", "signing",
    "poll", "demonstration", "dinner", "lunch", "inauguration", "banquet", "luncheon", "conclave", "convocation", "hackathon", "masterclass", "panel",  # (not "reception": "a rousing reception")
    "tsunami", "earthquake", "hurricane", "cyclone", "typhoon",
]

#: Head nouns of organisations' sub-units: "X at Y" makes Y their parent.
UNIT_NOUNS = [
    "center", "centre", "school", "department", "faculty", "institute", "lab",
    "laboratory", "college", "division", "unit", "office", "programme", "program",
    "bureau", "committee", "council", "branch", "academy", "hospital", "library", "directorate",
    "museum", "clinic", "agency", "commission", "board", "service", "project", "secretariat",
]

#: Verbs whose subject takes part in the event that is their object.
PARTICIPATION_VERBS = [
    "attend", "hold", "host", "co-host", "chair", "join", "address", "organise",
    "organize", "convene", "open", "close", "participate", "headline", "sponsor",
    "stage", "lead", "moderate", "present", "win", "enter", "contest", "boycott",
    "visit", "keynote", "perform", "play", "compete", "speak", "deliver", "give",
    "co-chair", "run", "conduct", "face", "begin", "start", "resume", "hold", "tell", "feature",
    "clinch", "retain", "lift", "reach",  # (not "miss" or "skip": those did not take part)
    "pay", "make", "conduct", "undertake",  # light verbs of a visit or a speech: "paid a courtesy visit to Y"
    "conclude", "launch", "co-organise", "co-organize",  # "X and Y concluded the first Policy Dialogues"
]

#: Words for the people of a body: "staff of X", "leaders of X such as A and B".
STAFF_NOUNS = ["staff", "member", "faculty", "scholar", "expert", "official", "student", "researcher", "teacher", "leader"]

#: Nouns for the people at an event: "the crowd included X", "guests at the gala included Y".
AUDIENCE_NOUNS = ["crowd", "audience", "guest", "spectator", "attendee", "delegate", "participant", "speaker",
                  "performer", "panellist", "panelist", "invitee", "line-up", "lineup", "bill", "headliner", "visitor"]

#: People named as a group by what they are at a gathering or to a body: "attendants from X", "representatives
#: of Y", "leaders of X such as A and B".
PEOPLE_OF_BODIES = STAFF_NOUNS + AUDIENCE_NOUNS + ["attendant", "representative"]

#: What is signed at a signing: "signed a memorandum of understanding", "an MoU was signed".
AGREEMENT_NOUNS = ["agreement", "memorandum", "mou", "moU", "accord", "letter", "contract", "protocol", "deal", "declaration",
                   "charter", "treaty", "convention", "framework", "document", "documents"]

#: Roles at a gathering, besides its audience: "the discussant was X", "the moderators were Y and Z".
EVENT_ROLE_NOUNS = ["discussant", "moderator", "chair", "co-chair", "chairperson", "host", "co-host", "rapporteur",
                    "organiser", "organizer", "keynote", "presenter", "convener", "convenor", "member"]

#: Verbs of contest: both sides of "X beat Y in the final" took part in the final.
CONTEST_VERBS = ["beat", "defeat", "play", "face", "meet", "lose", "draw", "thrash", "edge", "overcome", "upset",
                 "outplay", "trounce", "down", "eliminate", "knock"]

#: Letters for honours and orders written after a name, no part of it: "David Hurley AC DSC", "Scott Bowman AO".
POSTNOMINALS = ["AC", "AO", "AM", "OAM", "DSC", "CBE", "OBE", "MBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "GCMG", "CVO", "KCVO",
                "FRS", "FRSE", "FBA", "FREng", "QC", "KC", "JP", "CH", "OM", "PC", "FASc", "FTWAS", "FAAS"]

#: Ministerial portfolios, which the tagger calls organisations in "Defence Secretary Geoff Hoon".
PORTFOLIOS = ["Defence", "Health", "Home", "Foreign", "Trade", "Industry", "Education", "Transport", "Environment",
              "Culture", "Justice", "Interior", "Finance", "Work", "Pensions", "Energy", "Agriculture", "Employment",
              "Commerce", "Labor", "Treasury", "Sport", "Housing", "Development"]

#: Verbs of saying, for speakers and quotes.
SPEECH_VERBS = [
    "say", "tell", "add", "insist", "argue", "claim", "warn", "explain", "note",
    "state", "stress", "emphasise", "emphasize", "declare", "remark", "write",
    "announce", "comment", "suggest", "believe", "reply", "ask", "urge",
    "highlight", "describe", "call", "acknowledge", "admit", "conclude",
]

#: Verbs that tell, besides saying, what a speaker did at a gathering: "underlined the aim", "briefed them".
REPORT_VERBS = ["underline", "underscore", "accentuate", "point", "reiterate", "express", "thank", "introduce", "brief",
                "share", "propose", "outline", "elaborate", "observe", "mention", "recall", "affirm", "discuss", "give",
                "deliver", "present", "praise", "commend", "appreciate", "invite", "encourage", "speak", "talk"]

#: Role words besides TITLE_HEADS, OFFICE_TITLES and MEMBER_TITLES that make a title: "Labour MP", "England coach".
ROLE_WORDS = [
    "officer", "minister", "manager", "editor", "coach", "captain", "ambassador", "premier", "senator", "speaker",
    "commissioner", "judge", "general", "chief", "lord", "baroness", "marshal", "admiral", "colonel", "sheriff", "attorney",
    "professor", "lecturer", "dean", "rector", "provost", "correspondent", "reporter", "journalist", "columnist",
]

#: Titles that are also given names ("Dean Acheson", "Earl Warren"): after one of them a single word may be a surname.
GIVEN_NAME_TITLES = ["dean", "earl", "major", "king", "prince", "judge", "bishop", "marshal", "baron", "duke", "general"]

#: Words before a name that are courtesy titles, not job titles.
HONORIFICS = ["mr", "mrs", "ms", "miss", "mdm", "madam", "madame", "mme", "dr", "prof", "sir", "dame", "lord", "lady", "baroness", "baron", "viscount",
              "mr.", "mrs.", "ms.", "dr.",
              # courtesy titles of parliaments and of South and South-East Asia: "the (Rt) Honourable X", "the Rt Rev X", "Shri X", "Datuk X"
              "honourable", "honorable", "hon", "rt", "rev", "revd", "shri", "smt", "datuk", "dato", "datin", "h.e",
              "ir",  # an engineer's courtesy title in Malaysia and Indonesia: "Ir Prof X"
              # members of an academy of sciences: "Academician X", "Acad. Y"
              "academician", "acad",
              # ranks and courtesy titles written short: "Assoc. Prof. X", "Amb. Y", "Lt. Gen. Z" (see SHORT_TITLES)
              "assoc", "assist", "asst", "amb", "lt", "gen", "col", "maj", "capt", "brig", "cdr", "engr", "rt",
              # Spanish and Portuguese courtesy titles: "Sra. María Julia Munoz", "Dra. X"
              "sra", "dra", "srta"]

#: Head words of names of bodies that are never a venue or a place ("University of the Republic", "Gusau
#: Institute"; "Centre", "Museum" or "Embassy" may be where something happens, so they are left out).
INSTITUTION_HEADS = ["university", "institute", "ministry", "academy", "college", "council", "committee", "commission",
                     "foundation", "association", "federation", "agency", "bureau", "society", "polytechnic", "faculty"]

#: Courtesy titles of two words, whose first word alone may be a name ("Tan" is a surname too).
TWO_WORD_HONORIFICS = ["Tan Sri", "Puan Sri", "Toh Puan", "Datuk Seri", "Dato Sri", "Dato' Sri", "Datin Seri", "Datin Paduka",
                       "Dato Paduka", "Dato' Paduka", "Datuk Paduka"]

#: Short forms of titles the tokenizer would cut at their dot, which then ends a sentence before the name:
#: "moderated by Assoc. Prof. Mesut Ozcan". ``kg.nlp`` makes each one token.
#: Verbs shared by two or more ("co-hosted by A and B"): one word each, so the parser sees a verb, not
#: "co | - | hosted".
CO_VERBS = ["host", "chair", "organise", "organize", "sponsor", "moderate", "convene", "lead", "found", "fund", "sign",
            "author", "direct", "supervise", "teach", "edit", "present", "curate", "create", "design", "develop"]

SHORT_TITLES = ["Assoc.", "Assist.", "Asst.", "Amb.", "Lt.", "Col.", "Maj.", "Capt.", "Brig.", "Cdr.", "Engr.", "Hon.", "Rt.", "Acad.",
                "Sra.", "Dra.", "Srta."]

#: Surface forms the small model tags as entities but which name no entity.
NOT_ENTITIES = ["AI", "GDP", "CEO", "IT", "VAT", "EU-wide", "Internet", "Web", "MPs", "MP", "Q&A", "Photo Credit", "Photo"]

#: Common nouns that say what kind of thing a name is, read from grammar:
#: "Titan, a California-based company", "the Mozilla foundation", "X is a town".
CLASS_NOUNS = {
    "Organization": [
        "company", "firm", "group", "corporation", "corp", "bank", "exchange", "bourse", "party",
        "charity", "newspaper", "paper", "magazine", "broadcaster", "retailer", "airline", "maker",
        "manufacturer", "operator", "carrier", "agency", "body", "watchdog", "regulator",
        "organisation", "organization", "university", "club", "team", "union", "association",
        "network", "chain", "consortium", "giant", "insurer", "publisher", "studio", "label",
        "lender", "supermarket", "foundation", "institute", "society", "federation",
        "developer", "provider", "producer", "conglomerate", "subsidiary", "rival", "unit",
        "division", "arm", "owner", "tank", "think-tank", "carmaker", "broker", "outlet",
        "suitor", "bidder", "journal", "website", "channel", "station", "tabloid", "daily", "weekly",
    ],
    "Person": [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow",
        "nephew", "niece", "grandson", "granddaughter", "uncle", "aunt", "cousin",
    ],
    "Place": [
        "city", "town", "village", "country", "region", "county", "state", "province", "capital",
        "island", "district", "suburb", "borough", "port", "nation", "resort", "municipality",
    ],
}

#: Words a body's name is headed by: its units', its kinds' ("company", "party"), and "ministry", "university".
BODY_NOUNS = sorted({w.lower() for w in UNIT_NOUNS + CLASS_NOUNS["Organization"]} | {"ministry", "university"})

#: Class nouns that belong to the name they follow: "the Titan corporation", "the Cell consortium".
NAME_SUFFIX_NOUNS = ["corporation", "foundation", "consortium", "newspaper", "magazine", "party", "group"]

#: Nouns in a title position that name a relation to a person, not a job.
#: How someone is addressed after "his" or "her" ("Her Excellency X"), which is no job.
ADDRESS_WORDS = ["excellency", "highness", "majesty"]

NOT_TITLES = [
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "nephew",
    "niece", "uncle", "aunt", "cousin", "widow", "widower", "friend", "compatriot", "colleague", "counterpart",
    "partner", "girlfriend", "boyfriend", "fiancee", "grandson", "granddaughter", "star",
    "rival", "suitor", "team-mate", "teammate", "parent", "child", "fan", "victim",
    "mate", "old",  # the last words of "team-mate" and "62-year-old"
    "winner", "loser", "favourite", "contender", "recruit", "newcomer",  # what someone is in a contest, not a job
    "row",  # where someone stands in a photograph: "(front row, from left)"
    *ADDRESS_WORDS,
]

#: Political parties' adjectives, which the tagger calls NORP: "Conservative Shadow chancellor".
PARTY_WORDS = [
    "Conservative", "Conservatives", "Labour", "Tory", "Tories", "Liberal Democrat", "Liberal Democrats",
    "Lib Dem", "Lib Dems", "Republican", "Republicans", "Democrat", "Democrats", "Democratic",
    "SNP", "UKIP", "Plaid Cymru", "Green", "Greens", "Unionist", "Unionists", "Sinn Fein",
]

#: Nouns for made things, whose names are no entities: "the film Hotel Rwanda", "software
#: suite iLife, which includes iTunes", "an Intel Celeron chip". (Papers, channels and
#: bands are bodies: see CLASS_NOUNS.)
WORK_NOUNS = [
    "film", "movie", "documentary", "biopic", "cartoon", "sitcom", "drama", "comedy", "thriller", "tale", "musical",
    "album", "single", "song", "track", "book", "novel", "memoir", "autobiography", "play", "opera", "series",
    "game", "software", "suite", "application", "app", "browser", "chip", "processor", "console", "handset",
    "gadget", "device", "edition", "version", "drug",  # (not "model": "model Naomi Campbell")
]

#: Names that news uses for the same body or country, which no spelling rule links
#: (plurals and clipped words, "Lib Dems", are linked by rule in kg_coref).
SAME_NAMES = [
    ["Conservative Party", "Conservative", "Tory", "Tory Party"],
    ["UK", "United Kingdom", "Britain", "Great Britain"],
    ["US", "USA", "United States", "United States of America", "America"],
    ["Netherlands", "Holland"],
]

#: Party words that are also common adjectives: a party only when the tagger says NORP.
AMBIGUOUS_PARTY_WORDS = ["Green", "Greens", "Democratic"]

#: Lower-case particles inside personal names: "Rodrigo de Rato", "Ludwig van Beethoven".
NAME_PARTICLES = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "al", "le", "la", "dos"]

#: Event head nouns that name the same kind of happening, so "the poll" can stand for "the 2001 election" (and
#: "the talks" for a meeting told by its verb: "X met with the guests").
EVENT_SYNONYMS = [["election", "poll", "vote", "ballot"], ["talk", "talks", "negotiation", "negotiations", "dialogue", "meet"],
                  ["award", "awards", "ceremony"], ["visit", "trip", "tour"]]

#: Lower-case direction words that make a part of a place its own place: "south Wales", "mid Wales".
COMPASS_WORDS = ["north", "south", "east", "west", "mid", "central", "northern", "southern", "eastern", "western",
                 "north-east", "north-west", "south-east", "south-west", "upper", "lower", "inner", "outer"]

#: Titles whose holder's possessor is a body, not a person: "May's chairman", "Sony's chief executive".
OFFICE_TITLES = ["chairman", "chairwoman", "chair", "chief", "executive", "director", "president", "spokesman", "leader",
                 "spokeswoman", "spokesperson", "head", "boss", "founder", "treasurer", "secretary", "governor"]

#: Verbs of movement: what they go "to", "from" or "through" is a place ("travel to Llanelli").
MOTION_VERBS = ["travel", "move", "go", "fly", "return", "come", "drive", "walk", "head", "relocate", "flee",
                "emigrate", "spread", "extend", "run", "sail", "commute", "march", "migrate", "evacuate",
                "converge", "descend", "flock", "gather", "arrive"]

#: Nouns for an organisation's premises: "Vodafone's head office in Newbury" places Vodafone.
PREMISES_NOUNS = ["office", "headquarters", "base", "plant", "factory", "site", "campus", "hq", "offices"]

#: Head words of titles held by people, which the tagger sometimes calls organisations: "King of Belgium".
TITLE_HEADS = ["King", "Queen", "Prince", "Princess", "President", "Mayor", "Governor", "Minister",
               "Secretary", "Chancellor", "Duke", "Duchess", "Emperor", "Pope", "Archbishop", "Bishop"]

#: Institution words that, capitalised after a nationality, name a body: "the Scottish Executive".
INSTITUTION_WORDS = ["Executive", "Parliament", "Government", "Assembly", "Office", "Ministry", "Embassy",
                     "Army", "Navy", "Police", "Senate", "Congress", "Cabinet", "Council", "Treasury", "Court"]

#: Last words of names of documents, which are no organisations: "Foreign Corrupt Practices Act".
DOCUMENT_HEADS = ["Act", "Bill", "Treaty", "Directive", "Charter", "Protocol", "Accord", "Agreement", "Memorandum", "Constitution", "Amendment"]

#: Head nouns that make an event only in a capitalised name: "the Consumer Electronics Show",
#: "the Commonwealth Games" (but "a TV show", "Xbox games").
NAMED_EVENT_NOUNS = ["show", "games", "expo", "week", "open", "marathon"]

#: What only firms have: "Electrolux's subsidiary brands", "Vexo's shares", "Tesco's profits".
FIRM_POSSESSIONS = ["brand", "subsidiary", "unit", "division", "shareholder", "profit", "revenue",
                    "stake", "takeover", "merger", "boardroom"]

#: Titles of elected members, who sit "for" a constituency: "Labour MP for Leeds North".
MEMBER_TITLES = ["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "MLA", "MLAs", "TD", "congressman", "congresswoman",
                 "senator", "Senator", "Congressman", "Congresswoman"]

#: Roles held towards a person rather than in a body: "Blair aide Alan Milburn" names no employer.
PERSONAL_ROLES = ["aide", "adviser", "advisor", "ally", "spokesman", "spokeswoman", "spokesperson", "friend", "confidant",
                  "biographer", "lawyer", "solicitor", "agent", "rival", "wife", "husband", "partner", "loyalist",
                  "critic", "supporter", "deputy", "successor", "predecessor", "bodyguard", "secretary", "manager"]

#: Houses and cabinets named by one word after "the": "in the Lords", "a vote in the Commons".
LEGISLATURES = ["Commons", "Lords", "Senate", "Congress", "Parliament", "Cabinet", "Bundestag", "Duma", "Knesset", "Dail"]

#: Verbs whose clause says who took part in the event in focus, named or not: "X delivered a keynote
#: speech", "co-chaired by X and Y", "A, B and C attended", "the delegation was joined by D".
FRAME_VERBS = ["attend", "participate", "chair", "co-chair", "moderate", "host", "co-host", "join", "speak", "deliver",
               "address", "preside", "lead", "visit", "meet", "welcome", "receive", "organise", "organize",
               "convene", "accompany", "keynote", "co-organise", "co-organize", "open", "present", "sponsor", "co-sponsor",
               "inaugurate", "introduce", "coordinate"]

#: Verbs whose object takes part too: whom a delegation meets, what body it visits.
MEETING_VERBS = ["meet", "visit", "welcome", "receive", "host", "accompany", "join", "introduce"]

#: Group nouns that stand for their members: "a delegation led by X", "the team, headed by Y".
GROUP_NOUNS = ["delegation", "team", "group", "panel", "mission", "party", "committee", "contingent", "entourage", "side"]

#: Title heads of academia, diplomacy and think tanks, besides the offices above: "Senior Research Fellow".
ACADEMIC_TITLES = ["fellow", "councillor", "councilor", "researcher", "scholar", "adviser", "advisor", "coordinator", "analyst", "attache", "attaché",
                   "representative", "envoy", "counsellor", "counselor", "principal", "co-founder", "co-director",
                   "co-chair", "chairperson", "ceo", "cfo", "coo", "economist", "scientist", "expert", "specialist",
                   "consultant", "trustee", "official", "diplomat", "consul", "deputy", "vice-president", "president",
                   "secretary-general", "director-general", "editor-in-chief", "instructor", "vice-chancellor",
                   "vice-rector", "vice-chair", "vice-chairman", "vice-minister", "undersecretary", "under-secretary",
                   "member", "staff", "head", "chief", "associate", "partner", "moderator", "rapporteur", "curator",
                   "registrar", "bursar", "secretary", "librarian", "dean", "clerk", "whip", "ombudsman", "auditor", "administrator",
                   "dvc", "pvc", "hod", "academician"]  # (short for (pro-)vice-chancellor, head of department; not "DG", a directorate too)

#: Words that qualify a title and never name anyone: "Executive Director", "Nonresident Senior Fellow".
TITLE_MODIFIERS = ["executive", "senior", "assistant", "associate", "deputy", "vice", "nonresident", "non-resident",
                   "visiting", "distinguished", "principal", "managing", "acting", "honorary", "founding", "former",
                   "adjunct", "research", "emeritus", "interim", "permanent", "special", "chief", "general", "junior",
                   "first", "second", "third", "lead", "regional", "programme", "program", "project", "co", "full",
                   "retired", "outgoing", "incoming", "standing", "associate", "international", "extraordinary",
                   "plenipotentiary", "major", "lieutenant", "brigadier", "rear", "defense", "defence", "military",
                   "prof", "professor", "dr", "ambassador", "h.e", "excellency", "dato", "dato'", "datuk", "datin",
                   "hon", "honourable", "honorable", "high", "pro", "prime"]

#: Numerals that end a part's name: "Working Session II".
ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

#: Parts of a gathering named by their kind alone: "the opening ceremony", "a panel session", "the sub-forum".
PART_NOUNS = ["ceremony", "inauguration", "session", "panel", "sub-forum", "plenary", "breakout", "keynote", "reception", "banquet", "luncheon"]

#: Heads of what is said at a gathering rather than the gathering: "a keynote speech", "a lively discussion".
SPEECH_NOUNS = ["speech", "remark", "remarks", "address", "keynote", "presentation", "discussion", "speeches"]

#: Last words of venues' names: "Yingjie Conference Center", "Starlight Hall", "Four Seasons Hotel".
VENUE_NOUNS = ["hall", "hotel", "building", "auditorium", "theatre", "theater", "room", "stadium", "arena", "palace",
               "pavilion", "chamber"]

#: Gatherings: where those a report quotes spoke ("the forum", "the roundtable"), unlike an inquiry or an election.
GATHERING_NOUNS = ["forum", "conference", "dialogue", "seminar", "webinar", "meeting", "roundtable", "workshop", "symposium",
                   "summit", "session", "visit", "talks", "consultation", "colloquium", "congress", "convention",
                   "retreat", "panel", "assembly", "gathering", "ceremony", "award", "awards", "festival", "premiere",
                   "concert", "dinner", "lunch", "inauguration", "reception", "banquet", "luncheon", "gala", "lecture", "debate", "hearing",
                   "championship", "championships", "tournament", "exhibition", "expo", "fair", "launch", "signing",
                   "round", "negotiation", "negotiations", "event", "call", "mission", "trip", "tour", "day", "week",
                   "series", "edition", "celebration", "anniversary"]

#: Last words of fields of study or of office, which follow a title rather than name a body:
#: "Minister of Foreign Affairs", "Professor of China Studies", "Director for Public Engagement".
FIELD_WORDS = ["affairs", "studies", "relations", "sciences", "science", "engagement", "communication", "communications",
               "education", "state", "policy", "research", "economics", "development", "cooperation", "strategy",
               "security", "technology", "engineering", "management", "administration", "planning", "order",
               "law", "history", "medicine", "diplomacy", "humanities", "arts", "governance", "innovation", "linkages",
               "intelligence", "defense", "defence", "health", "trade", "finance", "justice", "commerce", "energy",
               "environment", "culture", "tourism", "transport", "industry", "information"]

#: Opening quotation marks and the marks that close them: a title in quotes ("a panel titled “X”").
QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"'}

#: Words that end the name of a region a town or a post is of: "Wanning of | Hainan Province", "Cebu | Province".
REGION_WORDS = ["province", "state", "county", "district", "region", "prefecture", "governorate", "oblast"]
