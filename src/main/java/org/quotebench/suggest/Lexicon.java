package org.quotebench.suggest;

import java.util.Set;

/** The words the finder knows: speech verbs (English, German, French, Russian), titles, roles, organisations. */
final class Lexicon {
    private Lexicon() {
    }

    private static Set<String> withLearned(Set<String> written) {
        java.util.Set<String> all = new java.util.HashSet<>(written);
        all.addAll(LearnedCues.WORDS);
        return Set.copyOf(all);
    }

    /** A set of words; unlike Set.of it accepts the duplicates a long hand-written list collects. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Verbs and phrases that report speech, the hand-written list and {@link LearnedCues}; lower case. */
    static final Set<String> CUES = withLearned(words(
            "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "asked", "asks", "stated", 
            "wrote", "writes", "explained", "explains", "noted", "argued", "argues", "claimed", "claims",
            "insisted", "insists", "warned", "warns", "declared", "declares", "announced", "announces", "replied",
            "replies", "responded", "responds", "continued", "continues", "recalled", "recalls", "acknowledged",
            "admitted", "admits", "complained", "complains", "suggested", "suggests", "tweeted", "posted",
            "stressed", "stresses", "emphasized", "emphasised", "remarked", "observed", "conceded", "concedes",
            "concluded", "predicted", "promised", "vowed", "vows", "urged", "urges", "called", "calls", "described",
            "describes", "accused", "accuses", "denied", "denies", "confirmed", "confirms", "mentioned", "joked",
            "shouted", "reported", "reports", "testified", "boasted", "pledged", "cautioned", "contended", "countered",
            "maintained", "maintains", "agreed", "agrees", "thinks", "believes", "alleged", "alleges", "charged",
            "quipped", "told", "blamed", "dubbed", "labeled", "labelled", "branded", "hailed", "praised", "criticized",
            "criticised", "slammed", "demanded", "announced", "pointed", "sighed", "whispered", "yelled",
            "answered", "repeated", "reiterated", "disclosed", "revealed", "estimated", "added", "wondered",
            "asking", "sings", "sang", "claiming", "arguing", "insisting", "warning", "telling", "noting", "adding",
            "calling", "describing", "accusing", "urging", "suggesting", "writing", "vowing", "promising", "complaining",
            "mocked", "mocking", "referred", "referring", "questioned", "questioning", "declaring",
            "explaining", "stating", "announcing", "demanding", "predicting", "acknowledging", "admitting", "labeling",
            "dubbing", "branding", "tweeting", "deriding", "derided", "lamented", "lamenting", "chanted", "chanting",
            "hinted", "retorted", "fumed", "raged", "snapped", "gushed", "blasted", "stormed",
            "boomed", "laughed", "cried", "sobbed", "raved", "ranted", "cautions", "yells", "shouts", "screams", "characterized", "characterised", "characterizes",
            "screamed", "states", "reads", "likened", "likens", "compared", "compares", "lauded", "referenced",
            "asserted", "asserts", "proclaimed", "dismissed", 
            // German
            "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "warnte", "warnt",
            "kritisierte", "fügte", "teilte", "schrieb", "schreibt", "sprach", "forderte", "fordert", "so", "laut",
            // French
            "déclaré", "déclare", "dit", "affirmé", "affirme", "ajouté", "ajoute", "estime", "estimé", "expliqué",
            "explique", "souligné", "souligne", "assuré", "assure", "indiqué", "indique", "selon", "martelé", "lancé",
            // Russian
            "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "сообщил",
            "сообщила", "сообщили", "добавил", "добавила", "подчеркнул", "подчеркнула", "пояснил", "пояснила",
            "считает", "говорит", "словам"));

    /** Cue verbs that report speech plainly; an indirect quote is proposed only with one of these. */
    static final Set<String> PLAIN_CUES = words("said", "says", "told", "tells", "stated", "states", "added", "adds",
            "explained", "noted", "argued", "argues", "claimed", "claims", "insisted", "insists", "warned", "warns",
            "declared", "announced", "acknowledged", "admitted", "conceded", "predicted", "promised", "vowed",
            "confirmed", "denied", "stressed", "emphasized", "emphasised", "wrote", "writes", "suggested", "contended",
            "maintained", "testified", "reported", "reports", "tweeted", "alleged", "reiterated", "sagte", "erklärte",
            "betonte", "заявил", "заявила", "сказал", "сказала");

    /** The forms of "to be": a cue after one is a passive ("was dubbed"), not a speaker's. */
    static final Set<String> BE = words("is", "are", "was", "were", "be", "been", "being");
    /** Words between a subject and its cue that do not change who speaks ("has also said"). */
    static final Set<String> AUXILIARIES = words("has", "have", "had", "also", "later", "then", "again", "would",
            "will", "previously", "earlier", "repeatedly", "once", "reportedly", "further", "initially", "recently",
            "subsequently", "simply", "just", "only", "publicly", "privately", "flatly", "firmly", "has", "is", "was",
            "were", "been", "did", "does", "openly", "bluntly", "angrily", "quickly", "confidently", "a", "hat", "hatte",
            "ont", "a-t-il", "a-t-elle", "за");

    /** Title words: before a name they are a role, not part of the name. */
    static final Set<String> TITLES = words("president", "vice", "prime", "minister", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "senator", "sen.", "gov.", "governor", "rep.", "representative", "mayor",
            "chancellor", "chairman", "chairwoman", "chair", "ceo", "director", "chief", "executive", "general", "gen.",
            "commissioner", "ambassador", "judge", "justice", "attorney", "lawyer", "officer", "official", "detective",
            "inspector", "sheriff", "coach", "manager", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "sir", "dame",
            "lord", "king", "queen", "prince", "princess", "pope", "rev.", "deputy", "head", "leader", "candidate",
            "nominee", "adviser", "advisor", "aide", "analyst", "economist", "expert", "researcher", "scientist",
            "doctor", "founder", "owner", "captain", "capt.", "commander", "colonel", "col.", "lieutenant", "lt.",
            "sergeant", "sgt.", "mp", "mep", "congressman", "congresswoman", "speaker", "press", "counsel", "agent",
            "superintendent", "supt.", "det.", "insp.", "constable", "trustee", "partner", "editor", "correspondent",
            "host", "anchor", "strategist", "pollster", "economist", "consultant", "campaigner", "activist", "chairperson",
            "bishop", "archbishop", "rabbi", "imam", "cardinal", "marshal", "admiral", "adm.", "major", "maj.",
            "councillor", "councilor", "councilman", "councilwoman", "alderman", "premier", "emir", "sheikh",
            "frau", "herr", "bundeskanzler", "kanzler", "ministerin", "sprecher", "sprecherin", "präsident",
            "präsidentin", "monsieur", "madame", "mme", "ministre", "porte-parole", "président", "présidente",
            "maire", "secrétaire", "directeur", "directrice", "infirmière", "infirmier", "député", "députée",
            // Russian role nouns, capitalised at a sentence's start ("Медсестра Мия Холт рассказала")
            "мэр", "мэра", "министр", "президент", "представитель", "секретарь", "глава", "директор", "медсестра",
            "депутат", "губернатор", "пресс-секретарь", "председатель", "министра", "президента",
            "secretary-general", "lawmaker", "senior", "former", "incumbent", "acting", "co-founder", "gov", "sen", "rep",
            "dr", "mr", "mrs", "ms", "republican", "democrat", "democratic", "nominee", "hopeful", "businessman",
            "businesswoman", "billionaire", "star", "actor", "actress", "singer", "rapper", "author", "writer",
            "reporter", "journalist", "columnist", "chef", "pastor", "father", "mother", "son", "daughter", "wife",
            "husband", "brother", "sister", "friend", "neighbour", "neighbor", "resident", "owner", "worker", "employee",
            "student", "teacher", "fan", "voter", "supporter", "critic", "rival", "opponent", "challenger", "veteran",
            "pilot", "driver", "nurse", "surgeon", "physician", "officials", "spokesmen", "mrs", "boss", "negotiator",
            "prosecutor", "headteacher", "principal", "curator", "organiser", "organizer", "governor", "skipper",
            "manager", "treasurer", "widow", "widower", "survivor", "midfielder", "striker", "defender", "goalkeeper", "trainer", "referee", "министр",
            "президент", "пресс-секретарь", "представитель", "глава", "официальный");

    /** Nouns that head an unnamed or collective speaker ("a spokesperson", "the ministry", "sources"). */
    static final Set<String> SPEAKER_NOUNS = words("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "official", "officials", "source", "sources", "minister", "ministry", "police", "witness",
            "witnesses", "resident", "residents", "analyst", "analysts", "expert", "experts", "aide", "aides", "lawyer",
            "lawyers", "attorney", "attorneys", "company", "government", "campaign", "department", "agency",
            "authorities", "army", "military", "prosecutors", "prosecutor", "investigators", "representative",
            "representatives", "statement", "spokesperson", "committee", "council", "commission", "office",
            "organisation", "organization", "group", "union", "party", "kremlin", "embassy", "court", "judge", "board",
            "administration", "firm", "bank", "network", "newspaper", "researchers", "scientists", "doctors",
            "officer", "officers", "person", "people", "insider", "insiders", "friend", "friends", "neighbour",
            "neighbor", "neighbours", "neighbors", "family", "manager", "managers", "executive", "executives",
            "director", "chief", "leader", "leaders", "coach", "teacher", "voters", "supporters", "critics", "report",
            "survey", "poll", "study", "memo", "documents", "data", "ministère", "ministerium", "regierung",
            "министерство", "кремль", "мид", "ведомство", "service", "ministers", "senator", "senators", "lawmakers",
            "democrats", "republicans", "staff", "staffers", "operative", "operatives", "adviser", "advisers",
            "advisor", "advisors", "strategist", "strategists", "allies", "ally", "observers", "diplomat", "diplomats",
            "economist", "economists", "team", "club", "federation", "association", "foundation", "institute",
            "university", "hospital", "school", "charity", "regulator", "watchdog", "mayor", "governor", "president",
            "secretary", "chancellor", "spokesperson", "press", "candidate", "nominee", "source", "fans", "workers",
            "employees", "students", "parents", "mother", "father", "owner", "owners", "man", "woman", "men", "women",
            "negotiator", "negotiators", "prosecution", "defence", "defense", "organisers", "organizers", "promoter",
            "agent", "publicist", "representative", "boss", "headteacher", "curator", "announcer", "narrator",
            "ad", "clip", "letter", "complaint", "lawsuit", "filing", "website", "service", "agency");

    /** Last words of organisation names ("the Foreign Ministry", "Acme Corp"). */
    static final Set<String> ORGANISATION_HEADS = words("ministry", "department", "office", "kremlin", "police",
            "council", "commission", "agency", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "company", "service",
            "army", "committee", "party", "campaign", "court", "government", "embassy", "bank", "union", "group",
            "association", "foundation", "institute", "university", "hospital", "school", "board", "administration",
            "network", "federation", "club", "bureau", "authority", "house", "pentagon", "ministerium", "regierung",
            "ministère", "gmbh", "ag", "plc", "llc", "times", "post", "news", "press", "reuters", "tass", "ria", "cnn",
            "bbc", "nato", "un", "eu", "fbi", "cia", "guard", "forces", "navy", "command", "secretariat", "senate",
            "congress", "parliament", "assembly", "cabinet", "staff", "team", "journal", "tribune", "magazine",
            "министерство", "кремль", "мид");

    /** Capitalised words that are never part of a name: sentence openers, days, months. */
    static final Set<String> NOT_NAMES = words("the", "a", "an", "but", "and", "or", "however", "then", "meanwhile",
            "also", "on", "in", "at", "yet", "so", "now", "still", "later", "earlier", "when", "while", "after", "before",
            "asked", "speaking", "writing", "if", "as", "since", "because", "although", "though", "this", "that",
            "these", "those", "there", "here", "it", "its", "his", "her", "their", "our", "my", "your", "we", "i", "you",
            "he", "she", "they", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tonight", "last", "next", "according", "for", "of", "with",
            "by", "from", "to", "mr", "oh", "well", "yes", "no", "instead", "indeed", "still", "even", "last", "first",
            "one", "two", "three", "some", "many", "most", "all", "both", "each", "every", "such", "what", "who", "why",
            "how", "where", "which", "der", "die", "das", "le", "la", "les", "et", "mais", "und", "aber", "и", "но",
            "не", "в", "на", "self", "ex", "not", "said", "told", "says", "say", "once", "twice", "perhaps", "maybe", "sometimes", "often",
            "finally", "eventually", "unfortunately", "fortunately", "luckily", "sadly", "clearly", "obviously",
            "conversely", "similarly", "additionally", "separately", "ultimately", "importantly", "notably", "ironically",
            "interestingly", "surprisingly", "apparently", "originally", "initially", "previously", "recently",
            "currently", "specifically", "generally", "typically", "frankly", "honestly", "likewise", "moreover",
            "furthermore", "nevertheless", "nonetheless", "otherwise", "therefore", "thus", "hence", "besides",
            // German sentence openers, conjunctions and adverbs: capitalised at a sentence's start, never a name (issue 24)
            "deshalb", "darin", "nachdem", "außerdem", "dabei", "dazu", "damit", "daher", "darauf", "danach", "zudem",
            "jedoch", "dennoch", "trotzdem", "allerdings", "bereits", "inzwischen", "zuvor", "demnach", "wenn", "weil",
            "dass", "denn", "bei", "beim", "nach", "seit", "gegen", "ohne", "durch", "zwischen", "laut", "zufolge",
            "diese", "dieser", "dieses", "ein", "eine", "einer", "einem", "einen", "im", "zum", "zur", "vom", "auch",
            "noch", "schon", "nun", "jetzt", "heute", "gestern", "wie", "ob", "sowie", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
            "dezember",
            // Russian prepositions and conjunctions, capitalised at a sentence's start ("По словам мэра …")
            "по", "в", "на", "с", "как", "но", "и", "это", "при", "после", "для", "из", "от", "о", "об", "к", "у");

    /** Lower-case words allowed inside a speaker phrase ("a spokesperson for the ministry"). */
    static final Set<String> CONNECTORS = words("of", "for", "the", "a", "an", "at", "de", "von", "van", "der", "den",
            "al", "bin", "la", "le", "du", "da", "di", "des", "del", "dos", "ibn", "el", "y", "und", "und", "and");

    /** Adjectives that may stand in a speaker phrase before its head ("a senior Western official"). */
    static final Set<String> SPEAKER_ADJECTIVES = words("senior", "former", "top", "local", "anonymous", "another",
            "other", "two", "three", "four", "several", "many", "some", "unnamed", "chief", "deputy", "acting", "federal",
            "state", "foreign", "regional", "military", "government", "police", "press", "white", "one", "high-ranking",
            "longtime", "veteran", "campaign", "party", "legal", "official", "defense", "defence", "interior", "health",
            "finance", "justice", "education", "economy", "economic", "trade", "energy", "transport", "environment",
            "security", "intelligence", "diplomatic", "russian", "national", "international", "independent", "close",
            "key", "leading", "prominent", "presidential", "executive", "managing", "general", "spokes", "young",
            "elderly", "retired", "current", "new", "british", "american", "french", "german", "western", "european",
            "ukrainian", "us", "u.s.", "un", "eu", "nato", "city", "county", "district", "public", "private", "medical",
            "scientific", "senior-level", "administration", "house", "senate", "pentagon", "kremlin", "staff",
            "investigating", "lead", "head", "assistant", "associate", "vice", "her", "his", "their", "its", "our");

    /** Pronouns that can speak, lower case, mapped to what they refer to. */
    static final Set<String> PERSON_PRONOUNS = words("he", "she", "er", "sie", "il", "elle", "он", "она");
    static final Set<String> GROUP_PRONOUNS = words("they", "it", "we", "ils", "elles", "они");
}
