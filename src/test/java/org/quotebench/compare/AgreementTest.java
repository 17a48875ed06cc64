package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

class AgreementTest {
    private static Annotation q(int start, int end, String speaker, QuoteKind kind) {
        return new Annotation(new Span(start, end), Optional.ofNullable(speaker), Optional.empty(), kind, Verdict.UNCHECKED);
    }

    @Test
    void exactAndOverlappingSpanF1() {
        List<Annotation> a = List.of(q(0, 10, "Okafor", QuoteKind.DIRECT), q(20, 30, "Hale", QuoteKind.DIRECT), q(40, 50, null,
                QuoteKind.INDIRECT));
        List<Annotation> b = List.of(q(0, 10, "okafor", QuoteKind.DIRECT), q(22, 35, "Varga", QuoteKind.PARTIAL));
        Agreement.Figures fig = Agreement.of(new Agreement.Pair(a, b));
        assertThat(fig.spanF1Exact()).isCloseTo(2.0 * 1 / 5, within(1e-9));
        assertThat(fig.spanF1Overlap()).isCloseTo(2.0 * 2 / 5, within(1e-9));
        assertThat(fig.speakerAgreement()).isCloseTo(0.5, within(1e-9)); // Okafor = okafor, Hale ≠ Varga
    }

    @Test
    void differencesAreListedInTextOrder() {
        List<Annotation> a = List.of(q(0, 10, "Okafor", QuoteKind.DIRECT), q(20, 30, "Hale", QuoteKind.DIRECT), q(40, 50, "Lind",
                QuoteKind.DIRECT), q(60, 70, "Varga", QuoteKind.DIRECT));
        List<Annotation> b = List.of(q(0, 10, "Okafor", QuoteKind.DIRECT), q(21, 30, "Hale", QuoteKind.DIRECT), q(40, 50, "Varga",
                QuoteKind.DIRECT), q(80, 90, "Varga", QuoteKind.PARTIAL));
        List<Agreement.Difference> differences = Agreement.differences(new Agreement.Pair(a, b));
        assertThat(differences).containsExactly(new Agreement.Difference(Agreement.DifferenceKind.SPAN, 1, 1),
                new Agreement.Difference(Agreement.DifferenceKind.SPEAKER, 2, 2),
                new Agreement.Difference(Agreement.DifferenceKind.ONLY_A, 3, -1),
                new Agreement.Difference(Agreement.DifferenceKind.ONLY_B, -1, 3));
    }

    @Test
    void overlapsAreMatchedOneToOneLargestFirst() {
        List<Annotation> a = List.of(q(0, 100, "A", QuoteKind.DIRECT));
        List<Annotation> b = List.of(q(0, 10, "A", QuoteKind.DIRECT), q(5, 95, "A", QuoteKind.DIRECT));
        List<Annotation[]> matched = Agreement.matchByOverlap(a, b);
        assertThat(matched).hasSize(1);
        assertThat(matched.get(0)[1].span()).isEqualTo(new Span(5, 95));
    }

    @Test
    void cohensKappaOnATextbookTable() {
        // 50 items: both "direct" 20, both "indirect" 15, a direct / b indirect 5, a indirect / b direct 10.
        // p_o = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.4.
        List<Annotation[]> matched = new ArrayList<>();
        add(matched, 20, QuoteKind.DIRECT, QuoteKind.DIRECT);
        add(matched, 15, QuoteKind.INDIRECT, QuoteKind.INDIRECT);
        add(matched, 5, QuoteKind.DIRECT, QuoteKind.INDIRECT);
        add(matched, 10, QuoteKind.INDIRECT, QuoteKind.DIRECT);
        assertThat(Agreement.kappa(matched, Annotation::kind)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void kappaIsUndefinedWithoutVariationAndF1WithoutQuotes() {
        List<Annotation[]> same = new ArrayList<>();
        add(same, 3, QuoteKind.DIRECT, QuoteKind.DIRECT);
        assertThat(Agreement.kappa(same, Annotation::kind)).isNaN();
        assertThat(Agreement.of(new Agreement.Pair(List.of(), List.of())).spanF1Exact()).isNaN();
    }

    private static void add(List<Annotation[]> matched, int n, QuoteKind a, QuoteKind b) {
        for (int i = 0; i < n; i++) {
            matched.add(new Annotation[] {q(i, i + 1, null, a), q(i, i + 1, null, b)});
        }
    }

    @Test
    void aQuoteInPiecesAgreesExactlyOnlyWithTheSamePieces() {
        // "We will," she said, "and soon." as one quote in two pieces, as one quote over the attribution, as the same two pieces
        Annotation pieces = new Annotation(new Span(0, 30), Optional.of("Okafor"), Optional.empty(), QuoteKind.DIRECT, Verdict.UNCHECKED,
                List.of(new Span(0, 10), new Span(20, 30)));
        Annotation whole = q(0, 30, "Okafor", QuoteKind.DIRECT);
        Annotation same = new Annotation(new Span(0, 30), Optional.of("Okafor"), Optional.empty(), QuoteKind.DIRECT, Verdict.UNCHECKED,
                List.of(new Span(0, 10), new Span(20, 30)));
        assertThat(Agreement.of(new Agreement.Pair(List.of(pieces), List.of(whole))).spanF1Exact()).isZero();
        assertThat(Agreement.differences(new Agreement.Pair(List.of(pieces), List.of(whole))))
                .containsExactly(new Agreement.Difference(Agreement.DifferenceKind.SPAN, 0, 0));
        assertThat(Agreement.of(new Agreement.Pair(List.of(pieces), List.of(same))).spanF1Exact()).isEqualTo(1.0);
        assertThat(Agreement.differences(new Agreement.Pair(List.of(pieces), List.of(same)))).isEmpty();
    }
}
