package org.quotebench.compare;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The renderings of one utterance across articles, the reference they are compared with (the longest
 * quoted one), each version's word differences from it, and the flags that apply.
 */
public record Statement(Optional<String> speaker, Rendering reference, List<Version> versions, Set<Flag> flags) {
    /** One rendering and how its words differ from the reference's. */
    public record Version(Rendering rendering, List<WordDiff.Step> diff) {
    }
}
