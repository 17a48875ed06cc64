package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found this session: INCEpTION cannot hold a feature that points at one other annotation, only its
 * link features (a list of links, each a role and a target), so the export's {@code speaker}, {@code cue}
 * and {@code continues} could be made in no INCEpTION project, and INCEpTION drops what a project lacks.
 * The exported {@code TypeSystem.xml} must now be one that INCEpTION's layer settings import as layers:
 * these are the rules of INCEpTION's {@code TypeSystemAnalysis} (inception-schema-analyzer, read at
 * inception-project/inception 55ba8ba, 2026): a span layer is a direct subtype of {@code uima.tcas.Annotation}
 * whose every feature is a primitive, a string array or a slot feature; a slot feature is an array whose
 * element type is a direct subtype of TOP with exactly two features, a String (the role, read as
 * {@code role}) and an annotation (the target, read as {@code target}).
 */
class InceptionLayersTest {
    @TempDir
    Path dir;

    private static final Set<String> LAYERS = Set.of(InceptionTypes.QUOTE, InceptionTypes.SPEAKER, InceptionTypes.CUE);

    @Test
    void theExportedTypeSystemIsOneInceptionTakesAsThreeSpanLayersWithTheirLinks() throws Exception {
        InceptionExport.write(List.of(), dir);
        // INCEpTION's layer import takes a file as a UIMA type system when its first bytes are "<?xml" (else as layer JSON)
        assertThat(new String(java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(dir.resolve(InceptionExport.TYPE_SYSTEM)), 5),
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("<?xml");
        TypeSystem ts = CasCreationUtils.createCas(UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(dir.resolve(InceptionExport.TYPE_SYSTEM).toFile())), null, null).getTypeSystem();
        for (String name : LAYERS) {
            Type layer = ts.getType(name);
            assertThat(ts.getParent(layer).getName()).as(name + " is a direct subtype of Annotation").isEqualTo(CAS.TYPE_NAME_ANNOTATION);
            for (Feature f : layer.getFeatures()) {
                if (Set.of(CAS.FEATURE_BASE_NAME_SOFA, CAS.FEATURE_BASE_NAME_BEGIN, CAS.FEATURE_BASE_NAME_END).contains(f.getShortName())) {
                    continue;
                }
                assertThat(f.getRange().isPrimitive() || isSlot(ts, f)).as(name + "." + f.getShortName() + " is a primitive or a link").isTrue();
            }
        }
        Type quote = ts.getType(InceptionTypes.QUOTE);
        for (String[] link : new String[][] {{InceptionTypes.SPEAKER_MENTION, InceptionTypes.SPEAKER},
                {InceptionTypes.CUE_SPAN, InceptionTypes.CUE}, {InceptionTypes.CONTINUES, InceptionTypes.QUOTE}}) {
            Feature f = quote.getFeatureByBaseName(link[0]);
            assertThat(isSlot(ts, f)).as(link[0] + " is a link feature").isTrue();
            assertThat(f.getRange().getComponentType().getFeatureByBaseName("target").getRange().getName()).as(link[0] + "'s target")
                    .isEqualTo(link[1]);
        }
        for (String link : List.of(InceptionTypes.SPEAKER_LINK, InceptionTypes.CUE_LINK, InceptionTypes.CONTINUES_LINK)) {
            assertThat(ts.subsumes(ts.getType(CAS.TYPE_NAME_ANNOTATION), ts.getType(link))).as(link + " is no layer of its own").isFalse();
        }
    }

    private static boolean isSlot(TypeSystem ts, Feature f) {
        Type link = f.getRange().getComponentType();
        if (!f.getRange().isArray() || link == null || !ts.getTopType().equals(ts.getParent(link)) || link.getFeatures().size() != 2) {
            return false;
        }
        Feature role = link.getFeatureByBaseName("role");
        Feature target = link.getFeatureByBaseName("target");
        return role != null && role.getRange().getName().equals(CAS.TYPE_NAME_STRING) && target != null && !target.getRange().isPrimitive()
                && LAYERS.contains(target.getRange().getName());
    }
}
