package org.quotebench.suggest;

import java.util.Locale;
import java.util.Set;

/**
 * What little the finder knows about gender, only to choose between people for he and she: the
 * pronoun itself, a title or role word (Mrs., spokeswoman, actor), else a common English first name.
 * Unknown is the usual answer, and an unknown person may always be meant.
 */
final class Genders {
    static final char MALE = 'm';
    static final char FEMALE = 'f';
    static final char UNKNOWN = '?';

    private Genders() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static final Set<String> MALE_PRONOUNS = words("he", "er", "il", "он");
    private static final Set<String> FEMALE_PRONOUNS = words("she", "elle", "она");
    private static final Set<String> MALE_WORDS = words("mr", "mr.", "sir", "lord",
            "king", "prince", "herr", "monsieur", "m.", "spokesman", "chairman", "congressman", "councilman", "businessman",
            "actor", "father", "husband", "son", "brother", "uncle", "nephew", "grandfather", "widower", "boy", "man",
            "gentleman", "dad", "boyfriend", "waiter", "steward", "headmaster");
    private static final Set<String> FEMALE_WORDS = words("mrs", "mrs.", "ms", "ms.", "miss",
            "dame", "lady", "queen", "princess", "frau", "madame", "mme", "mme.", "spokeswoman", "chairwoman",
            "congresswoman", "councilwoman", "businesswoman", "actress", "mother", "wife", "daughter", "sister", "aunt",
            "niece", "grandmother", "widow", "girl", "woman", "mom", "mum", "girlfriend", "waitress", "stewardess",
            "headmistress", "ministerin", "sprecherin", "präsidentin", "kanzlerin", "présidente");

    /** Common English first names; a name on neither list is unknown. */
    private static final Set<String> MALE_NAMES = words("james", "john", "robert", "michael", "william", "david",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter",
            "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
            "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy",
            "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
            "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "bill", "bernie", "mike",
            "jim", "tom", "tim", "ted", "tony", "chris", "dan", "dave", "steve", "jeff", "ben", "sam", "nick", "rick",
            "bob", "ed", "greg", "ron", "ken", "jon", "matt", "andy", "barack", "mitch", "marco", "rand", "newt",
            "rudy", "hugh", "ian", "neil", "colin", "graham", "stuart", "martin", "simon", "oliver", "harry",
            "charlie", "leo", "oscar", "max", "felix", "hans", "klaus", "jean", "pierre", "luis", "carlos", "miguel",
            "ivan", "dmitry", "sergei", "vladimir", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan",
            "marc", "howard", "jay", "chuck", "reince", "mick", "lou", "elliot", "elliott", "franklin");
    private static final Set<String> FEMALE_NAMES = words("mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley",
            "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
            "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela",
            "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
            "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria",
            "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah",
            "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice",
            "jean", "abigail", "alice", "julia", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn",
            "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie",
            "kayla", "alexis", "lori", "hillary", "melania", "ivanka", "chelsea", "nikki", "sarah", "kellyanne",
            "elena", "ines", "ana", "anne", "claire", "jane", "kate", "katie", "liz", "beth", "sue", "meg", "jill",
            "loretta", "nancy", "debbie", "elaine", "condoleezza", "madeleine", "angela", "theresa", "marine",
            "ursula", "christine", "sophie", "lucy", "ella", "mia", "chloe", "zoe", "eva", "irina", "olga", "natalia",
            "fatima", "aisha", "leila", "rosa", "carmen", "lucia", "isabel", "paula", "monica", "tina", "wendy",
            "valerie", "gwen", "joanna", "jenny", "molly", "holly", "kristen", "erin", "tara", "dana", "robin",
            "carly", "huma", "donna", "hope", "kathy", "cathy", "connie", "peggy", "ellen", "alicia", "tamara");

    /** The gender of a speaking pronoun (he’s counts as he; German sie may be they, so it is unknown). */
    static char ofPronoun(String pronoun) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(lower.indexOf('’'), lower.indexOf('\''));
        if (apostrophe > 0) {
            lower = lower.substring(0, apostrophe);
        }
        if (MALE_PRONOUNS.contains(lower)) {
            return MALE;
        }
        return FEMALE_PRONOUNS.contains(lower) ? FEMALE : UNKNOWN;
    }

    /** The gender a title or role word gives (Mrs., spokeswoman, actor), or UNKNOWN. */
    static char ofWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (MALE_WORDS.contains(lower)) {
            return MALE;
        }
        return FEMALE_WORDS.contains(lower) ? FEMALE : UNKNOWN;
    }

    private static final java.util.regex.Pattern ROLE_WORDS = java.util.regex.Pattern.compile("[\\s,]+");

    /** The gender of a role phrase ("Kremlin spokeswoman", "the actor"): its first gendered word. */
    static char ofRole(String role) {
        for (String w : ROLE_WORDS.split(role)) {
            char g = ofWord(w);
            if (g != UNKNOWN) {
                return g;
            }
        }
        return UNKNOWN;
    }

    /** The gender of a full name by its first name ("Elena Vasquez"), or UNKNOWN. */
    static char ofName(String fullName) {
        int space = fullName.indexOf(' ');
        String first = (space < 0 ? fullName : fullName.substring(0, space)).toLowerCase(Locale.ROOT);
        boolean male = MALE_NAMES.contains(first);
        boolean female = FEMALE_NAMES.contains(first);
        if (male == female) {
            return UNKNOWN; // neither, or both (Jean)
        }
        return male ? MALE : FEMALE;
    }

    /** Whether a person of gender {@code person} may be meant by a pronoun of gender {@code pronoun}. */
    static boolean compatible(char pronoun, char person) {
        return pronoun == UNKNOWN || person == UNKNOWN || pronoun == person;
    }
}
