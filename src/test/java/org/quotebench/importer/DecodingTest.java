package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;

class DecodingTest {
    private static final String UNICODE_TEXT = "Clinic opens\n\n"
            + "Dr Lina 👩🏽‍⚕️ waved a flag 🇺🇦 and wrote cafe\u0301 by hand.\n"
            + "مرحبا بالعالم — שלום עולם\n"
            + "«Nous restons», she said; „Wir bleiben“, he said; “fine” ‘too’.\n"
            + "  indented line with trailing spaces   \n\n\n";

    private final ArticleReader reader = new ArticleReader();

    private ArticleDraft read(String name, byte[] bytes) {
        return reader.read(name, bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8WithoutBomKeepsEveryCharacterExactly() {
        ArticleDraft draft = read("clinic.txt", UNICODE_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).isEqualTo(UNICODE_TEXT);
        assertThat(draft.encoding()).isEqualTo("UTF-8");
        assertThat(draft.sourceName()).isEqualTo("clinic.txt");
    }

    @Test
    void utf8BomIsStrippedAndReported() {
        ArticleDraft draft = read("clinic.txt", concat(bytes(0xEF, 0xBB, 0xBF), UNICODE_TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(draft.text()).isEqualTo(UNICODE_TEXT);
        assertThat(draft.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16LittleEndianWithBom() {
        ArticleDraft draft = read("clinic.txt", concat(bytes(0xFF, 0xFE), UNICODE_TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(draft.text()).isEqualTo(UNICODE_TEXT);
        assertThat(draft.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void utf16BigEndianWithBom() {
        ArticleDraft draft = read("clinic.txt", concat(bytes(0xFE, 0xFF), UNICODE_TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(draft.text()).isEqualTo(UNICODE_TEXT);
        assertThat(draft.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void utf16HtmlIsRecognisedAfterDecoding() {
        String page = "<!DOCTYPE html><html><head><title>Tide tables</title></head><body><p>High tide at noon.</p></body></html>";
        ArticleDraft draft = read("tides.txt", concat(bytes(0xFF, 0xFE), page.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(draft.text()).isEqualTo("High tide at noon.");
        assertThat(draft.metadata().title()).contains("Tide tables");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] bytes = concat("Ferry news\n\nShe said ".getBytes(StandardCharsets.US_ASCII),
                concat(bytes(0x93), concat("see you at the caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 0x94, 0x0A))));
        ArticleDraft draft = read("ferry.txt", bytes);
        assertThat(draft.text()).isEqualTo("Ferry news\n\nShe said \u201csee you at the caf\u00e9\u201d\n");
        assertThat(draft.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void shortLatinTextIsNotTakenForAnotherLatinAlphabet() {
        // ICU rates ISO-8859-2 as high as ISO-8859-1 here; "crème" must not become "krčme".
        ArticleDraft draft = read("menu.txt", "Cr\u00e8me br\u00fbl\u00e9e at the caf\u00e9\n".getBytes(Charset.forName("windows-1252")));
        assertThat(draft.text()).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e at the caf\u00e9\n");
        assertThat(draft.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void windows1252BytesJavaLeavesUndefinedStillDecode() {
        byte[] bytes = concat("An odd byte in a long enough line: ".getBytes(StandardCharsets.US_ASCII), bytes(0x81, ' ', 0xE9));
        ArticleDraft draft = read("odd.txt", bytes);
        assertThat(draft.text()).isEqualTo("An odd byte in a long enough line: \u0081 \u00e9");
        assertThat(draft.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void confidentDetectionOfAnotherCharsetIsUsed() {
        String russian = "Совет города отложил голосование по новому мосту в четверг. «Нам нужно больше времени», — "
                + "сказал депутат. Он не назвал дату нового голосования и не ответил на вопросы журналистов.\n";
        ArticleDraft draft = read("most.txt", russian.getBytes(Charset.forName("windows-1251")));
        assertThat(draft.text()).isEqualTo(russian);
        assertThat(draft.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void htmlMetaCharsetIsHonouredWhenBytesAreNotUtf8() {
        String page = "<html><head><meta charset=\"ISO-8859-15\"><title>Prices</title></head>"
                + "<body><p>A ticket costs 5 \u20ac.</p></body></html>";
        ArticleDraft draft = read("prices.html", page.getBytes(Charset.forName("ISO-8859-15")));
        assertThat(draft.text()).isEqualTo("A ticket costs 5 \u20ac.");
        assertThat(draft.encoding()).isEqualTo("ISO-8859-15");
    }

    @Test
    void htmlHttpEquivCharsetIsHonoured() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                + "</head><body><p>Fare: 3 \u20ac</p></body></html>";
        ArticleDraft draft = read("fare.htm", page.getBytes(Charset.forName("ISO-8859-15")));
        assertThat(draft.text()).isEqualTo("Fare: 3 \u20ac");
    }

    @Test
    void metaCharsetDoesNotOverrideValidUtf8() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201cnews\u201d</p></body></html>";
        ArticleDraft draft = read("cafe.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).isEqualTo("Caf\u00e9 \u201cnews\u201d");
        assertThat(draft.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void latin1DeclarationMeansWindows1252() {
        byte[] page = concat("<html><head><meta charset=iso-8859-1></head><body><p>".getBytes(StandardCharsets.US_ASCII),
                concat(bytes(0x93, 'O', 'k', 0x94), "</p></body></html>".getBytes(StandardCharsets.US_ASCII)));
        ArticleDraft draft = read("ok.html", page);
        assertThat(draft.text()).isEqualTo("\u201cOk\u201d");
        assertThat(draft.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        ArticleDraft draft = read("lines.txt", "Title\r\n\r\nFirst line\rSecond line\r\nThird\n\rEnd\r".getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).isEqualTo("Title\n\nFirst line\nSecond line\nThird\n\nEnd\n");
    }

    @Test
    void crlfBecomesLfInUtf16Too() {
        ArticleDraft draft = read("lines.txt", concat(bytes(0xFE, 0xFF), "A\r\nB\rC".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(draft.text()).isEqualTo("A\nB\nC");
    }

    @Test
    void utf32WithBom() {
        ArticleDraft draft = read("clinic.txt", concat(bytes(0xFF, 0xFE, 0, 0), UNICODE_TEXT.getBytes(Charset.forName("UTF-32LE"))));
        assertThat(draft.text()).isEqualTo(UNICODE_TEXT);
        assertThat(draft.encoding()).isEqualTo("UTF-32LE");
    }
}
