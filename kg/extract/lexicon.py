"""Closed word classes the grammar rules consult, in one place.

These are the defaults of the components' configs (see each factory's
``default_config``), so a user can extend them without touching code.
"""

#: Head nouns (lemmas) that make a noun phrase an event mention.
EVENT_NOUNS = [
    "forum", "summit", "conference", "dialogue", "meeting", "talk", "talks", "session",
    "festival", "award", "awards", "election", "visit", "convention",
    "symposium", "workshop", "seminar", "ceremony", "exhibition", "expo", "show",
    "fair", "championship", "tournament", "games", "olympics", "cup", "final",
    "race", "marathon", "match", "negotiation", "round", "hearing", "inquiry",
    "trial", "summit", "launch", "premiere", "gala", "retreat", "assembly",
    "referendum", "campaign", "speech", "lecture", "debate", "rally", "strike",
    "protest", "concert", "tour", "contest", "event", "roundtable", "consultation",
]

#: Head nouns of organisations' sub-units: "X at Y" makes Y their parent.
UNIT_NOUNS = [
    "center", "centre", "school", "department", "faculty", "institute", "lab",
    "laboratory", "college", "division", "unit", "office", "programme", "program",
    "bureau", "committee", "council", "branch", "academy", "hospital", "library",
    "museum", "clinic", "agency", "commission", "board", "service",
]

#: Verbs whose subject takes part in the event that is their object.
PARTICIPATION_VERBS = [
    "attend", "hold", "host", "co-host", "chair", "join", "address", "organise",
    "organize", "convene", "open", "close", "participate", "headline", "sponsor",
    "stage", "lead", "moderate", "present", "win", "enter", "contest", "boycott",
    "visit", "keynote", "perform", "play", "compete", "speak", "deliver", "give",
    "co-chair", "run",
]

#: Verbs of saying, for speakers and quotes.
SPEECH_VERBS = [
    "say", "tell", "add", "insist", "argue", "claim", "warn", "explain", "note",
    "state", "stress", "emphasise", "emphasize", "declare", "remark", "write",
    "announce", "comment", "suggest", "believe", "reply", "ask", "urge",
    "highlight", "describe", "call", "acknowledge", "admit", "conclude",
]

#: Words before a name that are courtesy titles, not job titles.
HONORIFICS = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."]

#: Surface forms the small model tags as entities but which name no entity.
NOT_ENTITIES = ["AI", "GDP", "CEO", "IT", "VAT", "EU-wide", "Internet", "Web", "MPs", "MP"]
