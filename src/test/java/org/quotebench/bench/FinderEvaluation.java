package org.quotebench.bench;

import java.nio.file.Path;
import org.quotebench.suggest.QuoteFinder;

public final class FinderEvaluation {
    public static void main(String[] args) throws Exception {
        QuoteFinder finder = new QuoteFinder();
        for (String split : args) {
            BratCorpus c = BratCorpus.read(Path.of(split));
            PolnearScore s = new PolnearScore();
            for (BratCorpus.Doc d : c.docs()) {
                s.add(d, finder.find(d.text()));
            }
            System.out.println(split + ": " + c.docs().size() + " docs, " + s.summary());
        }
    }
}
