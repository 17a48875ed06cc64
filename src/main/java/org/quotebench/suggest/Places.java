package org.quotebench.suggest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.quotebench.core.Names;

/**
 * Countries and the capitals news uses for their governments ("Moscow said", "Russland erklärte"):
 * such a speaker is an organisation at most, never a person. Countries by their names in English,
 * German, French and Russian from the JDK's own locale data, with the short forms news writes.
 */
final class Places {
    private static final Set<String> KEYS = keys();

    private Places() {
    }

    /** Whether the name is a country or a capital (accents, case and spacing aside; "the" before it too). */
    static boolean isPlace(String name) {
        String key = Names.matchKey(name);
        return KEYS.contains(key.startsWith("the ") ? key.substring(4) : key);
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>();
        Locale[] languages = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("ru")};
        for (String country : Locale.getISOCountries()) {
            Locale place = new Locale.Builder().setRegion(country).build();
            for (Locale language : languages) {
                keys.add(Names.matchKey(place.getDisplayCountry(language)));
            }
        }
        for (String other : new String[] {"US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.",
            "Britain", "Great Britain", "EU", "European Union", "Russian Federation", "Holland", "Burma", "Ivory Coast",
            "Czech Republic", "Turkey", "Kiev", "Moscow", "Kyiv", "Washington", "Beijing", "Tehran", "London", "Paris", "Berlin",
            "Brussels", "Jerusalem", "Tokyo", "Seoul", "Pyongyang", "Ankara", "Damascus", "Baghdad", "Kabul", "Cairo", "Riyadh",
            "New Delhi", "Delhi", "Islamabad", "Minsk", "Warsaw", "Rome", "Madrid", "Vienna", "Ottawa", "Canberra", "Havana",
            "Caracas", "Taipei", "Hanoi", "Bangkok", "Manila", "Jakarta", "Doha", "Abu Dhabi", "Beirut", "Amman", "Tbilisi",
            "Yerevan", "Baku", "Budapest", "Prague", "Bern", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Dublin", "Lisbon",
            "Athens", "Pretoria", "Nairobi", "Addis Ababa", "Abuja", "Brasilia", "Buenos Aires", "Mexico City", "Kiew", "Moskau",
            "Peking", "Teheran", "Washington D.C.", "Москва", "Киев", "Вашингтон", "Pékin", "Moscou", "Londres", "Bruxelles"}) {
            keys.add(Names.matchKey(other));
        }
        keys.remove("");
        return Set.copyOf(keys);
    }
}
